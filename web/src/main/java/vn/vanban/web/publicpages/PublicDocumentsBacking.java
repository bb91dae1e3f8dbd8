package vn.vanban.web.publicpages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.domain.model.document.Document;

import java.util.List;

/** The documents published to the public, newest first, on the public home page ({@code index.xhtml}). */
@Named
@RequestScoped
public class PublicDocumentsBacking {

    private static final int SHOWN = 20;

    @Inject
    private DocumentService documents;

    private List<Document> published;

    @PostConstruct
    void load() {
        published = documents.published(Actor.ANONYMOUS, 0, SHOWN);
    }

    public List<Document> getPublished() {
        return published;
    }
}

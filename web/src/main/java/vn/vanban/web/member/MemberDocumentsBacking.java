package vn.vanban.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.domain.model.document.Document;

import java.util.List;

/** What has been published to the logged-in member ({@code member/documents.xhtml}), newest first. */
@Named
@RequestScoped
public class MemberDocumentsBacking {

    private static final int SHOWN = 100;

    @Inject
    private DocumentService documents;

    @Inject
    private Actor actor;

    private List<Document> published;
    private List<Document> consultations;

    @PostConstruct
    void load() {
        published = documents.published(actor, 0, SHOWN);
        consultations = documents.consultations(actor);
    }

    public List<Document> getConsultations() {
        return consultations;
    }

    public List<Document> getPublished() {
        return published;
    }
}

package vn.vanban.web.secretariat.document;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.VersionDiff;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;
import java.util.List;

/** The versions section of the workbench: the saved versions and the word diff between two of them. */
@Named
@ViewScoped
public class DocumentVersionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documents;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    @Inject
    private DocumentBacking workbench;

    private Integer diffFrom;
    private Integer diffTo;
    private List<VersionDiff.Segment> diff;

    /** Opens on what the last save changed, when there are two versions to compare. */
    @PostConstruct
    void init() {
        Document document = workbench.getDocument();
        if (document != null && document.getCurrentVersion() > 1) {
            diffFrom = document.getCurrentVersion() - 1;
            diffTo = document.getCurrentVersion();
            diff = documents.diff(actor, workbench.getId(), diffFrom, diffTo);
        }
    }

    public void showDiff() {
        if (diffFrom == null || diffTo == null) {
            diff = null;
            return;
        }
        feedback.attempt(() -> diff = documents.diff(actor, workbench.getId(), diffFrom, diffTo), "versionsForm");
    }

    /** Shows what changed from version {@code from} to version {@code to}. */
    void compare(int from, int to) {
        diffFrom = from;
        diffTo = to;
        showDiff();
    }

    public Integer getDiffFrom() {
        return diffFrom;
    }

    public void setDiffFrom(Integer diffFrom) {
        this.diffFrom = diffFrom;
    }

    public Integer getDiffTo() {
        return diffTo;
    }

    public void setDiffTo(Integer diffTo) {
        this.diffTo = diffTo;
    }

    public List<VersionDiff.Segment> getDiff() {
        return diff;
    }
}

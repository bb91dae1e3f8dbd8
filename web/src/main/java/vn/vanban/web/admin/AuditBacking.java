package vn.vanban.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.domain.model.audit.AuditEntry;
import vn.vanban.domain.model.audit.AuditVerification;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;
import java.util.List;

/** The audit trail ({@code admin/audit.xhtml}): the newest entries, by subject if asked, and the chain's check. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    private AuditTrail audit;

    @Inject
    private Actor actor;

    @Inject
    private Feedback feedback;

    private String subject;
    private List<AuditEntry> entries;
    private AuditVerification verification;

    @PostConstruct
    void load() {
        entries = audit.newest(actor, subject, 0, SHOWN);
    }

    public void filter() {
        subject = subject == null || subject.isBlank() ? null : subject.strip();
        load();
    }

    public void verify() {
        if (feedback.attempt(() -> verification = audit.verify(actor), "auditForm")) {
            load();
        }
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public AuditVerification getVerification() {
        return verification;
    }
}

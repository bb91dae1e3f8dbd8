package vn.vanban.application.document;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.vanban.domain.model.document.DocumentRepository;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives an issued document its PDF when the server that issued it stopped before rendering it: the number and the
 * PDF are committed in two transactions, so that the register is not locked while a PDF is laid out, and an instance
 * killed in between leaves a numbered document without a file, which could then never be signed. A document is
 * repaired only when two sweeps in a row found it without a PDF, so that a rendering still under way elsewhere is
 * never raced; whichever instance gets to it first renders it, the others find it done.
 */
@Singleton
@Startup
@DependsOn("PortalDataSource")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MissingPdfSweep {

    private static final Logger LOG = Logger.getLogger(MissingPdfSweep.class.getName());
    private static final int BATCH = 100;

    @Inject
    private DocumentRepository documents;

    @Inject
    private IssuedPdfService issuedPdfs;

    @Resource
    private SessionContext context;

    private Set<Long> seenWithoutPdf = Set.of();

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void periodically() {
        sweep();
    }

    /** Renders what the previous sweep also found without a PDF; returns how many it rendered. */
    public int sweep() {
        List<Long> missing = self().missing();
        int rendered = 0;
        for (long id : missing) {
            if (seenWithoutPdf.contains(id)) {
                try {
                    if (self().repair(id)) {
                        rendered++;
                        LOG.warning(() -> "document " + id + " was issued without its PDF (its server stopped); rendered now");
                    }
                } catch (EJBException failure) {
                    LOG.log(Level.WARNING, "could not render the missing PDF of document " + id, failure);
                }
            }
        }
        seenWithoutPdf = new HashSet<>(missing);
        return rendered;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> missing() {
        return documents.issuedWithoutPdf(BATCH);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean repair(long id) {
        return issuedPdfs.renderMissing(id);
    }

    /** Through the container, so that each repair gets the transaction its annotation asks for. */
    private MissingPdfSweep self() {
        return context.getBusinessObject(MissingPdfSweep.class);
    }
}

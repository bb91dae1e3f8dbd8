package vn.vanban.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.application.account.AccountService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.infrastructure.database.ClusterLocks;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What an empty database gets at first start. With {@code vanban.demo-data=true} (the run command's default,
 * never production) the demo story; otherwise a single administrator, whose password is taken from
 * {@code vanban.admin.initial-password} or generated and written once to the server log.
 * <p>
 * Exactly once, however many instances start on the empty database at the same moment: the check and the filling run
 * in one transaction that holds the cluster-wide {@link ClusterLocks#FIRST_START} lock, so the instances that come
 * second wait for the first one's data and then leave it alone.
 */
@Singleton
@Startup
@DependsOn("PortalDataSource")
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    @Inject
    private ClusterLocks locks;

    @Inject
    private AccountService accounts;

    @Inject
    private DemoData demoData;

    @Inject
    @ConfigProperty(name = "vanban.demo-data", defaultValue = "false")
    private boolean loadDemoData;

    @Inject
    @ConfigProperty(name = "vanban.admin.initial-password")
    private Optional<String> initialAdminPassword;

    @PostConstruct
    void fillEmptyDatabase() {
        locks.hold(ClusterLocks.FIRST_START);
        if (accounts.count() > 0) {
            return;
        }
        if (loadDemoData) {
            demoData.load();
            LOG.info("Empty database: demo data loaded");
            return;
        }
        String password = initialAdminPassword.orElseGet(InitialData::randomPassword);
        accounts.create("admin", "Quản trị hệ thống", null, password, EnumSet.of(Role.ADMIN));
        if (initialAdminPassword.isEmpty()) {
            LOG.warning(() -> "Empty database: created user 'admin' with the one-time password " + password
                    + " ; change it after the first login.");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package vn.vanban.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A suite of client-side tests against the real EAR the build produced, deployed once per suite to the managed
 * Payara (no hand-picked classes, nothing rebuilt for the test).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedPortal {

    public static final String DEMO_PASSWORD = "Demo@2026";

    /** Suites deployed so far in this run; each deployment gets a name of its own from it. */
    private static final AtomicInteger DEPLOYMENTS = new AtomicInteger();

    /*
     * The same EAR under a new application name per suite: deploying it under the name the previous suite's
     * deployment had, while the server was still finishing that undeployment (an audit sealing timer being
     * delivered), once gave the new application the old one's closed EntityManagerFactory.
     */
    @Deployment(testable = false)
    public static EnterpriseArchive portal() {
        EnterpriseArchive built = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("vanban.ear")));
        return ShrinkWrap.create(EnterpriseArchive.class, "vanban-" + DEPLOYMENTS.incrementAndGet() + ".ear").merge(built);
    }

    @ArquillianResource
    private URL deployed;

    protected URI base() {
        String configured = System.getProperty("vanban.it.baseUrl");
        return URI.create(configured != null ? configured : deployed.toString());
    }
}

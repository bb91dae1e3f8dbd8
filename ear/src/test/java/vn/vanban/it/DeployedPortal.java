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

/**
 * A suite of client-side tests against the real EAR the build produced, deployed once per suite to the managed
 * Payara (no hand-picked classes, nothing rebuilt for the test).
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedPortal {

    static final String DEMO_PASSWORD = "Demo@2026";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("vanban.ear")));
    }

    @ArquillianResource
    private URL deployed;

    URI base() {
        String configured = System.getProperty("vanban.it.baseUrl");
        return URI.create(configured != null ? configured : deployed.toString());
    }
}

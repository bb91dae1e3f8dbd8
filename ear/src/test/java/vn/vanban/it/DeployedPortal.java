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
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suite of client-side tests against the real EAR the build produced, deployed once per suite to the managed
 * Payara (no hand-picked classes, nothing rebuilt for the test), with what the suites' own test data needs: names no
 * other test uses, the demo users' ids, new users.
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

    /** Eight capitals and digits no other test uses, for the symbols, names and usernames a test makes. */
    protected static String unique() {
        return UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 8);
    }

    /** A username no other test uses: {@code prefix} followed by {@link #unique()} in lower case. */
    protected static String uniqueUsername(String prefix) {
        return prefix + unique().toLowerCase(Locale.ROOT);
    }

    /** The id of a user, as the administrators' list of users gives it. */
    protected long userId(String username) {
        return administrator().userId(username);
    }

    /** A new user made by the administrator; its id. */
    protected String createUser(String username, String password, String... roles) {
        String roleList = String.join("\",\"", roles);
        var reply = administrator().post("api/admin/users", """
                {"username":"%s","displayName":"Người thử %s","email":"%s@example.vn","password":"%s","roles":["%s"]}
                """.formatted(username, username, username, password, roleList));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return String.valueOf(reply.json().getInt("id"));
    }

    /**
     * A new issuer (party numbering per type and term, from {@code termStart}) under the district committee, so that
     * a test's numbers start at 01 whatever ran before; its id.
     */
    protected long newIssuer(String name, String symbol, String termStart) {
        var reply = administrator().post("api/admin/issuers", """
                {"name":"%s","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"%s"}""".formatted(name, symbol, termStart));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    /** A new committee of {@code issuerId} with {@code members}, each {username, position, role}; its id. */
    protected long newCommittee(String name, long issuerId, String[]... members) {
        PortalClient admin = administrator();
        var committee = admin.post("api/admin/committees", """
                {"name":"%s","description":"","issuerId":%d}""".formatted(name, issuerId));
        assertThat(committee.status()).as(committee.body()).isEqualTo(201);
        long id = committee.json().getInt("id");
        for (String[] member : members) {
            var added = admin.post("api/admin/committees/" + id + "/members", """
                    {"userId":%d,"positionTitle":"%s","role":"%s"}""".formatted(userId(member[0]), member[1], member[2]));
            assertThat(added.status()).as(added.body()).isIn(200, 201);
        }
        return id;
    }

    /** The demo administrator, through the API's HTTP Basic. */
    protected PortalClient administrator() {
        return PortalClient.as(base(), "admin", DEMO_PASSWORD);
    }
}

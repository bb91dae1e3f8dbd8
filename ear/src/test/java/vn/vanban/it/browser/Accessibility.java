package vn.vanban.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core (Deque's accessibility engine, the npm package the build installs, see {@code ear/pom.xml}) run on the
 * page the browser shows, against WCAG 2.0 and 2.1, levels A and AA.
 */
public final class Accessibility {

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
                .then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                        + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
                .catch(e => done(['axe failed: ' + e]));""";

    private static String source;

    private Accessibility() {
    }

    /** The serious and critical WCAG 2.1 A/AA violations axe finds on the page: rule, what it asks, where. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Browser browser) {
        browser.script(source());
        return (List<String>) browser.asyncScript(RUN);
    }

    private static synchronized String source() {
        if (source == null) {
            Path script = Path.of(Browser.property("vanban.it.axe").orElseThrow(() ->
                    new IllegalStateException("system property vanban.it.axe (the path of axe.min.js) not set")));
            if (!Files.isRegularFile(script)) {
                throw new IllegalStateException(script + " is missing: the build installs axe-core with npm before the"
                        + " integration tests (ear/pom.xml, install-axe-core); is npm installed?");
            }
            try {
                source = Files.readString(script);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}

package vn.vanban.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The style sheets of the layouts, read once from the module's resources. */
final class Templates {

    private static final String FOLDER = "vn/vanban/reports/templates/";

    private Templates() {
    }

    static String css(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

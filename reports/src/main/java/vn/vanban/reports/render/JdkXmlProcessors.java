package vn.vanban.reports.render;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.function.Supplier;

/**
 * Runs work with the JDK's own XML parsers and transformers. The renderer and PDFBox's XMP writer ask JAXP for a
 * parser or transformer factory on every document, and JAXP then looks through every jar the thread's class loader
 * sees for a provider: opening, and for signed jars verifying, each one. In the profile of issue #20 that search
 * was a third of rendering a document. The JDK's implementations are what the portal gets in the server anyway.
 */
final class JdkXmlProcessors extends ClassLoader {

    private static final String PROVIDERS = "META-INF/services/javax.xml.";

    private JdkXmlProcessors(ClassLoader parent) {
        super(parent);
    }

    static <T> T during(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new JdkXmlProcessors(previous));
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith(PROVIDERS) ? Collections.emptyEnumeration() : super.getResources(name);
    }
}

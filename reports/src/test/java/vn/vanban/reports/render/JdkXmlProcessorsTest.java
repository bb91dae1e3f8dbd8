package vn.vanban.reports.render;

import org.junit.jupiter.api.Test;

import javax.xml.transform.TransformerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdkXmlProcessorsTest {

    @Test
    void jaxpLooksNoFurtherThanTheJdkWhileTheWorkRuns() {
        // The tests' class path has Saxon (from the validators), whose service entry JAXP finds outside.
        assertThat(TransformerFactory.newInstance().getClass().getName()).startsWith("net.sf.saxon");

        String inside = JdkXmlProcessors.during(() -> TransformerFactory.newInstance().getClass().getName());

        assertThat(inside).startsWith("com.sun.org.apache.xalan.internal");
    }

    @Test
    void everyOtherResourceIsFoundAsBefore() {
        boolean fontFound = JdkXmlProcessors.during(() ->
                Thread.currentThread().getContextClassLoader().getResource("liberation/LiberationSerif-Regular.ttf") != null);

        assertThat(fontFound).isTrue();
    }

    @Test
    void theThreadGetsItsClassLoaderBackEvenWhenTheWorkFails() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();

        assertThatThrownBy(() -> JdkXmlProcessors.during(() -> {
            throw new IllegalStateException("layout failed");
        })).hasMessage("layout failed");

        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }
}

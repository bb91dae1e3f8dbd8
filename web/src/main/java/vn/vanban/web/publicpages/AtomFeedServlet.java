package vn.vanban.web.publicpages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.news.NewsService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.news.Article;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom 1.0 feeds of what the public may read: {@code /feed/news.atom} (published articles) and
 * {@code /feed/documents.atom} (public published documents, each linking to its verification page and its PDF).
 * Entry ids are the items' public addresses under {@code vanban.public-url} (else this request's address), which
 * do not change when an item is edited.
 */
@WebServlet("/feed/*")
public class AtomFeedServlet extends HttpServlet {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 30;

    @Inject
    private NewsService news;

    @Inject
    private DocumentService documents;

    @Inject
    @ConfigProperty(name = "vanban.public-url")
    private Optional<String> publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String feed = request.getPathInfo();
        String base = base(request);
        String xml;
        try {
            if ("/news.atom".equals(feed)) {
                xml = newsFeed(base, news.published(0, ENTRIES));
            } else if ("/documents.atom".equals(feed)) {
                xml = documentsFeed(base, documents.published(Actor.ANONYMOUS, 0, ENTRIES));
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        response.setContentType(ATOM);
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    private String base(HttpServletRequest request) {
        String configured = publicUrl.filter(url -> !url.isBlank()).orElseGet(() -> {
            String url = request.getRequestURL().toString();
            return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        });
        return configured.endsWith("/") ? configured : configured + "/";
    }

    private static String newsFeed(String base, List<Article> articles) throws XMLStreamException {
        Instant updated = articles.stream().map(Article::getLastModified).max(Instant::compareTo).orElse(Instant.EPOCH);
        var out = new StringWriter();
        XMLStreamWriter xml = start(out, base + "feed/news.atom", "Tin mới nhất", base, updated);
        for (Article article : articles) {
            String link = base + "article.xhtml?id=" + article.getId();
            xml.writeStartElement("entry");
            element(xml, "id", link);
            element(xml, "title", article.getTitle());
            element(xml, "updated", stamp(article.getLastModified()));
            element(xml, "published", stamp(article.getPublishedAt()));
            xml.writeStartElement("author");
            element(xml, "name", article.getAuthor().getDisplayName());
            xml.writeEndElement();
            link(xml, "alternate", "text/html", link);
            if (article.getSummary() != null) {
                element(xml, "summary", article.getSummary());
            }
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(article.getBody());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        return finish(xml, out);
    }

    private static String documentsFeed(String base, List<Document> published) throws XMLStreamException {
        Instant updated = published.stream().map(Document::getLastModified).max(Instant::compareTo).orElse(Instant.EPOCH);
        var out = new StringWriter();
        XMLStreamWriter xml = start(out, base + "feed/documents.atom", "Văn bản công khai", base, updated);
        for (Document document : published) {
            String link = base + "verify.xhtml?document=" + document.getId();
            xml.writeStartElement("entry");
            element(xml, "id", link);
            element(xml, "title", document.getType().getName() + " " + nullToEmpty(document.getNumberText())
                    + ": " + document.getSummary());
            element(xml, "updated", stamp(document.getLastModified()));
            if (document.getIssueDate() != null) {
                element(xml, "published",
                        stamp(document.getIssueDate().atStartOfDay(DocumentService.VIETNAM).toInstant()));
            }
            link(xml, "alternate", "text/html", link);
            if (document.getPdfSha256() != null) {
                link(xml, "enclosure", "application/pdf", base + "api/documents/" + document.getId() + "/pdf");
            }
            element(xml, "summary", document.getSummary());
            xml.writeEndElement();
        }
        return finish(xml, out);
    }

    private static XMLStreamWriter start(StringWriter out, String id, String title, String base, Instant updated)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "vi");
        element(xml, "id", id);
        element(xml, "title", title);
        element(xml, "updated", stamp(updated));
        xml.writeStartElement("author");
        element(xml, "name", "Ban chỉ đạo");
        xml.writeEndElement();
        link(xml, "self", "application/atom+xml", id);
        link(xml, "alternate", "text/html", base);
        return xml;
    }

    private static String finish(XMLStreamWriter xml, StringWriter out) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** RFC 3339 in UTC, whole seconds, as Atom wants it. */
    private static String stamp(Instant instant) {
        return (instant == null ? Instant.EPOCH : instant).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

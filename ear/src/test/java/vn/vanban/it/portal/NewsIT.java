package vn.vanban.it.portal;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public news page and search on the real EAR: articles written and published by the secretariat, exact view
 * counts under 10,000 concurrent readers, one count per browser per 30 minutes, Atom feeds of what is public,
 * accent-insensitive search ranked by exact diacritics, and who finds what.
 */
class NewsIT extends DeployedPortal {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String QUARTERLY = "Giao ban Ban chỉ đạo xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực Nhà nước quý I năm 2026";

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    /** A word found nowhere else, so that a test finds only what it wrote. */
    private static String marker() {
        return "zq" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private long article(String title, String body) {
        var reply = as("vanthu").post("api/news", """
                {"title":"%s","summary":"Tóm tắt","body":"%s"}""".formatted(title, body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    private long publishedArticle(String title, String body) {
        long id = article(title, body);
        var published = as("vanthu").post("api/news/" + id + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    private long views(long id) {
        return PortalClient.anonymous(base()).get("api/news/" + id).json().getJsonNumber("viewCount").longValue();
    }

    private List<JsonObject> search(PortalClient client, String q) {
        var reply = client.get("api/search?max=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    // --- views ---

    @Test
    void tenThousandConcurrentReadersOfAnArticleAddExactlyTenThousandViews() throws Exception {
        long id = publishedArticle("Tin đọc đồng thời " + marker(), "<p>Nội dung</p>");
        long before = views(id);
        // Every request is a new browser: no cookie jar, so no request carries the cookie of an earlier one.
        HttpClient browsers = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI page = base().resolve("article.xhtml?id=" + id);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            statuses.add(pool.submit(() -> browsers.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(120))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answered.add(status.get());
        }
        pool.shutdown();

        assertThat(answered).hasSize(10_000).containsOnly(200);
        assertThat(views(id)).isEqualTo(before + 10_000);
    }

    @Test
    void theSameBrowserReadingAgainWithinThirtyMinutesIsCountedOnce() {
        long id = publishedArticle("Tin đọc lại " + marker(), "<p>Nội dung</p>");
        var browser = PortalClient.anonymous(base());

        var first = browser.get("article.xhtml?id=" + id);
        browser.get("article.xhtml?id=" + id);
        browser.get("article.xhtml?id=" + id);

        assertThat(first.status()).isEqualTo(200);
        assertThat(String.join("\n", first.raw().headers().allValues("Set-Cookie"))).contains("vanban_views=").contains("Max-Age=1800").contains("HttpOnly");
        assertThat(views(id)).isEqualTo(1);
        PortalClient.anonymous(base()).get("article.xhtml?id=" + id);
        assertThat(views(id)).isEqualTo(2);
        assertThat(as("vanthu").get("api/news/" + id).json().getInt("viewCount")).as("the API does not count").isEqualTo(2);
    }

    // --- pages ---

    /** Search engines and link previews show the page's description: the portal's purpose, or an article's summary. */
    @Test
    void everyPublicPageDescribesItselfAndAnArticleByItsSummary() {
        long id = publishedArticle("Tin có tóm tắt " + marker(), "<p>Nội dung</p>");
        var visitor = PortalClient.anonymous(base());
        String portal = "<meta name=\"description\" content=\"Cổng thông tin của Ban chỉ đạo: tin hoạt động";
        for (String page : List.of("index.xhtml", "search.xhtml?q=giao+ban", "verify.xhtml", "login.xhtml")) {
            assertThat(visitor.get(page).body()).as(page).contains(portal);
        }
        assertThat(visitor.get("article.xhtml?id=" + id).body()).contains("<meta name=\"description\" content=\"Tóm tắt\"");
    }

    @Test
    void thePublicHomeListsPublishedArticlesNewestFirstWithDateAndViews() {
        var visitor = PortalClient.anonymous(base());
        var home = visitor.get("index.xhtml");
        assertThat(home.status()).isEqualTo(200);
        // Other tests publish articles too: read every page, newest first, as a visitor paging through would.
        StringBuilder pages = new StringBuilder(home.body());
        for (int page = 2; page <= 10 && !pages.toString().contains(QUARTERLY); page++) {
            pages.append(visitor.get("index.xhtml?page=" + page).body());
        }
        String body = pages.toString();
        assertThat(body).contains(QUARTERLY).contains("21/03/2026 | 08:35").contains("Lượt xem: 264")
                .doesNotContain("Chuẩn bị hội nghị giao ban quý II năm 2026");
        assertThat(body.indexOf("Thành lập công đoàn cơ sở tại hai doanh nghiệp"))
                .isPositive().isLessThan(body.indexOf("Ra mắt Chi bộ Công ty TNHH Cơ khí Thành Long"));
        assertThat(body).contains("Văn bản công khai").contains("feed/news.atom");
    }

    @Test
    void anArticlePageShowsItsBodyAndTheRelatedDocumentsTheReaderMaySee() {
        long quarterly = PortalClient.anonymous(base()).get("api/news?max=50").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("title").equals(QUARTERLY))
                .findFirst().orElseThrow().getInt("id");

        var publicView = PortalClient.anonymous(base()).get("api/news/" + quarterly).json();
        assertThat(publicView.getString("published")).isEqualTo("21/03/2026 | 08:35");
        assertThat(publicView.getJsonArray("relatedDocuments").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("number")).containsExactly("Số 02-TB/BCĐ");
        assertThat(as("lan.nt").get("api/news/" + quarterly).json().getJsonArray("relatedDocuments")).hasSize(2);

        String marker = marker();
        long id = publishedArticle("Tin có văn bản " + marker, "<p>Nội dung <strong>" + marker + "</strong></p>");
        var page = PortalClient.anonymous(base()).get("article.xhtml?id=" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tin có văn bản " + marker).contains("<strong>" + marker + "</strong>")
                .contains("Lượt xem");
        assertThat(PortalClient.anonymous(base()).get("article.xhtml?id=987654321").status()).isEqualTo(404);
    }

    @Test
    void theSecretariatWritesPublishesAndTakesDownAnArticle() {
        String marker = marker();
        long id = article("Tin nháp " + marker, "<p onclick=\\\"x()\\\">Nội dung<script>alert(1)</script></p>");
        var anonymous = PortalClient.anonymous(base());
        assertThat(anonymous.get("api/news/" + id).status()).isEqualTo(404);
        assertThat(anonymous.get("api/news/" + id).code()).isEqualTo("ARTICLE_NOT_FOUND");
        var draft = as("vanthu").get("api/news/" + id).json();
        assertThat(draft.getString("body")).isEqualTo("<p>Nội dung</p>");
        assertThat(draft.getString("status")).isEqualTo("DRAFT");

        var stale = as("vanthu").put("api/news/" + id, """
                {"title":"Ghi đè","body":"<p>x</p>","basedOnVersion":%d}""".formatted(draft.getInt("version") - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");
        var saved = as("vanthu").put("api/news/" + id, """
                {"title":"Tin đã sửa %s","body":"<p>Nội dung mới</p>","basedOnVersion":%d}""".formatted(marker, draft.getInt("version")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        assertThat(as("vanthu").post("api/news/" + id + "/publish", "").json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(as("vanthu").post("api/news/" + id + "/publish", "").code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(anonymous.get("api/news?max=5").body()).contains("Tin đã sửa " + marker);
        assertThat(as("vanthu").post("api/news/" + id + "/unpublish", "").json().getString("status")).isEqualTo("DRAFT");
        assertThat(anonymous.get("api/news/" + id).status()).isEqualTo(404);
        assertThat(as("vanthu").get("api/news?status=DRAFT&max=200").body()).contains("Tin đã sửa " + marker);

        assertThat(as("vanthu").post("api/news", "{\"title\":\" \",\"body\":\"<p>x</p>\"}").code()).isEqualTo("TITLE_REQUIRED");
        assertThat(as("lan.nt").post("api/news", "{\"title\":\"Tin\",\"body\":\"<p>x</p>\"}").status()).isEqualTo(403);
        assertThat(anonymous.post("api/news", "{\"title\":\"Tin\",\"body\":\"<p>x</p>\"}").status()).isEqualTo(401);
        assertThat(anonymous.get("api/news?status=DRAFT").status()).isEqualTo(403);
    }

    @Test
    void theSecretariatScreensListAndEditArticlesAndRefuseMembers() {
        var secretariat = PortalClient.anonymous(base());
        secretariat.formLogin("vanthu", DEMO_PASSWORD, null);
        var list = secretariat.get("secretariat/articles.xhtml");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Chuẩn bị hội nghị giao ban quý II năm 2026").contains("Đã đăng");
        long id = article("Tin soạn trên màn hình " + marker(), "<p>Nội dung</p>");
        var editor = secretariat.get("secretariat/article.xhtml?id=" + id);
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.body()).contains("Tin soạn trên màn hình").contains("Đăng tin");

        var member = PortalClient.anonymous(base());
        member.formLogin("lan.nt", DEMO_PASSWORD, null);
        assertThat(member.get("secretariat/articles.xhtml").status()).isEqualTo(403);
    }

    @Test
    void theSecretariatStartsAnArticleFromTheListAndLandsInItsEditor() {
        var secretariat = PortalClient.anonymous(base());
        secretariat.formLogin("vanthu", DEMO_PASSWORD, null);
        String viewState = PortalClient.viewState(secretariat.get("secretariat/articles.xhtml").body());

        var untitled = secretariat.pressAjax("secretariat/articles.xhtml", viewState, "newForm", "newForm:create",
                Map.of("newForm:title", " "));
        assertThat(untitled.body()).as("refused on the form, no article").doesNotContain("<redirect");

        String title = "Tin bắt đầu từ danh sách " + marker();
        var created = secretariat.pressAjax("secretariat/articles.xhtml", viewState, "newForm", "newForm:create",
                Map.of("newForm:title", title));
        Matcher redirect = Pattern.compile("<redirect url=\"[^\"]*secretariat/article\\.xhtml\\?id=(\\d+)\"")
                .matcher(created.body());
        assertThat(redirect.find()).as(created.body()).isTrue();
        assertThat(secretariat.get("secretariat/article.xhtml?id=" + redirect.group(1)).body()).contains(title);
    }

    // --- feeds ---

    @Test
    void theAtomFeedsCarryOnlyPublicContent() throws Exception {
        var news = PortalClient.anonymous(base()).get("feed/news.atom");
        assertThat(news.status()).isEqualTo(200);
        assertThat(news.header("Content-Type")).isEqualToIgnoringCase("application/atom+xml;charset=UTF-8");
        Element feed = atom(news.body());
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "id")).endsWith("/feed/news.atom");
        assertThat(child(feed, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        NodeList entries = feed.getElementsByTagNameNS(ATOM_NS, "entry");
        assertThat(entries.getLength()).isGreaterThanOrEqualTo(5);
        Element entry = (Element) entries.item(0);
        assertThat(child(entry, "id")).contains("article.xhtml?id=");
        assertThat(child(entry, "updated")).isNotBlank();
        assertThat(((Element) entry.getElementsByTagNameNS(ATOM_NS, "link").item(0)).getAttribute("href")).contains("article.xhtml?id=");
        assertThat(news.body()).contains(QUARTERLY).doesNotContain("Chuẩn bị hội nghị giao ban quý II năm 2026");

        var documents = PortalClient.anonymous(base()).get("feed/documents.atom");
        assertThat(documents.header("Content-Type")).isEqualToIgnoringCase("application/atom+xml;charset=UTF-8");
        Element documentFeed = atom(documents.body());
        assertThat(documentFeed.getElementsByTagNameNS(ATOM_NS, "entry").getLength()).isPositive();
        assertThat(documents.body()).contains("Số 02-TB/BCĐ").contains("/pdf")
                .doesNotContain("Phân công nhiệm vụ thành viên Ban chỉ đạo");
        assertThat(PortalClient.anonymous(base()).get("feed/other.atom").status()).isEqualTo(404);
    }

    private static Element atom(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM_NS);
        return root;
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }

    // --- search ---

    @Test
    void searchWithoutDiacriticsFindsTheResolutionByItsNumber() {
        var hits = search(PortalClient.anonymous(base()), "nghi quyet 09");

        assertThat(hits).extracting(h -> h.getString("title")).contains(QUARTERLY)
                .anyMatch(title -> title.contains("Kết luận của đồng chí Trưởng Ban chỉ đạo"));
        assertThat(search(PortalClient.anonymous(base()), "nghi quyet 99")).isEmpty();
        assertThat(search(PortalClient.anonymous(base()), "Số 02-TB/BCĐ")).extracting(h -> h.getString("kind"))
                .contains("document");
    }

    @Test
    void anArticleOfMoreWordsThanOneIndexStatementHoldsIsFoundByEachOfThem() {
        String marker = marker();
        String body = IntStream.rangeClosed(1, 450).mapToObj(i -> "mục" + i).collect(Collectors.joining(" ", "<p>", "</p>"));
        publishedArticle("Bài dài " + marker, body);

        for (String word : List.of("muc1", "muc200", "muc201", "muc400", "mục450")) {
            assertThat(search(PortalClient.anonymous(base()), word + " " + marker)).as(word).hasSize(1);
        }
        assertThat(search(PortalClient.anonymous(base()), "muc451 " + marker)).isEmpty();
    }

    @Test
    void dFindsDStrokeAndEveryWordMustOccur() {
        String marker = marker();
        publishedArticle("Đảng viên trong doanh nghiệp " + marker, "<p>Sinh hoạt chi bộ</p>");

        assertThat(search(PortalClient.anonymous(base()), "dang vien " + marker)).hasSize(1);
        assertThat(search(PortalClient.anonymous(base()), "ĐẢNG VIÊN " + marker)).hasSize(1);
        assertThat(search(PortalClient.anonymous(base()), "sinh hoat " + marker)).hasSize(1);
        assertThat(search(PortalClient.anonymous(base()), "cong doan " + marker)).isEmpty();
    }

    @Test
    void exactDiacriticMatchesRankAboveNewerFoldedOnlyMatches() {
        String marker = marker();
        long road = publishedArticle("Mở rộng đường Ngọc Lâm " + marker, "<p>Giao thông</p>");
        long street = publishedArticle("Phố Dương Quang " + marker, "<p>Giao thông</p>");

        var exactFirst = search(PortalClient.anonymous(base()), "đường " + marker);
        assertThat(exactFirst).extracting(h -> h.getInt("id")).containsExactly((int) road, (int) street);
        assertThat(exactFirst.get(0).getInt("exactMatches")).isEqualTo(2);
        assertThat(exactFirst.get(1).getInt("exactMatches")).isEqualTo(1);

        assertThat(search(PortalClient.anonymous(base()), "dương " + marker)).extracting(h -> h.getInt("id"))
                .containsExactly((int) street, (int) road);
        assertThat(search(PortalClient.anonymous(base()), "duong " + marker)).extracting(h -> h.getInt("id"))
                .as("no diacritics typed: the newest first").containsExactly((int) street, (int) road);
    }

    @Test
    void eachSearcherFindsOnlyWhatTheyMayRead() {
        String marker = marker();
        long draft = article("Tin chưa đăng " + marker, "<p>Nội dung</p>");
        assertThat(search(PortalClient.anonymous(base()), marker)).isEmpty();
        assertThat(search(as("vanthu"), marker)).extracting(h -> h.getInt("id")).containsExactly((int) draft);

        var membersNotice = "phan cong nhiem vu thanh vien ban chi dao";
        assertThat(search(PortalClient.anonymous(base()), membersNotice)).extracting(h -> h.getString("kind"))
                .doesNotContain("document");
        assertThat(search(as("lan.nt"), membersNotice)).extracting(h -> h.getString("title"))
                .contains("Thông báo: Phân công nhiệm vụ thành viên Ban chỉ đạo");
        String draftDecision = "Quyết định: Kiện toàn Ban chỉ đạo xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp "
                + "ngoài khu vực Nhà nước";
        assertThat(search(as("lan.nt"), "kien toan")).extracting(h -> h.getString("title"))
                .as("a draft decision is not a member's to find").doesNotContain(draftDecision);
        assertThat(search(as("vanthu"), "kien toan")).extracting(h -> h.getString("title")).contains(draftDecision);
    }

    @Test
    void aBlankQueryIsRefusedAndTheSearchPageShowsHits() {
        var blank = PortalClient.anonymous(base()).get("api/search?q=%20");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(PortalClient.anonymous(base()).get("api/search?q=x&first=5000").status()).isEqualTo(400);

        var page = PortalClient.anonymous(base()).get("search.xhtml?q=nghi+quyet+09");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(QUARTERLY).contains("article.xhtml?id=");
    }

    @Test
    void openApiDescribesNewsAndSearch() {
        assertThat(PortalClient.anonymous(base()).get("openapi").body()).contains("/api/news").contains("/api/search");
    }
}

package vn.vanban.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less client of the deployed portal: JSON calls to the API with HTTP Basic, and form posts to the JSF
 * pages with their own cookie jar. Redirects are not followed, so tests can see them.
 */
public final class PortalClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String basicAuth;
    /** The script nonce of the last page, which PrimeFaces' scripts send back with every form post of that page. */
    private String nonce = "";

    private PortalClient(URI base, String basicAuth) {
        this.base = base;
        this.basicAuth = basicAuth;
        // HTTP/1.1 as browsers speak it to a cleartext server: the client's default attempts an h2c upgrade, which
        // broke now and then on large request bodies.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static PortalClient anonymous(URI base) {
        return new PortalClient(base, null);
    }

    public static PortalClient as(URI base, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new PortalClient(base, "Basic " + token);
    }

    /** Sends {@code name: value} with every later request of this client, e.g. the address a trusted proxy forwards. */
    public PortalClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            JsonStructure structure = Json.createReader(new StringReader(body)).read();
            return structure.asJsonObject();
        }

        public String code() {
            return json().getString("code");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** The id of a user, as the administrators' list of users gives it: for a client signed in as an administrator. */
    public long userId(String username) {
        return get("api/admin/users?first=0&max=200").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(user -> user.getString("username").equals(username)).findFirst().orElseThrow()
                .getInt("id");
    }

    public Reply getWithHeader(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    public record Download(int status, byte[] bytes, HttpResponse<byte[]> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Download getBytes(String path) {
        return getBytes(path, null, null);
    }

    /** A download with one extra request header ({@code Range}, {@code If-None-Match}...); null for none. */
    public Download getBytes(String path, String header, String value) {
        try {
            HttpRequest.Builder builder = request(path).GET();
            if (header != null) {
                builder.header(header, value);
            }
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply postMultipart(String path, String field, String fileName, byte[] content) {
        String boundary = "----vanban" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return postBytes(path, "multipart/form-data; boundary=" + boundary, body);
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any method, any body (none when null), and extra headers as name, value pairs. */
    public Reply exchange(String method, String path, String contentType, String body, String... headerPairs) {
        HttpRequest.Builder builder = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            builder.header(headerPairs[i], headerPairs[i + 1]);
        }
        return send(builder);
    }

    /** Posts raw bytes (a multipart form built by the test, say), with extra headers as name, value pairs. */
    public Reply postBytes(String path, String contentType, byte[] body, String... headerPairs) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            builder.header(headerPairs[i], headerPairs[i + 1]);
        }
        return send(builder);
    }

    /** Posts a form with exactly these fields (URL-encoded), as a forger would; see {@link #nonce()} for a browser. */
    public Reply postFields(String path, Map<String, String> fields) {
        String encoded = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    /** Logs in through the login page as a person would, keeping the session cookie in this client. */
    public Reply formLogin(String username, String password, String continueTo) {
        Reply page = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:continue", continueTo == null ? "" : continueTo);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put("primefaces.nonce", nonce);
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request("login.xhtml").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    /** Posts a JSF form as a browser does when its button {@code buttonId} is pressed (non-Ajax). */
    public Reply postForm(String path, String formId, String buttonId, String viewState) {
        String encoded = formId + "=" + URLEncoder.encode(formId, StandardCharsets.UTF_8)
                + "&" + URLEncoder.encode(buttonId, StandardCharsets.UTF_8) + "="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    /**
     * Presses the Ajax button {@code buttonId} of form {@code formId} on the page {@code path} last fetched, with
     * {@code fields} filled in, as PrimeFaces posts it (the form processed and rendered again).
     */
    public Reply pressAjax(String path, String viewState, String formId, String buttonId, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", buttonId);
        form.put("jakarta.faces.partial.execute", formId);
        form.put("jakarta.faces.partial.render", formId);
        form.put(buttonId, buttonId);
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return exchange("POST", path, "application/x-www-form-urlencoded", encoded,
                "Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");
    }

    /** The script nonce of the last page this client fetched. */
    public String nonce() {
        return nonce;
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No JSF view state in page:\n" + html);
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (basicAuth != null) {
            builder.header("Authorization", basicAuth);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().firstValue("Content-Security-Policy").map(NONCE::matcher).filter(Matcher::find)
                    .ifPresent(m -> nonce = m.group(1));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

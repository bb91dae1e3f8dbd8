package vn.vanban.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The benchmarks' client of a running portal: JSON calls to the API as one user, through a browser session (a form
 * login, as members reach their downloads) so that no request pays for a password hash. Only the JDK: the benchmarks
 * compile with javac alone.
 */
final class Portal {

    static final String DEMO_PASSWORD = "Demo@2026";
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private Portal(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    record Reply(int status, String body, java.net.http.HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        Reply expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": " + body);
        }

        /** The id of the object itself, not of one nested in it (JSON-B writes fields in alphabetical order). */
        long id() {
            int depth = 0;
            boolean inString = false;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    if (depth == 1 && body.startsWith("\"id\":", i)) {
                        Matcher m = Pattern.compile("\\d+").matcher(body).region(i + 5, body.length());
                        if (m.lookingAt()) {
                            return Long.parseLong(m.group());
                        }
                    }
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            }
            throw new IllegalStateException("No id in " + body);
        }

        long number(String field) {
            Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("No " + field + " in " + body);
            }
            return Long.parseLong(m.group(1));
        }

        /** A string field as it stands in the JSON, escapes kept, to be sent back as it came. */
        String raw(String field) {
            Matcher m = Pattern.compile("\"" + field + "\":\"((?:[^\"\\\\]++|\\\\.)*+)\"").matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("No " + field + " in " + body);
            }
            return m.group(1);
        }

        String string(String field) {
            return unescape(raw(field));
        }
    }

    static Portal loggedIn(URI base, String username) {
        Portal portal = new Portal(base);
        Reply login = portal.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).GET());
        Matcher viewState = VIEW_STATE.matcher(login.body());
        if (!viewState.find()) {
            throw new IllegalStateException("No login form at " + base);
        }
        // PrimeFaces' scripts send the page's script nonce back with every form post; the portal refuses one without.
        Matcher nonce = NONCE.matcher(login.header("Content-Security-Policy"));
        if (!nonce.find()) {
            throw new IllegalStateException("No script nonce in the login page's policy at " + base);
        }
        String form = "loginForm=loginForm&loginForm%3Ausername=" + encode(username)
                + "&loginForm%3Apassword=" + encode(DEMO_PASSWORD) + "&loginForm%3Acontinue=&loginForm%3Asubmit="
                + "&jakarta.faces.ViewState=" + encode(viewState.group(1)) + "&primefaces.nonce=" + encode(nonce.group(1));
        Reply reply = portal.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        reply.expect(302, 303);
        return portal;
    }

    /**
     * The session cookies, for a load tool to send: {@code JSESSIONID} and, where sessions are replicated,
     * {@code JSESSIONIDVERSION}, without which an instance may read an older copy of the session from the data grid.
     */
    String sessionCookie() {
        String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().startsWith("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        if (session.isEmpty()) {
            throw new IllegalStateException("No session cookie from " + base);
        }
        return session;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + path);
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    long userId(String username) {
        String users = get("api/admin/users?first=0&max=200").expect(200).body();
        Matcher m = Pattern.compile("\\{[^{}]*\"id\":(\\d+)[^{}]*\"username\":\"" + Pattern.quote(username) + "\"").matcher(users);
        if (!m.find()) {
            throw new IllegalStateException("No user " + username);
        }
        return Long.parseLong(m.group(1));
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String unescape(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 == json.length()) {
                out.append(c);
                continue;
            }
            char next = json.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            // A program's writes say so: the API refuses writes that carry neither this nor a same-origin Origin.
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(120))
                            .header("X-Requested-With", "vanban-bench").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package vn.vanban.reports.sign;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import vn.vanban.reports.sign.development.DevelopmentCertificates;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CRL distribution points on the loopback interface, for tests: the JDK's HTTP server answering at each path as it
 * is told to, well or badly, and counting the requests per path. Each request is handled on its own thread, so that
 * a path that never answers holds up no other.
 */
public final class LocalDistributionPoints implements AutoCloseable {

    private static final int CHUNK = 64 * 1024;
    /** Where an endless answer gives up if nobody stops reading it first; a test that gets here has failed anyway. */
    private static final long ENDLESS = 1L << 30;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public LocalDistributionPoints() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.start();
    }

    /** The address of {@code path}, which starts with a slash. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The server's base address, as {@link DevelopmentCertificates#issueSigner} takes the portal's. */
    public URI base() {
        return uri("");
    }

    /** Answers 200 with what {@code body} gives at each request, so that a list can be issued when it is asked for. */
    public URI serve(String path, Callable<byte[]> body) {
        return answer(path, exchange -> {
            byte[] bytes;
            try {
                bytes = body.call();
            } catch (Exception e) {
                throw new IOException("The test's body cannot be made", e);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/pkix-crl");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    public URI status(String path, int status) {
        return answer(path, exchange -> exchange.sendResponseHeaders(status, -1));
    }

    /** Answers 302 with {@code location}, as it is: absolute or relative. */
    public URI redirect(String path, String location) {
        return answer(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
        });
    }

    /** Announces a body of {@code length} bytes and sends as much of it as the client reads. */
    public URI announcing(String path, long length) {
        return answer(path, exchange -> {
            exchange.sendResponseHeaders(200, length);
            sendZeros(exchange, length);
        });
    }

    /** Announces no length and sends zeros until the client stops reading. */
    public URI endless(String path) {
        return answer(path, exchange -> {
            exchange.sendResponseHeaders(200, 0);
            sendZeros(exchange, ENDLESS);
        });
    }

    /** Takes the request and answers nothing until the server closes. */
    public URI silent(String path) {
        return answer(path, exchange -> {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    private URI answer(String path, HttpHandler handler) {
        requests.put(path, new AtomicInteger());
        server.createContext(path, exchange -> {
            try (exchange) {
                // A context also takes the paths it is a prefix of; those are not this one.
                if (!exchange.getRequestURI().getPath().equals(path)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                requests.get(path).incrementAndGet();
                handler.handle(exchange);
            } catch (IOException clientLeft) {
                // Expected whenever the client stops reading an answer it finds too large.
            }
        });
        return uri(path);
    }

    private static void sendZeros(HttpExchange exchange, long length) throws IOException {
        byte[] chunk = new byte[CHUNK];
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < length; sent += CHUNK) {
                out.write(chunk, 0, (int) Math.min(CHUNK, length - sent));
            }
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}

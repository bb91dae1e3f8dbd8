package vn.vanban.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that takes connections and never says a word: a sender that reaches it waits in the middle of its
 * sending until its read timeout, which is where a test wants an instance to be when it kills it. Closing it cuts
 * every connection it holds.
 */
public final class SilentMailServer implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private SilentMailServer(int port) throws IOException {
        listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        acceptor = new Thread(this::accept, "silent-mail-server-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static SilentMailServer on(int port) {
        try {
            return new SilentMailServer(port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    /** How many senders have connected so far. */
    public int connections() {
        return held.size();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                held.add(listener.accept());
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : held) {
            socket.close();
        }
    }
}

package org.guichet.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phone's network in front of a loopback server, as a real TCP relay on a fixed loopback
 * port: {@link #down()} refuses connections and cuts the open ones, {@link #up()} lets them through
 * again. The app under test talks real HTTP through it.
 */
public final class SwitchableLink implements AutoCloseable {

    private final InetAddress loopback = InetAddress.getLoopbackAddress();
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket server;

    private SwitchableLink(int targetPort, int port) {
        this.targetPort = targetPort;
        this.port = port;
    }

    /** A link to {@code targetPort}, down until {@link #up()}. */
    public static SwitchableLink to(int targetPort) {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return new SwitchableLink(targetPort, probe.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the app connects: {@code http://127.0.0.1:port/}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    public synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress(loopback, port));
            server = listening;
            daemon(() -> accept(listening), "link-accept").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void down() {
        if (server == null) {
            return;
        }
        closeQuietly(server);
        server = null;
        open.forEach(SwitchableLink::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        down();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket(loopback, targetPort);
                open.add(client);
                open.add(upstream);
                daemon(() -> pump(client, upstream), "link-up").start();
                daemon(() -> pump(upstream, client), "link-down").start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException cut) {
            // the link went down or a side closed: both ends are closed below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}

package dev.tactful.notifier.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.tactful.infra.TactfulInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A slow mail server, as a test resource: a TCP proxy in front of GreenMail that holds the server's answer to the
 * end of DATA ("250 OK, queued") for {@link #DELAY}. That is the moment a send is most exposed: the message is with
 * the server, and the sender does not know yet. With the init argument {@code answer=drop} the answer never comes:
 * the proxy closes the connection instead, after GreenMail has accepted the message (the first message only: what
 * comes after it, such as the notice to the candidate, passes).
 */
public class SlowSmtp implements QuarkusTestResourceLifecycleManager {

    static final Duration DELAY = Duration.ofSeconds(3);
    /** Answers to DATA that were held back: proves the test really exercised a slow server. */
    static final AtomicInteger DELAYED = new AtomicInteger();

    private static final byte[] END_OF_DATA = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);

    private ServerSocket server;
    private Thread acceptor;
    /** Set in drop mode until the first answer to DATA has been dropped. */
    private final AtomicBoolean dropNext = new AtomicBoolean();

    @Override
    public void init(Map<String, String> initArgs) {
        dropNext.set("drop".equals(initArgs.get("answer")));
    }

    @Override
    public Map<String, String> start() {
        TactfulInfra infra = TactfulInfra.get();
        infra.startMail();
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        acceptor = new Thread(this::accept, "slow-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(server.getLocalPort()),
                "quarkus.mailer.mock", "false");
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(TactfulInfra.MAIL_HOST, TactfulInfra.get().smtpPort());
                AtomicBoolean dataSent = new AtomicBoolean();
                pipe(client.getInputStream(), upstream.getOutputStream(), dataSent, false, null, dropNext);
                pipe(upstream.getInputStream(), client.getOutputStream(), dataSent, true, client, dropNext);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** {@code client}: the connection to close instead of passing on the answer to DATA while {@code dropNext} is set. */
    private static void pipe(InputStream in, OutputStream out, AtomicBoolean dataSent, boolean fromServer, Socket client,
            AtomicBoolean dropNext) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            int matched = 0;
            try (in; out) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (fromServer && dataSent.getAndSet(false)) {
                        DELAYED.incrementAndGet();
                        if (dropNext.getAndSet(false)) {
                            client.close();
                            return;
                        }
                        // The slowness being simulated: the answer leaves only once DELAY has passed. Nothing else
                        // is read from this connection meanwhile, so the order of the bytes is kept.
                        int length = n;
                        byte[] answer = java.util.Arrays.copyOf(buf, length);
                        CompletableFuture.runAsync(() -> write(out, answer, length),
                                CompletableFuture.delayedExecutor(DELAY.toMillis(), TimeUnit.MILLISECONDS)).join();
                        continue;
                    }
                    if (!fromServer) {
                        for (int i = 0; i < n; i++) {
                            matched = buf[i] == END_OF_DATA[matched] ? matched + 1 : (buf[i] == END_OF_DATA[0] ? 1 : 0);
                            if (matched == END_OF_DATA.length) {
                                dataSent.set(true);
                                matched = 0;
                            }
                        }
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException | java.util.concurrent.CompletionException e) {
                // Connection closed by either side.
            }
        }, fromServer ? "slow-smtp-down" : "slow-smtp-up");
        t.setDaemon(true);
        t.start();
    }

    private static void write(OutputStream out, byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }
}

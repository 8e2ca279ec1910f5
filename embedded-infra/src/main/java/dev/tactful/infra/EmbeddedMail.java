package dev.tactful.infra;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.Map;

import org.jboss.logging.Logger;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail SMTP + IMAP with authentication disabled: every recipient is accepted and any user name can log in
 * over IMAP to read the mailbox of that address. Mail is kept in memory, so a stop/start empties the mailboxes.
 */
final class EmbeddedMail {

    static final String HOST = "127.0.0.1";

    private static final Logger LOG = Logger.getLogger(EmbeddedMail.class);

    private final int smtpPort;
    private final int imapPort;
    private GreenMail greenMail;

    EmbeddedMail(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    synchronized void start() {
        if (greenMail != null) {
            return;
        }
        long started = System.nanoTime();
        GreenMail gm = new NoDelayGreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP) })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        gm.start();
        greenMail = gm;
        LOG.infof("GreenMail SMTP/IMAP started at %s (SMTP %d, IMAP %d) in %d ms", HOST, smtpPort, imapPort,
                (System.nanoTime() - started) / 1_000_000);
    }

    synchronized void stop() {
        if (greenMail == null) {
            return;
        }
        greenMail.stop();
        greenMail = null;
        LOG.infof("GreenMail SMTP %d / IMAP %d stopped", smtpPort, imapPort);
    }

    synchronized boolean isRunning() {
        return greenMail != null;
    }

    synchronized GreenMail greenMail() {
        if (greenMail == null) {
            throw new IllegalStateException("GreenMail is stopped");
        }
        return greenMail;
    }

    /** Every received message as raw RFC 822 bytes (a class-loader neutral form). */
    synchronized byte[][] receivedMessages() {
        MimeMessage[] messages = greenMail().getReceivedMessages();
        byte[][] raw = new byte[messages.length][];
        for (int i = 0; i < messages.length; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                messages[i].writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            raw[i] = out.toByteArray();
        }
        return raw;
    }

    synchronized void purge() {
        try {
            greenMail().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not purge mailboxes", e);
        }
    }

    int smtpPort() {
        return smtpPort;
    }

    int imapPort() {
        return imapPort;
    }

    /**
     * GreenMail writes its replies one byte at a time to the socket (seen with a raw socket against 2.1.13). With
     * Nagle's algorithm on, the bytes after the first waited for the client's delayed ACK, 40 ms per command, so one
     * mail took about 220 ms and the load harness could not get past 4.5 mails/s per connection. With TCP_NODELAY
     * alone every byte became a segment of its own, and the Vert.x mail client then misread a reply code split across
     * segments ("20 ... ready" for "220"). So each accepted socket gets both: a buffered output stream, which GreenMail
     * flushes once per reply line, and TCP_NODELAY, so that line leaves at once as one segment.
     */
    private static final class NoDelayGreenMail extends GreenMail {

        NoDelayGreenMail(ServerSetup[] setups) {
            super(setups);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            // IMAP (a final class) keeps GreenMail's own server: it only serves tests reading a few messages.
            Map<String, AbstractServer> services = super.createServices(config, managers);
            services.computeIfPresent(ServerSetup.PROTOCOL_SMTP, (protocol, plain) -> new SmtpServer(plain.getServerSetup(), managers) {
                @Override
                protected void handleClientSocket(Socket socket) throws SocketException {
                    socket.setTcpNoDelay(true);
                    super.handleClientSocket(new LineBufferedSocket(socket));
                }
            });
            return services;
        }
    }

    /**
     * A connected socket whose output stream is buffered until flushed; everything else is the wrapped socket's.
     * Only the methods GreenMail's SMTP handler and server call need to be right, but all the usual ones delegate.
     */
    private static final class LineBufferedSocket extends Socket {

        private final Socket socket;
        private OutputStream buffered;

        LineBufferedSocket(Socket socket) {
            this.socket = socket;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (buffered == null) {
                buffered = new BufferedOutputStream(socket.getOutputStream(), 8192);
            }
            return buffered;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return socket.getInputStream();
        }

        @Override
        public InetAddress getInetAddress() {
            return socket.getInetAddress();
        }

        @Override
        public InetAddress getLocalAddress() {
            return socket.getLocalAddress();
        }

        @Override
        public int getPort() {
            return socket.getPort();
        }

        @Override
        public int getLocalPort() {
            return socket.getLocalPort();
        }

        @Override
        public SocketAddress getRemoteSocketAddress() {
            return socket.getRemoteSocketAddress();
        }

        @Override
        public SocketAddress getLocalSocketAddress() {
            return socket.getLocalSocketAddress();
        }

        @Override
        public void setSoTimeout(int timeout) throws SocketException {
            socket.setSoTimeout(timeout);
        }

        @Override
        public int getSoTimeout() throws SocketException {
            return socket.getSoTimeout();
        }

        @Override
        public void setTcpNoDelay(boolean on) throws SocketException {
            socket.setTcpNoDelay(on);
        }

        @Override
        public boolean getTcpNoDelay() throws SocketException {
            return socket.getTcpNoDelay();
        }

        @Override
        public void shutdownInput() throws IOException {
            socket.shutdownInput();
        }

        @Override
        public void shutdownOutput() throws IOException {
            socket.shutdownOutput();
        }

        @Override
        public boolean isConnected() {
            return socket.isConnected();
        }

        @Override
        public boolean isBound() {
            return socket.isBound();
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }

        @Override
        public boolean isInputShutdown() {
            return socket.isInputShutdown();
        }

        @Override
        public boolean isOutputShutdown() {
            return socket.isOutputShutdown();
        }

        @Override
        public synchronized void close() throws IOException {
            try {
                if (buffered != null && !socket.isClosed()) {
                    buffered.flush();
                }
            } catch (IOException e) {
                // The peer is gone; closing is all that is left to do.
            } finally {
                socket.close();
            }
        }

        @Override
        public String toString() {
            return socket.toString();
        }
    }
}

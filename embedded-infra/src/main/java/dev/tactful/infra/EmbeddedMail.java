package dev.tactful.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
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
     * GreenMail writes each reply line in two writes (the text, then CRLF) on a socket with Nagle's algorithm on:
     * the CRLF waits for the client's delayed ACK, 40 ms on Linux, so every SMTP command took 44 ms and one mail
     * about 220 ms (measured with a raw socket against GreenMail 2.1.13). That capped the whole suite at 4.5 mails/s
     * in the load harness. TCP_NODELAY on each accepted socket sends the CRLF at once.
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
                    super.handleClientSocket(socket);
                }
            });
            return services;
        }
    }
}

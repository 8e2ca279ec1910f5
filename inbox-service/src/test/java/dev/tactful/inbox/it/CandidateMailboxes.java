package dev.tactful.inbox.it;

import java.io.ByteArrayInputStream;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The candidates' own mailboxes: a GreenMail IMAP server of the test JVM with authentication on (the shared
 * infrastructure's GreenMail lets any password in, and a refused login is part of what is tested here). Messages
 * are put straight into a user's INBOX, byte for byte, as their provider's server would have stored them.
 */
final class CandidateMailboxes {

    private static GreenMail server;

    private CandidateMailboxes() {
    }

    static synchronized GreenMail server() {
        if (server == null) {
            GreenMail gm = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
            gm.start();
            server = gm;
            Runtime.getRuntime().addShutdownHook(new Thread(gm::stop));
        }
        return server;
    }

    static int port() {
        return server().getImap().getPort();
    }

    static GreenMailUser user(String address, String password) {
        return server().setUser(address, address, password);
    }

    static void deliver(GreenMailUser user, String raw) {
        deliver(user, raw.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    static void deliver(GreenMailUser user, byte[] raw) {
        try {
            user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether any message of the user's INBOX has \Seen (Tactful must never set it). */
    static boolean anySeen(String address) {
        try {
            var folder = server().getManagers().getImapHostManager().getInbox(server().getUserManager().getUser(address));
            for (long uid : folder.getMessageUids()) {
                if (folder.getMessage(uid).getFlags().contains(Flags.Flag.SEEN)) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

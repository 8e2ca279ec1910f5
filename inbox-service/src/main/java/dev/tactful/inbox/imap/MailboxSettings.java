package dev.tactful.inbox.imap;

/**
 * Where and how to log in. {@code tls} true is implicit TLS (IMAPS, usually port 993); false is STARTTLS, required
 * unless plaintext is allowed (dev and test only). {@code toString} leaves the password out.
 */
public record MailboxSettings(String host, int port, String username, String password, boolean tls, String folder) {

    @Override
    public String toString() {
        return "MailboxSettings[" + host + ":" + port + ", tls=" + tls + ", folder=" + folder + "]";
    }
}

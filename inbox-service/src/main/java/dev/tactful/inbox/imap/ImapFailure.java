package dev.tactful.inbox.imap;

/**
 * A sync or login that did not work, with a message safe to show and store: it names the kind of failure and the
 * server, never the password, the server's own wording or anything from the mailbox.
 */
public final class ImapFailure extends Exception {

    public enum Kind {
        LOGIN_REFUSED,
        UNREACHABLE,
        TLS,
        NO_FOLDER,
        PROTOCOL
    }

    private final Kind kind;

    public ImapFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

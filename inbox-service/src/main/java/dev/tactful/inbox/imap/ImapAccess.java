package dev.tactful.inbox.imap;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;

/**
 * The only code that talks IMAP, through Angus Mail, and only ever reads: the folder is opened READ_ONLY (the IMAP
 * EXAMINE command, so the server itself refuses to change flags), messages are found by UID, and only their headers,
 * body structure and at most the first text part are fetched, with BODY.PEEK, so \Seen is never set. Nothing is
 * flagged, moved or deleted. Blocking; the sync runs it on its own worker threads.
 */
public final class ImapAccess {

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final boolean allowPlaintext;

    public ImapAccess(Duration connectTimeout, Duration readTimeout, boolean allowPlaintext) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.allowPlaintext = allowPlaintext;
    }

    /** Logs in and opens the folder read-only, then logs out: what connecting a mailbox checks. */
    public void verify(MailboxSettings settings) throws ImapFailure {
        try (Store store = connect(settings)) {
            Folder folder = store.getFolder(settings.folder());
            if (!folder.exists()) {
                throw new ImapFailure(ImapFailure.Kind.NO_FOLDER, "The folder " + settings.folder() + " does not exist.");
            }
            folder.open(Folder.READ_ONLY);
            folder.close(false);
        } catch (MessagingException e) {
            throw failure(e, settings);
        }
    }

    /**
     * Reads the messages after {@code lastUid} (all of the last {@code lookback} when the folder is new to us, or its
     * UIDVALIDITY changed), at most {@code limit} of them, oldest UID first.
     */
    public ReadBatch read(MailboxSettings settings, Long knownValidity, long lastUid, int limit, Instant now, Duration lookback)
            throws ImapFailure {
        try (Store store = connect(settings)) {
            IMAPFolder folder = (IMAPFolder) store.getFolder(settings.folder());
            folder.open(Folder.READ_ONLY);
            try {
                long validity = folder.getUIDValidity();
                boolean fresh = knownValidity == null || knownValidity != validity;
                Message[] found = fresh
                        ? folder.search(new ReceivedDateTerm(ComparisonTerm.GE, Date.from(now.minus(lookback))))
                        : folder.getMessagesByUID(lastUid + 1, UIDFolder.MAXUID);
                long after = fresh ? 0 : lastUid;
                FetchProfile uids = new FetchProfile();
                uids.add(UIDFolder.FetchProfileItem.UID);
                folder.fetch(found, uids);
                // "UID FETCH n:*" always answers with the newest message, even when its UID is below n.
                List<Message> fresher = new ArrayList<>(Arrays.stream(found)
                        .filter(m -> m != null && uid(folder, m) > after)
                        .sorted(Comparator.comparingLong(m -> uid(folder, m))).toList());
                boolean more = fresher.size() > limit;
                List<Message> batch = fresher.subList(0, Math.min(limit, fresher.size()));
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                profile.add(FetchProfile.Item.ENVELOPE);
                profile.add(FetchProfile.Item.CONTENT_INFO);
                FactsReader.HEADERS.forEach(profile::add);
                profile.add("In-Reply-To");
                profile.add("References");
                profile.add("Message-ID");
                folder.fetch(batch.toArray(Message[]::new), profile);
                List<dev.tactful.inbox.classify.MessageFacts> facts = new ArrayList<>();
                List<Long> unreadable = new ArrayList<>();
                long highest = after;
                for (Message m : batch) {
                    long uid = uid(folder, m);
                    highest = Math.max(highest, uid);
                    try {
                        if (m instanceof IMAPMessage im) {
                            im.setPeek(true);
                        }
                        facts.add(FactsReader.read(m, uid));
                    } catch (MessagingException | RuntimeException e) {
                        unreadable.add(uid);
                    }
                }
                if (fresh && batch.isEmpty()) {
                    // Nothing in the lookback: start after the newest UID there is, so the next sync reads only new mail.
                    highest = Math.max(0, folder.getUIDNext() - 1);
                }
                return new ReadBatch(validity, facts, unreadable, highest, more);
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw failure(e, settings);
        }
    }

    private static long uid(IMAPFolder folder, Message m) {
        try {
            return folder.getUID(m);
        } catch (MessagingException e) {
            return -1;
        }
    }

    private Store connect(MailboxSettings s) throws MessagingException {
        return connect(s, readTimeout);
    }

    /**
     * Opens {@code settings}' folder read-only for {@link IdleWatch}: its reads block for as long as one IDLE lasts,
     * so the socket timeout is {@code idleTimeout}, not the sync's read timeout, which would end every IDLE early.
     */
    IMAPFolder openForIdle(MailboxSettings settings, Duration idleTimeout) throws ImapFailure {
        try {
            Store store = connect(settings, idleTimeout);
            IMAPFolder folder = (IMAPFolder) store.getFolder(settings.folder());
            folder.open(Folder.READ_ONLY);
            return folder;
        } catch (MessagingException e) {
            throw failure(e, settings);
        }
    }

    static ImapFailure failureOf(MessagingException e, MailboxSettings settings) {
        return failure(e, settings);
    }

    private Store connect(MailboxSettings s, Duration socketTimeout) throws MessagingException {
        String protocol = s.tls() ? "imaps" : "imap";
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.put("mail.store.protocol", protocol);
        props.put(p + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        props.put(p + "timeout", Long.toString(socketTimeout.toMillis()));
        props.put(p + "writetimeout", Long.toString(readTimeout.toMillis()));
        // Never set \Seen, even where a server would on a plain BODY[] fetch.
        props.put(p + "peek", "true");
        // Bodies are read in small chunks, so reading the start of a text part fetches only the start.
        props.put(p + "partialfetch", "true");
        props.put(p + "fetchsize", "16384");
        props.put(p + "ssl.checkserveridentity", "true");
        if (!s.tls()) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", Boolean.toString(!allowPlaintext));
        }
        Session session = Session.getInstance(props);
        session.setDebug(false);
        Store store = session.getStore(protocol);
        store.connect(s.host(), s.port(), s.username(), s.password());
        return store;
    }

    private static ImapFailure failure(MessagingException e, MailboxSettings s) {
        String where = s.host() + ":" + s.port();
        if (e instanceof AuthenticationFailedException) {
            return new ImapFailure(ImapFailure.Kind.LOGIN_REFUSED, "The server " + where + " refused the login.");
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof javax.net.ssl.SSLException || c instanceof java.security.cert.CertificateException) {
                return new ImapFailure(ImapFailure.Kind.TLS, "No trusted TLS connection to " + where + ".");
            }
            if (c instanceof java.net.SocketTimeoutException) {
                return new ImapFailure(ImapFailure.Kind.UNREACHABLE, "The server " + where + " did not answer in time.");
            }
            if (c instanceof java.net.ConnectException || c instanceof java.net.UnknownHostException
                    || c instanceof java.net.NoRouteToHostException) {
                return new ImapFailure(ImapFailure.Kind.UNREACHABLE, "Could not connect to " + where + ".");
            }
        }
        if (e instanceof jakarta.mail.FolderNotFoundException) {
            return new ImapFailure(ImapFailure.Kind.NO_FOLDER, "The folder " + s.folder() + " does not exist.");
        }
        if (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("starttls")) {
            return new ImapFailure(ImapFailure.Kind.TLS, "The server " + where + " does not offer STARTTLS.");
        }
        return new ImapFailure(ImapFailure.Kind.PROTOCOL, "The IMAP conversation with " + where + " failed ("
                + e.getClass().getSimpleName() + ").");
    }
}

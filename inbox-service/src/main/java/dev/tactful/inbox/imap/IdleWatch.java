package dev.tactful.inbox.imap;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Holds one mailbox's folder in IMAP IDLE (RFC 2177) so new mail is heard within seconds instead of at the next poll.
 * It never reads a message: it only tells {@code onNewMail} that the folder grew, and the normal sync (claim, read
 * by UID, record with the UID state) does the rest, so a wake-up can never make a message count twice. The folder is
 * opened read-only (EXAMINE), like every other access.
 *
 * <p>Blocking: {@link #run()} occupies its thread until {@link #close()}, a failure, or a server without IDLE.
 * Servers drop an IDLE after about 30 minutes, so every {@code renew} the IDLE is ended (a NOOP from another
 * thread, which Angus Mail sends after DONE) and entered again.
 */
public final class IdleWatch implements Runnable {

    /** How a watch ended. */
    public enum End {
        CLOSED,
        UNSUPPORTED,
        FAILED
    }

    private final ImapAccess access;
    private final MailboxSettings settings;
    private final Duration renew;
    private final ScheduledExecutorService timer;
    private final Runnable onNewMail;
    private volatile boolean closed;
    private volatile IMAPFolder folder;
    private volatile End end;
    private volatile String error;

    public IdleWatch(ImapAccess access, MailboxSettings settings, Duration renew, ScheduledExecutorService timer,
            Runnable onNewMail) {
        this.access = access;
        this.settings = settings;
        this.renew = renew;
        this.timer = timer;
        this.onNewMail = onNewMail;
    }

    @Override
    public void run() {
        ScheduledFuture<?> renewal = null;
        try {
            IMAPFolder f = access.openForIdle(settings, renew.plus(renew));
            folder = f;
            try {
                if (!((IMAPStore) f.getStore()).hasCapability("IDLE")) {
                    end = End.UNSUPPORTED;
                    return;
                }
                f.addMessageCountListener(new MessageCountAdapter() {
                    @Override
                    public void messagesAdded(MessageCountEvent e) {
                        onNewMail.run();
                    }
                });
                renewal = timer.scheduleWithFixedDelay(this::interruptAsync, renew.toMillis(), renew.toMillis(),
                        TimeUnit.MILLISECONDS);
                while (!closed) {
                    f.idle(true);
                }
                end = End.CLOSED;
            } finally {
                closeQuietly(f);
            }
        } catch (ImapFailure e) {
            fail(e.getMessage());
        } catch (MessagingException | IllegalStateException e) {
            fail(closed ? null : ImapAccess.failureOf(e instanceof MessagingException m ? m
                    : new MessagingException(e.getClass().getSimpleName()), settings).getMessage());
        } finally {
            if (renewal != null) {
                renewal.cancel(false);
            }
        }
    }

    private void fail(String message) {
        end = closed ? End.CLOSED : End.FAILED;
        error = message;
    }

    /** Ends the watch; {@link #run()} returns soon after. Safe to call from any thread, more than once. */
    public void close() {
        closed = true;
        interruptAsync();
    }

    /** Off the caller's thread: ending an IDLE waits for the server, and a hung server must not stall the timer. */
    private void interruptAsync() {
        java.util.concurrent.CompletableFuture.runAsync(this::interrupt);
    }

    /** Ends the current IDLE: any call that needs the connection makes Angus Mail send DONE first. */
    private void interrupt() {
        IMAPFolder f = folder;
        if (f != null) {
            try {
                f.getMessageCount();
            } catch (MessagingException | IllegalStateException e) {
                // The connection is gone already; run() sees it too and ends.
            }
        }
    }

    private static void closeQuietly(IMAPFolder f) {
        try {
            if (f.isOpen()) {
                f.close(false);
            }
        } catch (MessagingException | IllegalStateException e) {
            // Closing after a failure: nothing more to learn.
        }
        try {
            f.getStore().close();
        } catch (MessagingException e) {
            // As above.
        }
    }

    public End end() {
        return end;
    }

    /** Why a failed watch ended, safe to log (names the server, never the account). */
    public String error() {
        return error;
    }
}

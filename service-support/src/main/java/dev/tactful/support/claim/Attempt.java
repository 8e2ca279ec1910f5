package dev.tactful.support.claim;

/**
 * What acting on one claimed row came to. A failure is permanent when trying again cannot help (a 5xx SMTP reply,
 * a record the broker rejects for its content, a row that cannot be read); the loop then parks the row at once.
 */
public sealed interface Attempt<T extends ClaimedRow> {

    T row();

    record Done<T extends ClaimedRow>(T row) implements Attempt<T> {
    }

    record Failed<T extends ClaimedRow>(T row, String error, boolean permanent) implements Attempt<T> {
    }

    /**
     * The work may or may not have happened (a mail handed to SMTP whose answer never came or could not be read):
     * neither retried nor parked. In lease mode the row keeps its claim until the lease expires, and whoever resolves
     * expired leases (the notifier's recovery) decides, as for a process that died mid-send. A locked-mode queue
     * cannot leave a row claimed, so there it is retried.
     */
    record Unresolved<T extends ClaimedRow>(T row, String reason) implements Attempt<T> {
    }

    static <T extends ClaimedRow> Attempt<T> done(T row) {
        return new Done<>(row);
    }

    static <T extends ClaimedRow> Attempt<T> failed(T row, Throwable error, boolean permanent) {
        return new Failed<>(row, describe(error), permanent);
    }

    static <T extends ClaimedRow> Attempt<T> failed(T row, String error, boolean permanent) {
        return new Failed<>(row, error, permanent);
    }

    static <T extends ClaimedRow> Attempt<T> unresolved(T row, Throwable why) {
        return new Unresolved<>(row, describe(why));
    }

    /** A bounded one-line description for {@code last_error}: the type and message, never a stack trace. */
    static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        String text = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}

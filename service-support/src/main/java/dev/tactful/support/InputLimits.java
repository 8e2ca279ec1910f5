package dev.tactful.support;

/**
 * The size limits of every request body that carries interview details: the interview-service's request and the
 * notifier's preview accept the same, so a preview cannot be used to render (and check) more than an interview
 * can hold.
 */
public final class InputLimits {

    /** Characters of any one text: a name, a title, an address, a topic. */
    public static final int TEXT = 500;
    /** Entries of any one list: interviewers, topics, points, concerns. */
    public static final int LIST = 20;
    /** Hibernate's {@code @Email} accepts {@code a@b}; work addresses always have a dot in the domain. */
    public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private InputLimits() {
    }
}

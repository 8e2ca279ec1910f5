package dev.tactful.interview.api;

/** Input limits shared by the request records; generous for people, tight enough to keep rows and events small. */
public final class Limits {

    public static final int TEXT = 500;
    public static final int LIST = 20;
    /** Hibernate's {@code @Email} accepts {@code a@b}; work addresses always have a dot in the domain. */
    public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final String HTTP_URL = "https?://\\S+";

    private Limits() {
    }
}

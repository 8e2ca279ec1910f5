package dev.tactful.interview.api;

import dev.tactful.support.InputLimits;

/**
 * Input limits shared by the request records; generous for people, tight enough to keep rows and events small. The
 * notifier's preview accepts the same (service-support's {@link InputLimits}).
 */
public final class Limits {

    public static final int TEXT = InputLimits.TEXT;
    public static final int LIST = InputLimits.LIST;
    public static final String EMAIL = InputLimits.EMAIL;
    public static final String HTTP_URL = "https?://\\S+";

    private Limits() {
    }
}

package dev.tactful.webapp.api;

/** The Authorization header value for a candidate token. */
public final class Bearer {

    private Bearer() {
    }

    public static String of(String token) {
        return "Bearer " + token;
    }
}

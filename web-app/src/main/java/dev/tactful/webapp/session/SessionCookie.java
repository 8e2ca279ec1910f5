package dev.tactful.webapp.session;

import java.time.Duration;

import jakarta.ws.rs.core.NewCookie;

/** The session cookie: HttpOnly, SameSite=Lax, Secure outside dev and test. */
public final class SessionCookie {

    public static final String NAME = "tactful_session";

    private SessionCookie() {
    }

    public static NewCookie of(String token, Duration lifetime, boolean secure) {
        return new NewCookie.Builder(NAME).value(token).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) lifetime.toSeconds()).build();
    }

    /** Tells the browser to forget the cookie. */
    public static NewCookie cleared(boolean secure) {
        return new NewCookie.Builder(NAME).value("").path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }
}

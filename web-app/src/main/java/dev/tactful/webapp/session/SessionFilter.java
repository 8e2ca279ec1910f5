package dev.tactful.webapp.session;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.smallrye.mutiny.Uni;

/**
 * Every page except sign-in, the calendar feed and the health endpoints needs a live session. Without one the
 * browser is sent to the sign-in page; a stale or revoked cookie is cleared on the way. (Filters are created at
 * static init, before runtime configuration exists: settings are read through the application-scoped beans.)
 */
public class SessionFilter {

    @Inject
    Sessions sessions;

    @Inject
    CurrentUser current;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Response> requireSession(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (isPublic(path)) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = request.getCookies().get(SessionCookie.NAME);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().item(toSignIn(false));
        }
        return sessions.check(cookie.getValue()).map(live -> {
            if (live.isEmpty()) {
                return toSignIn(true);
            }
            current.set(live.get().account(), live.get().token(), live.get().jti());
            return null;
        });
    }

    static boolean isPublic(String path) {
        return path.equals("/sign-in") || path.startsWith("/sign-in/") || path.startsWith("/calendar/")
                || path.startsWith("/q/");
    }

    private Response toSignIn(boolean clearCookie) {
        Response.ResponseBuilder r = Response.seeOther(URI.create("/sign-in"));
        if (clearCookie) {
            r.cookie(SessionCookie.cleared(sessions.secureCookie()));
        }
        return r.build();
    }
}

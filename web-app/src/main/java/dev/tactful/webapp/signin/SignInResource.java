package dev.tactful.webapp.signin;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.tactful.webapp.WebSettings;
import dev.tactful.webapp.account.Account;
import dev.tactful.webapp.session.CurrentUser;
import dev.tactful.webapp.session.SessionCookie;
import dev.tactful.webapp.session.Sessions;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Sign-in by emailed one-time link. Following the link shows a button rather than signing in at once: mail
 * scanners that open every link in a message would otherwise use it up before the candidate does.
 */
// Never blocks (reactive clients and database, templates in memory): on the event loop, where the session
// filter's reactive database check must run.
@NonBlocking
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String email, Map<String, String> errors, String notice);

        static native TemplateInstance linkSent(int minutes);

        static native TemplateInstance confirm(String token);
    }

    @Inject
    SignInLinks links;

    @Inject
    LinkMail mail;

    @Inject
    Sessions sessions;

    @Inject
    CurrentUser current;

    @Inject
    WebSettings settings;

    @GET
    @Path("sign-in")
    public TemplateInstance form(@RestQuery("signed-out") String signedOut) {
        return Templates.signIn("", Map.of(), signedOut != null ? "You are signed out." : null);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> requestLink(@RestForm String email, @Context HttpServerRequest http) {
        String normalized = Account.normalize(email);
        if (normalized.isEmpty() || normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
            return Uni.createFrom().item(Response.status(400)
                    .entity(Templates.signIn(email == null ? "" : email, Map.of("email", "Enter an email address such as rowan@example.org."), null))
                    .build());
        }
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return links.request(normalized, client).chain(result -> switch (result.outcome()) {
            case CLIENT_LIMITED -> Uni.createFrom().item(Response.status(429).header("Retry-After", "900")
                    .entity(Templates.signIn(email, Map.of("email",
                            "Too many sign-in requests from your network. Wait a few minutes, then try again."), null))
                    .build());
            case CREATED -> mail.send(normalized, result.token()).replaceWith(sent());
            case ADDRESS_LIMITED -> Uni.createFrom().item(sent());
        });
    }

    private Response sent() {
        return Response.ok(Templates.linkSent((int) settings.signIn().linkLifetime().toMinutes())).build();
    }

    @GET
    @Path("sign-in/link")
    public TemplateInstance confirm(@RestQuery String token) {
        return Templates.confirm(token == null ? "" : token);
    }

    @POST
    @Path("sign-in/link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> redeem(@RestForm String token) {
        return links.redeem(token).chain(account -> {
            if (account.isEmpty()) {
                return Uni.createFrom().item(Response.status(400).entity(Templates.signIn("", Map.of(),
                        "That sign-in link has expired or was already used. Ask for a new one below.")).build());
            }
            return Panache.withTransaction(() -> sessions.open(account.get())).map(minted -> Response
                    .seeOther(URI.create("/interviews"))
                    .cookie(SessionCookie.of(minted.token(), settings.session().lifetime(), settings.session().secureCookie()))
                    .build());
        });
    }

    @POST
    @Path("sign-out")
    public Uni<Response> signOut() {
        return sessions.revoke(current.jti()).map(v -> Response.seeOther(URI.create("/sign-in?signed-out=true"))
                .cookie(SessionCookie.cleared(settings.session().secureCookie()))
                .build());
    }
}

package dev.tactful.webapp.signin;

import java.net.URI;
import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.tactful.webapp.WebSettings;
import dev.tactful.webapp.account.Account;
import dev.tactful.webapp.session.SessionCookie;
import dev.tactful.webapp.session.Sessions;
import dev.tactful.webapp.web.ErrorPages;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Sign-in through an organisation's OIDC provider, the alternative to the email link (profile "oidc"). quarkus-oidc
 * runs the authorization code flow for this one path; once the provider's ID token is verified, the candidate gets
 * the same session as after a link: an account for the token's verified email and our own session cookie, so every
 * other page, and the services, see no difference.
 */
@Path("/sign-in/oidc")
public class OidcSignInResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    Sessions sessions;

    @Inject
    WebSettings settings;

    @Inject
    Clock clock;

    @GET
    public Uni<Response> signIn() {
        if (!settings.oidc().enabled()) {
            return Uni.createFrom().item(ErrorPages.notFound());
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return Uni.createFrom().item(refused());
        }
        String email = Account.normalize(idToken.getClaim("email"));
        Object verified = idToken.getClaim("email_verified");
        // An address the provider has not verified could be anybody's: it must not open that address's account.
        if (email.isEmpty() || Boolean.FALSE.equals(verified) || "false".equals(String.valueOf(verified))) {
            return Uni.createFrom().item(refused());
        }
        return Panache.withTransaction(() -> Account.findOrCreate(email, clock.instant()).chain(sessions::open))
                .map(minted -> Response.seeOther(URI.create("/interviews"))
                        .cookie(SessionCookie.of(minted.token(), settings.session().lifetime(), settings.session().secureCookie()))
                        .build());
    }

    private static Response refused() {
        return ErrorPages.page(403, "Not signed in",
                "Your organisation's sign-in did not give a verified email address. Ask your administrator, or sign in by email link.");
    }
}

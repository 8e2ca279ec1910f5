package dev.tactful.support.http;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.tactful.support.Problems;

/**
 * Rate limit on the API's write requests (POST, PUT, PATCH, DELETE under {@code /api/v1}) per candidate:
 * {@code tactful.rate-limit.writes} per {@code tactful.rate-limit.period} (default 120 per minute), divided by
 * {@code tactful.rate-limit.replicas}. Over it: 429 problem with {@code Retry-After}. Keyed by the verified token's
 * subject, so it runs after authentication: an unauthenticated request is refused before it can spend anyone's
 * allowance, and a forged subject never gets this far. Reads are not limited here (the in-flight limit protects
 * them); the services sit behind the web app or an API gateway, whose address would be every user's, so per-address
 * limits belong at that edge (the web app limits its sign-in requests per address).
 */
@Singleton
public class WriteRateLimit {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final WriteRateLimiter limiter;

    public WriteRateLimit(@ConfigProperty(name = "tactful.rate-limit.writes", defaultValue = "120") long writes,
            @ConfigProperty(name = "tactful.rate-limit.period", defaultValue = "PT1M") Duration period,
            @ConfigProperty(name = "tactful.rate-limit.replicas", defaultValue = "1") int replicas) {
        this.limiter = new WriteRateLimiter(writes, period, replicas);
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 2)
    public Response limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!WRITES.contains(request.getMethod()) || !(path.startsWith("/api/v1/") || path.startsWith("api/v1/"))) {
            return null;
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (!(principal instanceof JsonWebToken token) || token.getSubject() == null) {
            return null;
        }
        Optional<Duration> wait = limiter.tryWrite(token.getSubject());
        return wait.map(w -> Problems.tooManyRequests("More than " + limiter.perReplica()
                + " changes in a short time; slow down and retry after the time in Retry-After.", w)).orElse(null);
    }
}

package dev.tactful.interview.api;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import dev.tactful.interview.service.InterviewService;
import dev.tactful.interview.service.OptOutRecorded;
import dev.tactful.support.Problem;
import dev.tactful.support.Problems;
import dev.tactful.support.optout.OptOut;

/**
 * The one-click opt-out link of every direct email to an interviewer ({@code List-Unsubscribe}, RFC 8058). Public:
 * the interviewer has no Tactful account, so the signed token in the path is the only credential, and it can do
 * one thing, ask for no further follow-ups about one interview (R3). The POST is what a mail provider's
 * "unsubscribe" button sends ({@code List-Unsubscribe=One-Click}) and what the page's button sends; a GET only
 * shows that page, because mail scanners and link previews open every link they see.
 */
@Path("/optout/{token}")
@PermitAll
@Tag(name = "Opt-out", description = "The interviewer's one-click \"please don't follow up\" (public, signed link)")
// Public by design: no bearer token, so no security requirement in the document either.
@SecurityRequirements({})
public class OptOutResource {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @Inject
    OptOutVerifier verifier;

    @Inject
    InterviewService interviews;

    @Context
    HttpHeaders headers;

    // No @Produces: whatever a mail provider's or scanner's Accept says, the answer is the page (or, for an API
    // client that asks for JSON, the problem); a 406 would leave the interviewer's click unrecorded.
    @GET
    @Operation(summary = "Show the opt-out page", description = "A page with one button that sends the POST. "
            + "Changes nothing, so a mail scanner opening the link stops nothing.")
    @APIResponse(responseCode = "200", description = "The page with the button",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "Not a valid link (altered, cut short, or its interview is gone)",
            content = { @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class)),
                    @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)) })
    public Uni<Response> show(@Parameter(description = "The signed token from the email") @PathParam("token") String token) {
        Optional<OptOut> claim = verifier.verify(token);
        if (claim.isEmpty()) {
            return Uni.createFrom().item(notFound());
        }
        return interviews.optOutTarget(claim.get().interviewId(), claim.get().interviewerId())
                .map(target -> page(OptOutPages.ask(target.candidateName(), target.companyName())))
                .onFailure(OptOutResource::isNotFound).recoverWithItem(this::notFound);
    }

    @POST
    @Operation(summary = "Ask for no more follow-ups (one click)", description = "Records that the interviewer asked "
            + "not to be followed up about this interview (R3), as the candidate's PATCH of the interviewer would, and "
            + "republishes the interview so the planner cancels what was pending for them. Any body is accepted; RFC 8058 "
            + "senders post List-Unsubscribe=One-Click. A second POST changes nothing and publishes nothing.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = String.class, example = "List-Unsubscribe=One-Click")))
    @APIResponse(responseCode = "200", description = "Recorded (or already recorded); a short confirmation page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "Not a valid link; nothing changed",
            content = { @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class)),
                    @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)) })
    @APIResponse(responseCode = "409", description = "The interview kept changing at the same moment; try again",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> optOut(@Parameter(description = "The signed token from the email") @PathParam("token") String token) {
        Optional<OptOut> claim = verifier.verify(token);
        if (claim.isEmpty()) {
            return Uni.createFrom().item(notFound());
        }
        return interviews.optOut(claim.get().interviewId(), claim.get().interviewerId())
                .map((OptOutRecorded done) -> page(OptOutPages.done(done.candidateName(), done.companyName())))
                .onFailure(OptOutResource::isNotFound).recoverWithItem(this::notFound);
    }

    /** 404 as a page for a browser, as a problem for an API client that asked for one. Nothing says why. */
    private Response notFound() {
        if (wantsProblem(headers.getAcceptableMediaTypes())) {
            return Problems.notFound("This opt-out link is not valid.");
        }
        return withPageHeaders(Response.status(404).type(HTML).entity(OptOutPages.notFound())).build();
    }

    private static Response page(String html) {
        return withPageHeaders(Response.ok(html, HTML)).build();
    }

    /**
     * No script, frame or outside resource may run on these pages; the token in the URL must not leave in a Referer
     * header or be cached on the way.
     */
    private static Response.ResponseBuilder withPageHeaders(Response.ResponseBuilder response) {
        return response
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex");
    }

    /** A client that lists a JSON type before (or instead of) HTML gets the problem document. */
    static boolean wantsProblem(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return false;
            }
            if (type.isCompatible(Problems.PROBLEM_JSON) || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNotFound(Throwable t) {
        return t instanceof jakarta.ws.rs.WebApplicationException w && w.getResponse().getStatus() == 404;
    }
}

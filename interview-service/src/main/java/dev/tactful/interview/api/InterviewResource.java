package dev.tactful.interview.api;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import dev.tactful.events.Limits;
import dev.tactful.interview.repository.InterviewStatus;
import dev.tactful.interview.service.IdempotencyKey;
import dev.tactful.interview.service.InterviewService;
import dev.tactful.support.Problem;
import dev.tactful.support.ProblemException;
import dev.tactful.support.Problems;
import dev.tactful.support.auth.CurrentCandidate;

/**
 * The candidate's interviews over HTTP: parameters and bodies are checked and mapped to the service's commands,
 * and its results to the contract's views. Transactions, idempotency and the outbox are the service's. The
 * token's subject is the candidate id; every read and change is limited to that candidate's own interviews.
 */
@Path("/api/v1/interviews")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews", description = "Log interviews and what the employer answered")
@APIResponse(responseCode = "400", description = "Invalid input; errors[].field names each offending field",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class InterviewResource {

    static final String EXAMPLE = """
            {
              "candidate": {"name": "Rowan Tester", "email": "rowan@example.org", "timeZone": "Europe/Berlin"},
              "company": {"name": "Northwind", "timeZone": "Asia/Tokyo"},
              "role": "Platform Engineer",
              "interviewedAt": "2026-11-19T10:00:00+09:00",
              "durationMinutes": 60,
              "format": "VIDEO",
              "interviewers": [
                {"name": "Avery Stone", "title": "Engineering Manager", "email": "avery@northwind.example",
                 "linkedinUrl": null, "preferredChannel": "EMAIL", "askedNotToFollowUp": false, "primaryContact": true}
              ],
              "agency": null,
              "decisionExpectedBy": "2026-11-26",
              "topicsDiscussed": ["moving billing to event streaming"],
              "pointsToReinforce": ["on-call experience with Kafka"],
              "concernsToAddress": [],
              "promise": null,
              "policy": "STANDARD",
              "deliveryMode": "DRAFT_TO_CANDIDATE"
            }""";

    @Inject
    CurrentCandidate candidate;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "tactful.security.require-verified-email", defaultValue = "true")
    boolean requireVerifiedEmail;

    @Inject
    InterviewService interviews;

    @Inject
    CreatedAnswers answers;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Log an interview", description = "Stores the interview and publishes tactful.interview.logged.v1. "
            + "Retries with the same Idempotency-Key and body get the first answer again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogInterviewRequest.class),
            examples = @ExampleObject(name = "video interview", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Logged; Location points at the interview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used for a different request",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The candidate logged the most interviews allowed per hour "
            + "(tactful.limits.new-interviews, default 10); Retry-After says when one more fits",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> log(
            @Parameter(description = "Makes retries safe: same key and body, same answer, nothing created twice") @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull @Valid LogInterviewRequest body) {
        String candidateId = candidate.id();
        checkCandidateAddress(body.candidate().email());
        URI base = uriInfo.getBaseUri();
        var key = new IdempotencyKey(idempotencyKey, "POST /api/v1/interviews", body);
        return interviews.log(candidateId, key, InterviewCommands.of(body), logged -> {
            InterviewView view = InterviewView.of(logged);
            return answers.created(base.resolve("api/v1/interviews/" + view.id()), view);
        }).map(CreatedAnswers::response);
    }

    /**
     * Drafts and reminders go to {@code candidate.email}, so it must be the signed-in candidate's own, verified
     * address (the token's {@code email} claim), or Tactful would mail whatever address a request names. Only a
     * deployment that says so ({@code tactful.security.require-verified-email=false}, the dev and test profiles)
     * takes the body's address from a token without one.
     */
    private void checkCandidateAddress(String requested) {
        var verified = candidate.verifiedEmail();
        if (verified.isEmpty()) {
            if (requireVerifiedEmail) {
                throw ProblemException.badRequest("candidate.email", "cannot be confirmed: your sign-in carries no"
                        + " verified email address, and Tactful only writes to the address you signed in with");
            }
            return;
        }
        if (requested != null && !requested.strip().equalsIgnoreCase(verified.get())) {
            throw ProblemException.badRequest("candidate.email", "must be the address you signed in with");
        }
    }

    @GET
    @Operation(summary = "List own interviews", description = "Newest interview first; filter by status and company name (any case).")
    public Uni<InterviewPage> list(
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = "Only interviews with this status", schema = @Schema(implementation = InterviewStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only interviews at this company") @QueryParam("company") String company) {
        String candidateId = candidate.id();
        int p = intParam("page", page, 0, 0, 100_000);
        int s = intParam("size", size, 20, 1, 100);
        Optional<InterviewStatus> st = Optional.ofNullable(status).filter(x -> !x.isBlank()).map(InterviewResource::status);
        Optional<String> co = Optional.ofNullable(company).filter(x -> !x.isBlank());
        if (co.isPresent() && co.get().length() > Limits.COMPANY) {
            throw ProblemException.badRequest("company", "must be at most " + Limits.COMPANY + " characters");
        }
        return interviews.list(candidateId, st, co, p, s).map(listing -> InterviewPage.of(listing, p, s));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get one own interview, with its outcomes")
    @APIResponse(responseCode = "404", description = "No such interview of this candidate",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<InterviewView> get(@PathParam("id") UUID id) {
        return interviews.get(candidate.id(), id).map(InterviewView::of);
    }

    @POST
    @Path("{id}/outcomes")
    @Operation(summary = "Log what the employer answered", description = "Updates the interview's status and publishes "
            + "tactful.interview.outcome.v1, which stops pending status checks (R8).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeRequest.class),
            examples = @ExampleObject(name = "reply", value = """
                    {"type": "REPLY_RECEIVED", "at": "2026-11-21T09:30:00+01:00", "note": null, "newDecisionExpectedBy": null}""")))
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "404", description = "No such interview of this candidate",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> addOutcome(@PathParam("id") UUID id,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull @Valid OutcomeRequest body) {
        String candidateId = candidate.id();
        URI base = uriInfo.getBaseUri();
        var key = new IdempotencyKey(idempotencyKey, "POST /api/v1/interviews/" + id + "/outcomes", body);
        return interviews.addOutcome(candidateId, id, key, InterviewCommands.of(body), logged -> answers.created(
                base.resolve("api/v1/interviews/" + id + "/outcomes/" + logged.id()), OutcomeView.of(logged)))
                .map(CreatedAnswers::response);
    }

    @GET
    @Path("{id}/outcomes/{outcomeId}")
    @Operation(summary = "Get one outcome of an own interview")
    public Uni<OutcomeView> getOutcome(@PathParam("id") UUID id, @PathParam("outcomeId") UUID outcomeId) {
        return interviews.getOutcome(candidate.id(), id, outcomeId).map(OutcomeView::of);
    }

    @PATCH
    @Path("{id}/interviewers/{interviewerId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(summary = "Change an interviewer's preferences", description = "E.g. they asked not to be contacted. "
            + "Republishes tactful.interview.logged.v1 with the next revision when anything changed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewerPatch.class),
            examples = @ExampleObject(name = "asked not to be followed up", value = "{\"askedNotToFollowUp\": true}")))
    @APIResponse(responseCode = "200", description = "The interview after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "404", description = "No such interview of this candidate, or no such interviewer",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<InterviewView> patchInterviewer(@PathParam("id") UUID id, @PathParam("interviewerId") String interviewerId,
            @NotNull @Valid InterviewerPatch body) {
        return interviews.patchInterviewer(candidate.id(), id, interviewerId, InterviewCommands.of(body)).map(InterviewView::of);
    }

    private static InterviewStatus status(String value) {
        try {
            return InterviewStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "must be one of " + java.util.Arrays.toString(InterviewStatus.values()));
        }
    }

    private static int intParam(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest(name, "must be a whole number from " + min + " to " + max);
    }
}

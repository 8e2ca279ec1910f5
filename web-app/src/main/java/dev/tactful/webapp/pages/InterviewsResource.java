package dev.tactful.webapp.pages;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import dev.tactful.webapp.api.ApiException;
import dev.tactful.webapp.api.Dtos.Delivery;
import dev.tactful.webapp.api.Dtos.Interview;
import dev.tactful.webapp.api.Dtos.InterviewSummary;
import dev.tactful.webapp.api.Dtos.InterviewerPatch;
import dev.tactful.webapp.api.Dtos.LogInterview;
import dev.tactful.webapp.api.Dtos.OutcomeRequest;
import dev.tactful.webapp.api.Dtos.Plan;
import dev.tactful.webapp.api.Dtos.SnoozeRequest;
import dev.tactful.webapp.api.InterviewApi;
import dev.tactful.webapp.api.NotifierApi;
import dev.tactful.webapp.api.PlannerApi;
import dev.tactful.webapp.session.CurrentUser;
import dev.tactful.webapp.web.ErrorPages;
import dev.tactful.webapp.web.Times;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The candidate's interviews: the board, the log form, one interview's timeline with its actions, and drafts.
 * Every call goes to the services with the candidate's own token, so another candidate's id is a 404 there and
 * here. Actions answer with a redirect (no JavaScript needed); a refusal re-renders the page with the reason.
 */
// Never blocks (reactive clients and database, templates in memory): on the event loop, where the session
// filter's reactive database check must run.
@NonBlocking
@Path("/interviews")
@Produces(MediaType.TEXT_HTML)
public class InterviewsResource {

    static final int BOARD_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Board board);

        static native TemplateInstance logForm(InterviewForm form);

        static native TemplateInstance timeline(Timeline t);

        static native TemplateInstance draft(Interview interview, Delivery delivery, String mailto, String zone);
    }

    @RestClient
    InterviewApi interviews;

    @RestClient
    PlannerApi planner;

    @RestClient
    NotifierApi notifier;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @GET
    public Uni<TemplateInstance> board() {
        String bearer = user.bearer();
        String zone = user.account().timeZone;
        return interviews.list(bearer, 0, BOARD_SIZE).chain(page -> {
            List<InterviewSummary> items = page.items();
            if (items.isEmpty()) {
                return Uni.createFrom().item(Templates.board(Board.of(items, List.of(), zone, page.total())));
            }
            List<Uni<Optional<Plan>>> plans = items.stream().map(i -> planOrEmpty(bearer, i.id())).toList();
            return Uni.join().all(plans).andFailFast()
                    .map(found -> Templates.board(Board.of(items, found, zone, page.total())));
        });
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.logForm(InterviewForm.blank(user.account()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> log(MultivaluedMap<String, String> fields) {
        InterviewForm form = InterviewForm.from(fields);
        if (form.apply(fields.getFirst("action"))) {
            return Uni.createFrom().item(Response.ok(Templates.logForm(form)).build());
        }
        // Drafts go to the address the candidate signed in with, whatever the form says (interview-service
        // accepts no other).
        form.signedInAs(user.account().signInEmail);
        LogInterview request = form.toRequest();
        if (request == null) {
            return Uni.createFrom().item(Response.status(400).entity(Templates.logForm(form)).build());
        }
        return interviews.log(user.bearer(), form.idempotencyKey(), request)
                .map(created -> Response.seeOther(URI.create("/interviews/" + created.id())).build())
                .onFailure(ApiException.class).recoverWithItem(e -> {
                    ApiException api = (ApiException) e;
                    if (api.status() != 400 && api.status() != 422) {
                        throw api;
                    }
                    form.addProblem(api.problem());
                    return Response.status(api.status()).entity(Templates.logForm(form)).build();
                });
    }

    @GET
    @Path("{id}")
    public Uni<Response> timeline(@PathParam("id") String id) {
        Optional<UUID> uuid = uuid(id);
        if (uuid.isEmpty()) {
            return Uni.createFrom().item(ErrorPages.notFound());
        }
        return render(uuid.get(), 200, null);
    }

    @POST
    @Path("{id}/followups/{followUpId}/skip")
    public Uni<Response> skip(@PathParam("id") String id, @PathParam("followUpId") String followUpId) {
        return act(id, followUpId, (interview, followUp) -> planner.skip(user.bearer(), followUp).replaceWithVoid());
    }

    @POST
    @Path("{id}/followups/{followUpId}/snooze")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> snooze(@PathParam("id") String id, @PathParam("followUpId") String followUpId, @RestForm String until) {
        Optional<Instant> at = Times.parseLocal(until, user.account().timeZone);
        if (at.isEmpty()) {
            return refuse(id, "followup-" + followUpId, "Pick the date and time to snooze it to.");
        }
        return act(id, followUpId, (interview, followUp) -> planner.snooze(user.bearer(), followUp, new SnoozeRequest(at.get()))
                .replaceWithVoid());
    }

    @POST
    @Path("{id}/outcomes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> outcome(@PathParam("id") String id, @RestForm String type, @RestForm String at, @RestForm String note,
            @RestForm String newDecisionExpectedBy, @RestForm String idempotencyKey) {
        Optional<UUID> uuid = uuid(id);
        if (uuid.isEmpty()) {
            return Uni.createFrom().item(ErrorPages.notFound());
        }
        String when = null;
        if (at != null && !at.isBlank()) {
            Optional<Instant> parsed = Times.parseLocal(at, user.account().timeZone);
            if (parsed.isEmpty()) {
                return render(uuid.get(), 400, new Timeline.Action("outcome", "Enter when it happened, e.g. 2026-11-21T09:30."));
            }
            when = parsed.get().toString();
        }
        java.time.LocalDate decision;
        try {
            decision = newDecisionExpectedBy == null || newDecisionExpectedBy.isBlank() ? null
                    : java.time.LocalDate.parse(newDecisionExpectedBy);
        } catch (java.time.DateTimeException e) {
            return render(uuid.get(), 400, new Timeline.Action("outcome", "Enter the new decision date as a date."));
        }
        OutcomeRequest body = new OutcomeRequest(blankToNull(type), when, blankToNull(note), decision);
        String key = idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100 ? null : idempotencyKey;
        return interviews.logOutcome(user.bearer(), uuid.get(), key, body)
                .map(o -> redirectTo(uuid.get()))
                .onFailure(ApiException.class).recoverWithUni(e -> refused(uuid.get(), "outcome", (ApiException) e));
    }

    @POST
    @Path("{id}/interviewers/{interviewerId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> preferences(@PathParam("id") String id, @PathParam("interviewerId") String interviewerId,
            @RestForm String askedNotToFollowUp, @RestForm String preferredChannel, @RestForm String primaryContact,
            @RestForm String email, @RestForm String timeZone) {
        Optional<UUID> uuid = uuid(id);
        if (uuid.isEmpty() || interviewerId == null || interviewerId.length() > 200) {
            return Uni.createFrom().item(ErrorPages.notFound());
        }
        InterviewerPatch patch = new InterviewerPatch(blankToNull(email), blankToNull(preferredChannel),
                "true".equals(askedNotToFollowUp), "true".equals(primaryContact) ? Boolean.TRUE : null, blankToNull(timeZone));
        return interviews.patchInterviewer(user.bearer(), uuid.get(), interviewerId, patch)
                .map(i -> redirectTo(uuid.get()))
                .onFailure(ApiException.class).recoverWithUni(e -> refused(uuid.get(), "interviewer-" + interviewerId, (ApiException) e));
    }

    @GET
    @Path("{id}/drafts/{followUpId}")
    public Uni<Response> draft(@PathParam("id") String id, @PathParam("followUpId") String followUpId) {
        Optional<UUID> interviewId = uuid(id);
        Optional<UUID> followUp = uuid(followUpId);
        if (interviewId.isEmpty() || followUp.isEmpty()) {
            return Uni.createFrom().item(ErrorPages.notFound());
        }
        String bearer = user.bearer();
        return interviews.get(bearer, interviewId.get()).chain(interview -> notifier.get(bearer, followUp.get()).map(delivery -> {
            if (!interviewId.get().equals(delivery.interviewId())) {
                return ErrorPages.notFound();
            }
            return Response.ok(Templates.draft(interview, delivery, Drafts.mailto(delivery), user.account().timeZone)).build();
        }));
    }

    // ---- helpers

    private interface FollowUpAction {
        Uni<Void> run(UUID interview, UUID followUp);
    }

    private Uni<Response> act(String id, String followUpId, FollowUpAction action) {
        Optional<UUID> interview = uuid(id);
        Optional<UUID> followUp = uuid(followUpId);
        if (interview.isEmpty() || followUp.isEmpty()) {
            return Uni.createFrom().item(ErrorPages.notFound());
        }
        return action.run(interview.get(), followUp.get())
                .map(v -> redirectTo(interview.get()))
                .onFailure(ApiException.class)
                .recoverWithUni(e -> refused(interview.get(), "followup-" + followUp.get(), (ApiException) e));
    }

    private Uni<Response> refuse(String id, String target, String message) {
        Optional<UUID> interview = uuid(id);
        if (interview.isEmpty()) {
            return Uni.createFrom().item(ErrorPages.notFound());
        }
        return render(interview.get(), 400, new Timeline.Action(target, message));
    }

    /** A 400/409/422 from a service is shown on the page next to what it was about; anything else is an error page. */
    private Uni<Response> refused(UUID interview, String target, ApiException e) {
        if (e.status() != 400 && e.status() != 409 && e.status() != 422) {
            return Uni.createFrom().failure(e);
        }
        String message = e.problem().errorsOrEmpty().isEmpty() ? e.problem().detail()
                : e.problem().errorsOrEmpty().stream().map(fe -> fe.field() + ": " + fe.message())
                        .reduce((a, b) -> a + "; " + b).orElse("");
        return render(interview, e.status(), new Timeline.Action(target, message == null ? "That was refused." : message));
    }

    private Uni<Response> render(UUID id, int status, Timeline.Action error) {
        String bearer = user.bearer();
        String zone = user.account().timeZone;
        return interviews.get(bearer, id).chain(interview -> Uni.combine().all()
                .unis(planOrEmpty(bearer, id), notifier.list(bearer, id))
                .asTuple()
                .map(t -> Response.status(status).entity(Templates.timeline(Timeline.of(interview, t.getItem1().orElse(null),
                        t.getItem2(), zone, Times.inputValue(clock.instant(), zone), error))).build()));
    }

    private Uni<Optional<Plan>> planOrEmpty(String bearer, UUID interviewId) {
        return planner.plan(bearer, interviewId).map(Optional::of)
                .onFailure(e -> e instanceof ApiException api && api.status() == 404).recoverWithItem(Optional.empty());
    }

    private static Response redirectTo(UUID interview) {
        return Response.seeOther(URI.create("/interviews/" + interview)).build();
    }

    static Optional<UUID> uuid(String s) {
        if (s == null || s.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

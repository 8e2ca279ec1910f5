package dev.tactful.notifier.api;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tactful.events.Candidate;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.InterviewDetails;
import dev.tactful.events.Policy;
import dev.tactful.events.Recipient;
import dev.tactful.notifier.delivery.OutgoingMail;
import dev.tactful.notifier.intake.MailComposer;
import dev.tactful.notifier.quality.GateInput;
import dev.tactful.notifier.quality.QualityGate;
import dev.tactful.notifier.quality.Verdict;
import dev.tactful.notifier.render.RenderedMessage;
import dev.tactful.notifier.render.Renderer;
import dev.tactful.support.auth.CurrentCandidate;
import dev.tactful.support.time.BusinessTime;
import io.quarkus.security.Authenticated;

@Path("/api/v1/previews")
@Authenticated
@Tag(name = "Previews", description = "Render a follow-up and see the quality gate's verdict, without sending")
@SecurityRequirement(name = "jwt")
public class PreviewResource {

    @Inject
    Renderer renderer;

    @Inject
    QualityGate gate;

    @Inject
    MailComposer composer;

    @Inject
    CurrentCandidate candidate;

    @Inject
    @BusinessTime
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview a follow-up", description = "Renders any kind on any channel for the given interview"
            + " details and returns the text, the gate's verdict and the email that would be sent. Nothing is stored or sent.")
    @APIResponse(responseCode = "200", description = "The rendered follow-up and verdict")
    @APIResponse(responseCode = "400", description = "Invalid input, naming the field")
    public PreviewResponse preview(@NotNull @Valid PreviewRequest request) {
        String candidateId = candidate.id();
        DeliveryMode mode = request.deliveryMode() == null ? DeliveryMode.DRAFT_TO_CANDIDATE : request.deliveryMode();
        PreviewRequest.Person r = request.recipient();
        PreviewRequest.Person c = request.candidate();
        PreviewRequest.Interview i = request.interview();
        FollowUpDue due = new FollowUpDue(
                // A fixed id: the preview's Message-ID and phrasing must not change between two identical requests.
                UUID.nameUUIDFromBytes(("preview|" + candidateId).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                UUID.nameUUIDFromBytes(("preview-interview|" + candidateId).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                candidateId, request.kind(), request.rule(), request.reason(), request.channel(),
                r == null ? null : new Recipient(null, r.name(), r.title(), r.email(), r.timeZone()),
                clock.instant(), Policy.STANDARD, mode,
                new Candidate(c.name(), c.email(), c.timeZone()),
                new InterviewDetails(i.companyName(), i.role(), i.interviewedAt(), i.format(), i.decisionExpectedBy(),
                        i.topicsDiscussed(), i.pointsToReinforce(), i.concernsToAddress(), null, null));
        RenderedMessage message = renderer.render(due);
        Verdict verdict = gate.check(new GateInput(message, due.interview(), due.recipient(), mode));
        OutgoingMail mail = composer.compose(due, mode, message);
        return new PreviewResponse(message.kind(), message.channel(), message.subject(), message.text(), message.html(),
                message.length(), new PreviewResponse.Verdict(verdict.passed(), verdict.reasons()),
                new DeliveryView.Email(mail.messageId(), mail.from(), mail.to(), mail.replyTo(), mail.subject(), mail.text()));
    }
}

package dev.tactful.planner.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.Channel;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.Policy;
import dev.tactful.events.Recipient;
import dev.tactful.planner.plan.FollowUp;
import dev.tactful.planner.plan.FollowUpStatus;
import dev.tactful.planner.plan.InterviewSnapshot;
import dev.tactful.planner.plan.PlanNote;

/** The JSON shapes of the plan API (contract: docs/architecture.md; new fields may be added, none removed or renamed). */
public final class PlanViews {

    private PlanViews() {
    }

    @Schema(name = "Recipient", description = "Who a follow-up is for")
    public record RecipientView(String name, String email, String title, String timeZone) {
        static RecipientView of(Recipient r) {
            return r == null ? null
                    : new RecipientView(r.name(), r.email(), r.title(), r.timeZone() == null ? null : r.timeZone().getId());
        }
    }

    @Schema(name = "FollowUp", description = "One planned follow-up, with the rule that produced it")
    public record FollowUpView(
            UUID id,
            @Schema(description = "Stable identity of the follow-up within its plan") String key,
            FollowUpKind kind,
            RecipientView recipient,
            Channel channel,
            FollowUpStatus status,
            @Schema(description = "When it is due, UTC") Instant dueAt,
            @Schema(description = "When it is due, in the recipient's time zone") LocalDateTime dueAtLocal,
            @Schema(description = "The recipient's time zone (IANA id)") String timeZone,
            @Schema(description = "Rule id (R1-R18)", examples = "R1") String rule,
            String reason,
            @Schema(description = "Rule that cancelled it, when cancelled") String statusRule,
            @Schema(description = "Why it was cancelled, skipped or snoozed") String statusReason,
            Instant snoozedUntil,
            Instant firedAt) {

        public static FollowUpView of(FollowUp f) {
            return new FollowUpView(f.id, f.planKey, f.kind, RecipientView.of(f.recipient()), f.channel, f.status, f.dueAt,
                    LocalDateTime.ofInstant(f.dueAt, f.zone()), f.recipientColumns.zone, f.rule, f.reason, f.statusRule,
                    f.statusReason, f.snoozedUntil, f.firedAt);
        }
    }

    @Schema(name = "PlanNote", description = "A suppression (something deliberately not planned) or a flag")
    public record NoteView(RecipientView recipient, String rule, String reason) {
        static NoteView of(PlanNote n) {
            return new NoteView(RecipientView.of(n.recipient()), n.rule, n.reason);
        }
    }

    @Schema(name = "Plan", description = "Every follow-up of an interview and everything the rules held back")
    public record PlanView(
            UUID interviewId,
            Policy policy,
            @Schema(description = "Revision of the interview this plan was made from") int revision,
            List<FollowUpView> followUps,
            List<NoteView> suppressions,
            @Schema(description = "Warnings for the candidate, e.g. R2: no interview detail recorded") List<NoteView> flags) {

        static PlanView of(InterviewSnapshot s, List<FollowUp> followUps, List<PlanNote> notes) {
            return new PlanView(s.id, s.policy, s.revision,
                    followUps.stream().map(FollowUpView::of).toList(),
                    notes.stream().filter(n -> n.noteType == PlanNote.Type.SUPPRESSION).map(NoteView::of).toList(),
                    notes.stream().filter(n -> n.noteType == PlanNote.Type.FLAG).map(NoteView::of).toList());
        }
    }

    @Schema(name = "SnoozeRequest")
    public record SnoozeRequest(
            @jakarta.validation.constraints.NotNull
            @Schema(description = "Not before this instant; moved on to the recipient's next send window", required = true)
            Instant until) {
    }
}

package dev.tactful.webapp.pages;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tactful.webapp.api.Dtos.Delivery;
import dev.tactful.webapp.api.Dtos.FollowUp;
import dev.tactful.webapp.api.Dtos.Interview;
import dev.tactful.webapp.api.Dtos.Note;
import dev.tactful.webapp.api.Dtos.Plan;
import dev.tactful.webapp.web.Times;

/** One interview's page: its plan as a timeline, each follow-up with its delivery, and the action forms. */
public record Timeline(Interview interview, boolean planned, List<Entry> entries, List<Note> suppressions, List<Note> flags,
        String zone, String nowInput, Action error) {

    /** An action's refusal, shown next to the follow-up (or form) it was about. */
    public record Action(String target, String message) {
    }

    public record Entry(FollowUp followUp, Delivery delivery, String dueForRecipient, String dueForCandidate, String zone) {
        public String kind() {
            return Labels.kind(followUp.kind());
        }

        public String channel() {
            return Labels.channel(followUp.channel());
        }

        public boolean changeable() {
            return "PLANNED".equals(followUp.status());
        }

        public boolean hasDraft() {
            return delivery != null && delivery.content() != null && delivery.content().text() != null;
        }

        public String snoozeValue() {
            return Times.inputValue(followUp.dueAt().plusSeconds(86_400), zone);
        }

        public String domId() {
            return "followup-" + followUp.id();
        }
    }

    static Timeline of(Interview interview, Plan plan, List<Delivery> deliveries, String zone, String nowInput, Action error) {
        if (plan == null) {
            return new Timeline(interview, false, List.of(), List.of(), List.of(), zone, nowInput, error);
        }
        Map<UUID, Delivery> byFollowUp = deliveries.stream()
                .collect(Collectors.toMap(Delivery::followUpId, Function.identity(), (a, b) -> b));
        List<Entry> entries = plan.followUps().stream().map(f -> new Entry(f, byFollowUp.get(f.id()),
                Times.in(f.dueAt(), f.timeZone()), Times.in(f.dueAt(), zone), zone)).toList();
        return new Timeline(interview, true, entries, nz(plan.suppressions()), nz(plan.flags()), zone, nowInput, error);
    }

    public String errorFor(String target) {
        return error != null && error.target().equals(target) ? error.message() : null;
    }

    public String interviewerError(String interviewerId) {
        return errorFor("interviewer-" + interviewerId);
    }

    /** A fresh Idempotency-Key for the outcome form: a double submit logs one outcome. */
    public String newKey() {
        return UUID.randomUUID().toString();
    }

    public String statusLabel() {
        return Labels.interviewStatus(interview.status());
    }

    public List<String> outcomeTypes() {
        return List.of("REPLY_RECEIVED", "NEXT_ROUND_SCHEDULED", "OFFER", "REJECTED", "WITHDRAWN");
    }

    public List<String> channels() {
        return InterviewForm.CHANNELS;
    }

    public String when() {
        return Times.in(interview.interviewedAt(), zone);
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }
}

package dev.tactful.webapp.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.tactful.webapp.api.Dtos.FollowUp;
import dev.tactful.webapp.api.Dtos.InterviewSummary;
import dev.tactful.webapp.api.Dtos.Plan;
import dev.tactful.webapp.web.Times;

/** The interviews board: four columns by where each interview stands. */
public record Board(List<Column> columns, long total, boolean truncated) {

    public record Column(String title, String hint, List<Card> cards) {
    }

    /** One interview; {@code next} is its earliest planned follow-up, if any. */
    public record Card(InterviewSummary interview, FollowUp next, String nextDue, boolean planPending) {
        public String statusLabel() {
            return Labels.interviewStatus(interview.status());
        }

        public String nextKind() {
            return next == null ? "" : Labels.kind(next.kind());
        }
    }

    static final Set<String> ANSWERED = Set.of("REPLIED", "NEXT_ROUND");
    static final Set<String> CLOSED = Set.of("OFFER", "REJECTED", "WITHDRAWN");

    /** Plans are matched by position; an empty one means the planner has not made it yet. */
    static Board of(List<InterviewSummary> interviews, List<Optional<Plan>> plans, String zone, long total) {
        List<Card> planned = new ArrayList<>();
        List<Card> waiting = new ArrayList<>();
        List<Card> answered = new ArrayList<>();
        List<Card> closed = new ArrayList<>();
        for (int i = 0; i < interviews.size(); i++) {
            InterviewSummary s = interviews.get(i);
            Optional<Plan> plan = plans.get(i);
            FollowUp next = plan.flatMap(p -> p.followUps().stream().filter(f -> "PLANNED".equals(f.status()))
                    .min(Comparator.comparing(FollowUp::dueAt))).orElse(null);
            Card card = new Card(s, next, next == null ? "" : Times.in(next.dueAt(), zone), plan.isEmpty());
            if (CLOSED.contains(s.status())) {
                closed.add(card);
            } else if (ANSWERED.contains(s.status())) {
                answered.add(card);
            } else if (next != null || plan.isEmpty()) {
                planned.add(card);
            } else {
                waiting.add(card);
            }
        }
        planned.sort(Comparator.comparing(c -> c.next() == null ? java.time.Instant.MAX : c.next().dueAt()));
        return new Board(List.of(
                new Column("Planned", "A follow-up is coming up", planned),
                new Column("Waiting", "Nothing left to send; waiting for the employer", waiting),
                new Column("Answered", "The employer replied or scheduled another round", answered),
                new Column("Closed", "Offer, rejection or withdrawn", closed)), total, total > interviews.size());
    }
}

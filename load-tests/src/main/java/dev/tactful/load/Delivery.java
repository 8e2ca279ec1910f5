package dev.tactful.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks "nothing lost, nothing twice" from the outside: the plans (planner REST) say which follow-ups fired; the
 * SMTP server's ledger, by Message-ID, says what arrived; {@code notification-events} says what the notifier
 * announced. Also measures each follow-up's delay from its due time (mapped to the real clock) to SMTP acceptance.
 */
final class Delivery {

    /** {@code <followup-{id}@domain>} is the follow-up's own mail; a suffix after the id marks a notice about it. */
    private static final Pattern MESSAGE_ID = Pattern.compile("^<followup-([0-9a-f-]{36})([^@]*)@");

    /** {@code toEmployer}: Tactful sends it to the employer itself (the notifier's MailComposer.toEmployer). */
    record Fired(String followUpId, String interviewId, String deliveryMode, boolean toEmployer, Instant dueAt) {
    }

    record Outcome(int interviews, int unplanned, List<Fired> fired, List<String> lost, List<String> duplicated,
            List<String> draftResends, List<String> noticeOnly, List<String> eventsNotOnce, List<String> republished, List<String> uncertain, List<String> unexpected,
            Latencies dueToSmtp, long firstAcceptedMillis, long lastAcceptedMillis, double peakPerSecond) {

        boolean clean() {
            return unplanned == 0 && lost.isEmpty() && duplicated.isEmpty() && eventsNotOnce.isEmpty() && unexpected.isEmpty();
        }
    }

    private final LocalSuite suite;
    private final TopicWatch watch;

    Delivery(LocalSuite suite, TopicWatch watch) {
        this.suite = suite;
        this.watch = watch;
    }

    /**
     * Waits until every plan is final (no PLANNED follow-up left), then until every fired follow-up has its mail
     * and its notification event, then that nothing more arrives for a few seconds, and accounts.
     * {@code known} are the follow-up ids of every run so far: mail for anything else is unexpected.
     */
    Outcome account(List<Ingest.Posted> posted, Duration timeout, Set<String> known) {
        Map<String, List<Fired>> byInterview = awaitFinalPlans(posted, timeout);
        List<Fired> fired = byInterview.values().stream().flatMap(List::stream).toList();
        fired.forEach(f -> known.add(f.followUpId()));
        Await.until(timeout, Duration.ofSeconds(1), () -> {
            Map<String, Mail> mail = mailByFollowUp();
            // An UNCERTAIN direct send has a notice to the candidate and, in the contract, no notification event.
            return fired.stream().allMatch(f -> mail.containsKey(f.followUpId())
                    && (watch.notificationEvents.containsKey(f.followUpId()) || mail.get(f.followUpId()).uncertain()));
        });
        // A late duplicate (a redelivery after a crash) would change the counts: they must stay put a while.
        Await.until(Duration.ofSeconds(60), Duration.ofMillis(1), () -> {
            int before = countAll();
            return Await.holds(Duration.ofSeconds(4), Duration.ofSeconds(1), () -> countAll() == before);
        });
        Map<String, Mail> mail = mailByFollowUp();
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        List<String> draftResends = new ArrayList<>();
        List<String> noticeOnly = new ArrayList<>();
        List<String> eventsNotOnce = new ArrayList<>();
        List<String> republished = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        Latencies delays = new Latencies();
        long first = Long.MAX_VALUE;
        long lastAccepted = 0;
        List<Long> acceptedAt = new ArrayList<>();
        for (Fired f : fired) {
            Mail m = mail.get(f.followUpId());
            if (m == null) {
                lost.add(f.followUpId());
            } else if (m.own.isEmpty()) {
                noticeOnly.add(f.followUpId());
            } else {
                long accepted = m.own.get(0);
                acceptedAt.add(accepted);
                first = Math.min(first, accepted);
                lastAccepted = Math.max(lastAccepted, accepted);
                long due = suite.clock.realInstantOf(f.dueAt()).toEpochMilli();
                delays.add(Math.max(0, accepted - due) * 1000);
                if (m.own.size() > 1) {
                    // The notifier resends an interrupted mail to the candidate (a draft, a reminder, a keep-searching
                    // note, in either mode) with the same Message-ID, by design; mail to an employer never twice.
                    (f.toEmployer() ? duplicated : draftResends).add(f.followUpId());
                }
            }
            List<String> events = watch.notificationEvents.getOrDefault(f.followUpId(), List.of());
            long distinct = events.stream().distinct().count();
            if (m != null && m.uncertain()) {
                uncertain.add(f.followUpId());
                if (distinct > 1) {
                    eventsNotOnce.add(f.followUpId() + " " + events);
                }
            } else if (distinct != 1) {
                eventsNotOnce.add(f.followUpId() + " " + events);
            } else if (events.size() > 1) {
                // Same ce_id again: the outbox relay re-published after a crash; consumers drop it by id, by design.
                republished.add(f.followUpId());
            }
        }
        Set<String> firedIds = new HashSet<>();
        fired.forEach(f -> firedIds.add(f.followUpId()));
        List<String> unexpected = mail.keySet().stream().filter(id -> !known.contains(id)).sorted().toList();
        int unplanned = (int) posted.stream().filter(p -> !byInterview.containsKey(p.interviewId())).count();
        return new Outcome(posted.size(), unplanned, fired, lost, duplicated, draftResends, noticeOnly, eventsNotOnce,
                republished, uncertain, unexpected, delays, first == Long.MAX_VALUE ? 0 : first, lastAccepted,
                peakPerSecond(acceptedAt, PEAK_WINDOW_MILLIS));
    }

    static final long PEAK_WINDOW_MILLIS = 10_000;

    /**
     * The most follow-ups accepted by SMTP in any window of {@code windowMillis}, per second. With a business clock
     * that spreads due times over the run, the average rate measures the clock; this measures what the suite can
     * deliver when a backlog is due at once.
     */
    static double peakPerSecond(List<Long> acceptedMillis, long windowMillis) {
        List<Long> sorted = acceptedMillis.stream().sorted().toList();
        int best = 0;
        for (int start = 0, end = 0; end < sorted.size(); end++) {
            while (sorted.get(end) - sorted.get(start) >= windowMillis) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best * 1000.0 / windowMillis;
    }

    private int countAll() {
        return suite.infra.acceptedMail().values().stream().mapToInt(List::size).sum()
                + watch.notificationEvents.values().stream().mapToInt(List::size).sum();
    }

    private record Mail(List<Long> own, List<String> notices) {

        boolean uncertain() {
            return notices.contains(".uncertain");
        }
    }

    private Map<String, Mail> mailByFollowUp() {
        Map<String, Mail> byFollowUp = new HashMap<>();
        suite.infra.acceptedMail().forEach((messageId, accepted) -> {
            Matcher m = MESSAGE_ID.matcher(messageId);
            if (m.find()) {
                Mail mail = byFollowUp.computeIfAbsent(m.group(1), k -> new Mail(new ArrayList<>(), new ArrayList<>()));
                if (m.group(2).isEmpty()) {
                    mail.own.addAll(accepted.stream().sorted().toList());
                } else {
                    accepted.forEach(a -> mail.notices.add(m.group(2)));
                }
            }
        });
        return byFollowUp;
    }

    /**
     * Polls {@code GET /api/v1/plans/{id}} until each plan exists and has no PLANNED follow-up left. A plan is asked
     * again only once its last PLANNED follow-up is due (mapped to the real clock): polling every open plan every
     * half second put more load on the planner than the suite's own work, and the figures measured the harness.
     */
    private Map<String, List<Fired>> awaitFinalPlans(List<Ingest.Posted> posted, Duration timeout) {
        Map<String, List<Fired>> done = new ConcurrentHashMap<>();
        Map<String, Long> askAgainAt = new ConcurrentHashMap<>();
        Await.until(timeout, Duration.ofMillis(500), () -> {
            long now = System.currentTimeMillis();
            List<Ingest.Posted> open = posted.stream().filter(p -> !done.containsKey(p.interviewId()))
                    .filter(p -> askAgainAt.getOrDefault(p.interviewId(), 0L) <= now).toList();
            for (int i = 0; i < open.size(); i += 32) {
                List<CompletableFuture<Void>> batch = new ArrayList<>();
                for (Ingest.Posted p : open.subList(i, Math.min(open.size(), i + 32))) {
                    batch.add(Http.send(Http.request(suite.planner.baseUrl() + "/api/v1/plans/" + p.interviewId(),
                            p.candidateId()).GET().build()).thenAccept(r -> {
                                if (r.statusCode() != 200) {
                                    askAgainAt.put(p.interviewId(), System.currentTimeMillis() + 1_000);
                                    return;
                                }
                                JsonNode plan = Http.json(r.body());
                                finalPlan(p, plan).ifPresentOrElse(f -> done.put(p.interviewId(), f),
                                        () -> askAgainAt.put(p.interviewId(), lastPlannedDue(plan) + 500));
                            }).exceptionally(e -> null));
                }
                CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).join();
            }
            return done.size() == posted.size();
        });
        return done;
    }

    /** When the plan's last PLANNED follow-up falls due, in real epoch milliseconds. */
    private long lastPlannedDue(JsonNode plan) {
        long last = System.currentTimeMillis();
        for (JsonNode f : plan.path("followUps")) {
            if ("PLANNED".equals(f.path("status").asText())) {
                last = Math.max(last, suite.clock.realInstantOf(Instant.parse(f.path("dueAt").asText())).toEpochMilli());
            }
        }
        return last;
    }

    private static java.util.Optional<List<Fired>> finalPlan(Ingest.Posted p, JsonNode plan) {
        List<Fired> fired = new ArrayList<>();
        for (JsonNode f : plan.path("followUps")) {
            String status = f.path("status").asText();
            if ("PLANNED".equals(status)) {
                return java.util.Optional.empty();
            }
            if ("FIRED".equals(status)) {
                boolean toEmployer = "SEND_DIRECT".equals(p.deliveryMode()) && "EMAIL".equals(f.path("channel").asText())
                        && dev.tactful.events.FollowUpKind.valueOf(f.path("kind").asText()).employerFacing();
                fired.add(new Fired(f.path("id").asText(), p.interviewId(), p.deliveryMode(), toEmployer,
                        Instant.parse(f.path("dueAt").asText())));
            }
        }
        return java.util.Optional.of(fired);
    }
}

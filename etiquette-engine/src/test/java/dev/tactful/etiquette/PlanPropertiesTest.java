package dev.tactful.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Invariants of the engine over generated interviews: zones all over the world, any hour on any weekday (with extra
 * weight on daylight-saving transition dates), 1-6 interviewers, every policy, random outcomes and a random now.
 * The checks below recompute windows, counts and spacing independently of the engine's own classes.
 */
class PlanPropertiesTest {

    private static final EtiquetteEngine ENGINE = new EtiquetteEngine(EngineSettings.defaults());
    private static final Pattern RULE = Pattern.compile("R([1-9]|1[0-6])");
    private static final Duration WEEK = Duration.ofDays(7);

    /** Transition days in several hemispheres (US, EU, NZ, AU, Chile) from 2025 to 2027. */
    private static final List<LocalDate> DST_DAYS = List.of(
            "2025-03-09", "2025-11-02", "2026-03-08", "2026-11-01", "2027-03-14", "2027-11-07",
            "2025-03-30", "2025-10-26", "2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31",
            "2026-04-05", "2026-09-27", "2026-10-04", "2026-04-04", "2026-09-06").stream().map(LocalDate::parse).toList();

    private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();

    record Scenario(Interview interview, List<Outcome> outcomes, Instant now) {
        @Override
        public String toString() {
            return "Scenario[" + interview + ", outcomes=" + outcomes + ", now=" + now + "]";
        }
    }

    // ---------------------------------------------------------------- invariants

    @Property
    void employerMessagesFallInsideRecipientBusinessHours(@ForAll("scenarios") Scenario s) {
        for (PlannedFollowUp f : plan(s).followUps()) {
            ZoneId zone = f.recipient().timeZone();
            if (f.kind().employerFacing() && !"R14".equals(f.rule())) {
                ZonedDateTime local = f.dueAt().atZone(zone);
                assertThat(local.getDayOfWeek()).as("business day for %s", f).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(local.toLocalTime()).as("business hours for %s", f)
                        .isAfterOrEqualTo(LocalTime.of(9, 0)).isBefore(LocalTime.of(17, 0));
            } else {
                // candidate reminders and R14 note reminders: never in the candidate's night (21:00-08:00)
                assertThat(zone).isEqualTo(candidateZone(s.interview()));
                LocalTime t = f.dueAt().atZone(zone).toLocalTime();
                assertThat(t.isBefore(LocalTime.of(8, 0)) || !t.isBefore(LocalTime.of(21, 0)))
                        .as("quiet hours for %s", f).isFalse();
            }
        }
    }

    @Property
    void everyContactableInterviewerIsThankedExactlyOnceOrTheReasonIsRecorded(@ForAll("scenarios") Scenario s) {
        Plan plan = plan(s);
        Agency agency = s.interview().agency();
        boolean routed = agency != null && agency.requiresRouting();
        for (Interviewer iv : s.interview().interviewers()) {
            List<PlannedFollowUp> thanks = plan.followUps().stream()
                    .filter(f -> f.kind() == FollowUpKind.THANK_YOU && iv.id().equals(f.recipient().interviewerId()))
                    .toList();
            if (iv.askedNotToFollowUp()) {
                assertThat(thanks).isEmpty();
                assertThat(suppressedFor(plan, iv, "R3")).isNotEmpty();
            } else if (routed) {
                assertThat(thanks).isEmpty();
                assertThat(suppressedFor(plan, iv, "R5")).isNotEmpty();
            } else if (!contactable(iv)) {
                assertThat(thanks).isEmpty();
                assertThat(suppressedFor(plan, iv, "R4")).isNotEmpty();
            } else if (thanks.isEmpty()) {
                assertThat(suppressedFor(plan, iv, "R8")).as("R8 explains the missing thank-you to %s", iv.id())
                        .anyMatch(r -> r.reason().contains("thank-you"));
            } else {
                assertThat(thanks).hasSize(1);
            }
        }
        long agencyThanks = plan.followUps().stream().filter(f -> f.key().equals("THANK_YOU/agency/EMAIL")).count();
        assertThat(agencyThanks).isLessThanOrEqualTo(routed ? 1 : 0);
    }

    @Property
    void nobodyWhoOptedOutGetsAnything(@ForAll("scenarios") Scenario s) {
        Set<String> optedOut = new HashSet<>();
        s.interview().interviewers().stream().filter(Interviewer::askedNotToFollowUp).forEach(i -> optedOut.add(i.id()));
        assertThat(plan(s).followUps()).noneMatch(f -> optedOut.contains(f.recipient().interviewerId()));
    }

    @Property
    void touchCountsRespectThePolicy(@ForAll("scenarios") Scenario s) {
        Plan plan = plan(s);
        Policy policy = s.interview().policy();
        Map<String, Integer> messages = new HashMap<>();
        Map<String, Integer> checks = new HashMap<>();
        Map<String, Integer> linkedin = new HashMap<>();
        for (PlannedFollowUp f : plan.followUps()) {
            if (!f.kind().employerFacing()) {
                continue;
            }
            String person = person(f.recipient());
            if (f.kind() == FollowUpKind.LINKEDIN_CONNECT) {
                linkedin.merge(person, 1, Integer::sum);
            } else {
                messages.merge(person, 1, Integer::sum);
            }
            if (f.kind() == FollowUpKind.STATUS_CHECK) {
                checks.merge(person, 1, Integer::sum);
            }
            if (policy == Policy.ONE_AND_DONE) {
                assertThat(f.kind()).isEqualTo(FollowUpKind.THANK_YOU);
            }
            if (policy != Policy.PERSISTENT) {
                assertThat(f.kind()).isNotEqualTo(FollowUpKind.LINKEDIN_CONNECT);
            }
            if (f.kind() == FollowUpKind.STATUS_CHECK || f.kind() == FollowUpKind.LINKEDIN_CONNECT
                    || f.kind() == FollowUpKind.GRACIOUS_CLOSE) {
                assertThat(primaryId(s.interview())).isEqualTo(f.recipient().interviewerId());
            }
        }
        assertThat(messages.values()).allMatch(n -> n <= 3);
        assertThat(linkedin.values()).allMatch(n -> n <= 1);
        assertThat(checks.values()).allMatch(n -> n <= (policy == Policy.PERSISTENT ? 2 : 1));
    }

    @Property
    void aWeekBetweenTwoMessagesToOnePersonOnOneChannel(@ForAll("scenarios") Scenario s) {
        List<PlannedFollowUp> employer = plan(s).followUps().stream().filter(f -> f.kind().employerFacing()).toList();
        for (int i = 0; i < employer.size(); i++) {
            for (int j = i + 1; j < employer.size(); j++) {
                PlannedFollowUp a = employer.get(i);
                PlannedFollowUp b = employer.get(j);
                // A kept promise (R13) is the one exception: the interviewer explicitly agreed to it.
                if (a.channel() == b.channel() && person(a.recipient()).equals(person(b.recipient()))
                        && !"R13".equals(a.rule()) && !"R13".equals(b.rule())) {
                    assertThat(Duration.between(a.dueAt(), b.dueAt()).abs()).as("%s vs %s", a, b)
                            .isGreaterThanOrEqualTo(WEEK);
                }
            }
        }
    }

    @Property
    void nothingAfterAnOutcomeButTheGraciousClose(@ForAll("scenarios") Scenario s) {
        Plan plan = plan(s);
        Instant first = s.outcomes().stream().map(Outcome::at).min(Instant::compareTo).orElse(null);
        boolean rejected = s.outcomes().stream().anyMatch(o -> o.type() == OutcomeType.REJECTED);
        for (PlannedFollowUp f : plan.followUps()) {
            if (f.kind() == FollowUpKind.GRACIOUS_CLOSE) {
                assertThat(rejected).isTrue();
                assertThat(s.interview().policy()).isNotEqualTo(Policy.ONE_AND_DONE);
            } else if (first != null) {
                assertThat(f.dueAt()).as("%s after the outcome at %s", f, first).isBeforeOrEqualTo(first);
            }
        }
        assertThat(plan.followUps().stream().filter(f -> f.kind() == FollowUpKind.GRACIOUS_CLOSE)).hasSizeLessThan(2);
    }

    @Property
    void everythingNamesARuleAndAReadableReason(@ForAll("scenarios") Scenario s) {
        Plan plan = plan(s);
        for (PlannedFollowUp f : plan.followUps()) {
            assertThat(f.rule()).matches(RULE);
            assertThat(f.reason()).isNotBlank().doesNotContain("@").doesNotContain("null");
            assertThat(f.recipient()).isNotNull();
            assertThat(f.channel()).isNotNull();
        }
        List<Suppression> all = new ArrayList<>(plan.suppressions());
        all.addAll(plan.flags());
        for (Suppression x : all) {
            assertThat(x.rule()).matches(RULE);
            assertThat(x.reason()).isNotBlank().doesNotContain("@").doesNotContain("null");
            assertThat(x.recipient()).isNotNull();
        }
    }

    @Property
    void nothingIsDueBeforeTheInterviewWasLogged(@ForAll("scenarios") Scenario s) {
        Instant logged = s.interview().loggedAt();
        assertThat(plan(s).followUps()).allMatch(f -> !f.dueAt().isBefore(logged));
    }

    @Property
    void planIgnoresOutcomeOrderAndIsRepeatable(@ForAll("scenarios") Scenario s, @ForAll Random random) {
        Plan plan = plan(s);
        List<Outcome> shuffled = new ArrayList<>(s.outcomes());
        Collections.shuffle(shuffled, random);
        assertThat(ENGINE.plan(s.interview(), shuffled, s.now())).isEqualTo(plan);
        assertThat(ENGINE.plan(s.interview(), s.outcomes(), s.now())).isEqualTo(plan);
        // A later now does not change anything either: plans diff cleanly by key.
        assertThat(ENGINE.plan(s.interview(), s.outcomes(), s.now().plus(Duration.ofDays(3)))).isEqualTo(plan);
    }

    @Property
    void keysAreUnique(@ForAll("scenarios") Scenario s) {
        List<String> keys = plan(s).followUps().stream().map(PlannedFollowUp::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    /** Guards the generators: every planning rule must actually show up in a fair share of the generated plans. */
    @Property
    @StatisticsReport(onFailureOnly = true)
    void generatedScenariosReachEveryPlanningRule(@ForAll("scenarios") Scenario s) {
        Plan plan = plan(s);
        Set<String> seen = new HashSet<>();
        plan.followUps().forEach(f -> seen.add(f.rule()));
        plan.suppressions().forEach(x -> seen.add(x.rule()));
        plan.flags().forEach(x -> seen.add(x.rule()));
        for (String rule : PLANNING_RULES) {
            Statistics.label(rule).collect(seen.contains(rule));
        }
        for (String rule : PLANNING_RULES) {
            Statistics.label(rule).coverage(c -> c.check(true).percentage(p -> p >= 0.5));
        }
    }

    private static final List<String> PLANNING_RULES = List.of("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9",
            "R10", "R12", "R13", "R14", "R15");

    // ---------------------------------------------------------------- helpers

    private static Plan plan(Scenario s) {
        return ENGINE.plan(s.interview(), s.outcomes(), s.now());
    }

    private static List<Suppression> suppressedFor(Plan plan, Interviewer iv, String rule) {
        return plan.suppressions().stream()
                .filter(x -> x.rule().equals(rule) && iv.id().equals(x.recipient().interviewerId())).toList();
    }

    private static boolean contactable(Interviewer iv) {
        Channel p = iv.preferredChannel();
        return p == Channel.HANDWRITTEN_NOTE || p == Channel.PHONE || iv.email() != null;
    }

    private static String person(Recipient r) {
        return r.interviewerId() != null ? "iv:" + r.interviewerId() : "other:" + r.name();
    }

    private static String primaryId(Interview interview) {
        return interview.interviewers().stream().filter(Interviewer::primaryContact).map(Interviewer::id).findFirst()
                .orElse(interview.interviewers().size() == 1 ? interview.interviewers().get(0).id() : null);
    }

    private static ZoneId candidateZone(Interview interview) {
        return interview.candidate().timeZone() != null ? interview.candidate().timeZone()
                : Objects.requireNonNull(interview.company().timeZone());
    }

    // ---------------------------------------------------------------- generators

    record When(ZoneId zone, LocalDate date, LocalTime time, int minutes) {
    }

    record People(List<Interviewer> interviewers, Agency agency, ZoneId candidateZone, ZoneId companyZone) {
    }

    record Terms(Policy policy, Integer decisionOffset, FollowUpPromise promiseTemplate, Integer promiseOffset,
            boolean details) {
    }

    record OutcomeSpec(OutcomeType type, long minutesAfterEnd, Integer newDateOffset, UUID id) {
    }

    record Timing(long loggedMinutesAfterEnd, long nowMinutesAfterLogged) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
        Arbitrary<LocalDate> anyDate = Arbitraries.integers().between(0, 3 * 365)
                .map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
        Arbitrary<LocalDate> nearDst = Combinators.combine(Arbitraries.of(DST_DAYS), Arbitraries.integers().between(-3, 3))
                .as((d, k) -> d.plusDays(k));
        Arbitrary<LocalDate> dates = Arbitraries.frequencyOf(Tuple.of(1, anyDate), Tuple.of(1, nearDst));
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
        Arbitrary<When> when = Combinators.combine(zones, dates, times, Arbitraries.integers().between(15, 240))
                .as(When::new);

        Arbitrary<Interviewer> interviewer = Combinators.combine(
                Arbitraries.integers().between(0, 99).map(n -> n < 88),                        // has work email
                Arbitraries.integers().between(0, 99).map(n -> n < 50),                        // has LinkedIn profile
                Arbitraries.of(Channel.class).injectNull(0.3),
                Arbitraries.integers().between(0, 99).map(n -> n < 15),                        // asked not to follow up
                Arbitraries.integers().between(0, 99).map(n -> n < 35),                        // primary contact
                zones.injectNull(0.5))
                .as((email, li, channel, optOut, primary, zone) -> new Interviewer("tmp", "tmp", "Engineer",
                        email ? "x@northwind.example" : null, li ? "https://www.linkedin.com/in/x" : null, channel,
                        optOut, primary, zone));
        Arbitrary<List<Interviewer>> panel = interviewer.list().ofMinSize(1).ofMaxSize(6).map(PlanPropertiesTest::named);
        Arbitrary<Agency> agency = Combinators.combine(Arbitraries.of(true, false),
                        Arbitraries.of("kim@bridge.example", null))
                .as((routing, email) -> new Agency("Bridge Talent", email, routing)).injectNull(0.6);
        Arbitrary<People> people = Combinators.combine(panel, agency, zones.injectNull(0.1), zones.injectNull(0.1))
                .as(People::new);

        Arbitrary<FollowUpPromise> promise = Arbitraries.of(Channel.class)
                .map(c -> new FollowUpPromise(c, null)).injectNull(0.7);
        Arbitrary<Terms> terms = Combinators.combine(Arbitraries.of(Policy.class),
                        Arbitraries.integers().between(-3, 30).injectNull(0.4), promise,
                        Arbitraries.integers().between(-2, 21), Arbitraries.integers().between(0, 99).map(n -> n < 80))
                .as(Terms::new);

        Arbitrary<OutcomeSpec> outcome = Combinators.combine(Arbitraries.of(OutcomeType.class),
                        Arbitraries.longs().between(-60, 45L * 24 * 60).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.integers().between(0, 30).injectNull(0.7),
                        Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong())))
                .as(OutcomeSpec::new);
        Arbitrary<List<OutcomeSpec>> outcomes = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.<OutcomeSpec>of())),
                Tuple.of(3, outcome.list().ofMinSize(1).ofMaxSize(3)));
        Arbitrary<Timing> timing = Combinators.combine(
                        Arbitraries.longs().between(-120, 5L * 24 * 60),
                        Arbitraries.longs().between(0, 60L * 24 * 60))
                .as(Timing::new);

        return Combinators.combine(when, people, terms, outcomes, timing).as(PlanPropertiesTest::scenario);
    }

    private static List<Interviewer> named(List<Interviewer> raw) {
        List<Interviewer> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Interviewer r = raw.get(i);
            out.add(new Interviewer("iv-" + (i + 1), "Person " + (i + 1), r.title(),
                    r.email() == null ? null : "p" + (i + 1) + "@northwind.example", r.linkedinUrl(),
                    r.preferredChannel(), r.askedNotToFollowUp(), r.primaryContact(), r.timeZone()));
        }
        return out;
    }

    private static Scenario scenario(When when, People people, Terms terms, List<OutcomeSpec> specs, Timing timing) {
        ZoneId companyZone = people.companyZone() != null ? people.companyZone() : when.zone();
        Instant start = ZonedDateTime.of(when.date(), when.time(), when.zone()).toInstant();
        Instant end = start.plus(Duration.ofMinutes(when.minutes()));
        LocalDate day = when.date();
        LocalDate decision = terms.decisionOffset() == null ? null : day.plusDays(terms.decisionOffset());
        FollowUpPromise promise = terms.promiseTemplate() == null ? null
                : new FollowUpPromise(terms.promiseTemplate().channel(), day.plusDays(terms.promiseOffset()));
        List<String> topics = terms.details() ? List.of("latency budgets") : List.of();
        Instant logged = end.plus(Duration.ofMinutes(timing.loggedMinutesAfterEnd()));
        Interview interview = new Interview(new Candidate("Rowan Tester", "rowan@example.org", people.candidateZone()),
                new Company("Northwind", companyZone), start, end,
                people.interviewers(), people.agency(), decision, topics, List.of(), List.of(), promise, terms.policy(),
                logged);
        List<Outcome> outcomes = specs.stream().map(o -> new Outcome(o.id(), o.type(),
                end.plus(Duration.ofMinutes(o.minutesAfterEnd())),
                o.newDateOffset() == null ? null : day.plusDays(o.newDateOffset()))).toList();
        return new Scenario(interview, outcomes, logged.plus(Duration.ofMinutes(timing.nowMinutesAfterLogged())));
    }
}

package dev.tactful.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tactful.events.Topics;

/** The phases of one run, in order, on one suite; each adds its rows to the report and keeps its outcome. */
final class LoadRun implements AutoCloseable {

    private final Options options;
    private final Report report;
    final LocalSuite suite;
    final TopicWatch watch;
    private final Set<String> knownFollowUps = new HashSet<>();
    private final Map<String, Long> idleRss = new LinkedHashMap<>();
    private final List<Ingest.Posted> ingested = new ArrayList<>();
    private final CpuMeter cpu;
    private CpuMeter.Sample ingestStarted;
    double kafkaRecordsPerSecond = Double.NaN;
    Delivery.Outcome endToEnd;
    Delivery.Outcome chaos;
    Backlog.Result chaosBacklog;
    Fuzz.Result fuzz;
    final List<Poison.Result> poison = new ArrayList<>();

    LoadRun(Options options, Report report) {
        this.options = options;
        this.report = report;
        System.setProperty("tactful.root", options.root().toString());
        suite = new LocalSuite(new LocalSuite.Settings(options.root(), options.workDir(), options.clockRate(),
                options.javaOptions(), Duration.ofMinutes(3)));
        watch = new TopicWatch(suite.infra.kafkaBootstrap);
        cpu = new CpuMeter(suite);
        report.settings.put("business clock", suite.clock.rate() + "x from " + suite.clock.epoch());
        for (ServiceProcess s : suite.services()) {
            idleRss.put(s.name, s.rssKib());
        }
    }

    void execute() throws Exception {
        if (options.has("baseline")) {
            baseline();
        }
        if (options.has("ingest")) {
            ingest();
        }
        if (options.has("e2e") && !ingested.isEmpty()) {
            endToEnd = new Delivery(suite, watch).account(ingested, options.timeout(), knownFollowUps);
            reportDelivery("e2e", endToEnd, ingested);
            if (ingestStarted != null) {
                // From the first POST to the last mail: what each process spent on one follow-up, all work included.
                CpuMeter.PerUnit used = CpuMeter.perUnit(ingestStarted, cpu.sample(), endToEnd.fired().size());
                report.add("3 end to end", "CPU ms per follow-up (ingest included)", used.totalMillis(), used.breakdown());
            }
        }
        if (options.has("chaos")) {
            chaos();
        }
        if (options.has("fuzz")) {
            fuzz();
        }
        if (options.has("poison")) {
            for (String topic : List.of(Topics.INTERVIEW_EVENTS, Topics.FOLLOWUPS_DUE)) {
                poison(topic);
            }
        }
        footprint();
    }

    private void baseline() throws Exception {
        Baseline.Result b = Baseline.run(suite, options.kafkaRecords(), options.pgInserts(), 8);
        kafkaRecordsPerSecond = b.recordsPerSecond();
        report.add("1 baseline", "raw Kafka records/s", b.recordsPerSecond(),
                b.records() + " records of " + b.recordBytes() + " B + CE headers, acks=all, idempotent, one producer");
        report.add("1 baseline", "raw PostgreSQL interviews/s", b.transactionsPerSecond(),
                b.transactions() + " tx of interview+outbox+idempotency rows, " + b.connections() + " JDBC connections");
    }

    private void ingest() {
        InterviewGenerator generator = new InterviewGenerator(42, "e2e");
        Ingest ingest = new Ingest(suite, generator, false);
        ingestStarted = cpu.sample();
        // Warm-up: the services' first requests pay for class loading and the JIT.
        ingested.addAll(ingest.saturate("warm-up", Math.min(200, options.interviews()), 8).posted());
        CpuMeter.Sample before = cpu.sample();
        Ingest.Result saturated = ingest.saturate("saturation", options.interviews(), options.concurrency());
        reportIngest(saturated, options.concurrency() + " concurrent");
        // The planner and notifier work on what arrives meanwhile: their share is part of what ingest costs.
        CpuMeter.PerUnit used = CpuMeter.perUnit(before, cpu.sample(), saturated.requests());
        report.add("2 ingest", "saturation CPU ms per interview", used.totalMillis(), used.breakdown());
        Ingest.Result rate = ingest.atRate("fixed rate", options.rateInterviews(), options.rate());
        reportIngest(rate, String.format("%.0f/s offered", options.rate()));
        ingested.addAll(saturated.posted());
        ingested.addAll(rate.posted());
        Latencies lag = new Latencies();
        Await.until(Duration.ofSeconds(60), Duration.ofMillis(500),
                () -> ingested.stream().allMatch(p -> watch.interviewFirstSeenMillis.containsKey(p.interviewId())));
        for (Ingest.Posted p : ingested) {
            Long seen = watch.interviewFirstSeenMillis.get(p.interviewId());
            if (seen != null) {
                lag.add(Math.max(0, seen - p.respondedAtMillis()) * 1000);
            }
        }
        report.add("2 ingest", "outbox lag p50 / p99 ms", String.format("%.0f / %.0f", lag.percentileMillis(50),
                lag.percentileMillis(99)), "Kafka record timestamp minus the POST's response (clamped at 0)");
    }

    private void reportIngest(Ingest.Result r, String how) {
        report.add("2 ingest", r.label() + " interviews/s", r.perSecond(), r.requests() + " POSTs, " + how);
        report.add("2 ingest", r.label() + " p50 / p99 / max ms", String.format("%.0f / %.0f / %.0f",
                r.latencies().percentileMillis(50), r.latencies().percentileMillis(99), r.latencies().maxMillis()), how);
        report.add("2 ingest", r.label() + " errors", r.errors().size(), "statuses " + r.statuses() + "; "
                + r.transportFailures() + " timeouts or connection failures, retried with the same Idempotency-Key so the interview is known");
        if (!r.errors().isEmpty()) {
            report.problem(r.label() + ": " + r.errors().size() + " failed POSTs, e.g. " + r.errors().get(0));
        }
    }

    private void reportDelivery(String phase, Delivery.Outcome o, List<Ingest.Posted> posted) {
        long firstPost = posted.stream().mapToLong(Ingest.Posted::respondedAtMillis).min().orElse(0);
        double seconds = (o.lastAcceptedMillis() - firstPost) / 1000.0;
        double perSecond = o.fired().size() / Math.max(0.001, seconds);
        String p = "3".equals(phase) ? phase : phase.equals("e2e") ? "3 end to end" : "4 chaos";
        report.add(p, "follow-ups due (FIRED in the plans)", o.fired().size(), o.interviews() + " interviews");
        report.add(p, "follow-ups/s, POST to SMTP", perSecond, String.format("%.1f s from the first POST to the last acceptance", seconds));
        report.add(p, "follow-ups/s, busiest 10 s at SMTP", o.peakPerSecond(), "what the suite delivers when a backlog is due");
        if (!Double.isNaN(kafkaRecordsPerSecond)) {
            report.add(p, "ratio to raw Kafka records/s", String.format("%.4f", perSecond / kafkaRecordsPerSecond), "");
        }
        report.add(p, "dueAt to SMTP p50 / p99 ms", String.format("%.0f / %.0f", o.dueToSmtp().percentileMillis(50),
                o.dueToSmtp().percentileMillis(99)), "due time mapped to the real clock");
        report.add(p, "lost / duplicated (by Message-ID)", o.lost().size() + " / " + o.duplicated().size(),
                "plus " + o.draftResends().size() + " drafts resent with the same Message-ID, " + o.uncertain().size()
                        + " UNCERTAIN (candidate told), " + o.noticeOnly().size() + " notice only");
        report.add(p, "notification events not exactly once", o.eventsNotOnce().size(),
                "counted by distinct ce_id; " + o.republished().size() + " re-published with the same ce_id (dropped by id; "
                        + "a new record, not the watch reading one twice: " + watch.reread.get() + " records re-read so far, ignored)");
        report.add(p, "interviews never planned / unexpected mail", o.unplanned() + " / " + o.unexpected().size(), "");
        if (!o.clean()) {
            report.problem(phase + ": lost " + o.lost() + ", duplicated " + o.duplicated() + ", events not once "
                    + o.eventsNotOnce() + ", unplanned " + o.unplanned() + ", unexpected " + o.unexpected());
        }
    }

    private void chaos() {
        Chaos chaosRun = new Chaos(suite, watch);
        Ingest ingest = new Ingest(suite, new InterviewGenerator(4242, "chaos"), true);
        double rate = Math.max(5, Math.min(options.rate(), options.chaosInterviews() / 20.0));
        Ingest.Result posted = chaosRun.run(ingest, options.chaosInterviews(), rate,
                new Chaos.Plan(true, true, true, true, options.smtpOutage()));
        chaosRun.log.forEach(l -> report.add("4 chaos", "action", l, ""));
        report.add("4 chaos", "POST errors after retries / retries", posted.errors().size() + " / " + posted.retries(),
                "same Idempotency-Key on every retry");
        if (!posted.errors().isEmpty()) {
            report.problem("chaos ingest: " + posted.errors().size() + " POSTs failed, e.g. " + posted.errors().get(0));
        }
        chaos = new Delivery(suite, watch).account(posted.posted(), options.timeout(), knownFollowUps);
        reportDelivery("chaos", chaos, posted.posted());
        chaosBacklog = backlog("4 chaos");
    }

    /**
     * After an accounted run: every outbox row published or parked, every service's consumer group at the end of
     * the topic it consumes. Reported (a problem when violated) and returned for the verify-time test.
     */
    Backlog.Result backlog(String phase) {
        Backlog.Result b = new Backlog(suite).settle(Duration.ofSeconds(60));
        report.add(phase, "outbox rows stuck (neither published nor parked)", b.stuckTotal(),
                "rows / published / parked / stuck per database: " + b.outbox() + "; parked " + b.parked());
        report.add(phase, "consumer lag (end minus committed offsets)", b.lagTotal(), b.lag().toString());
        if (!b.clean()) {
            report.problem(phase + ": left behind after the run: stuck outbox rows " + b.stuck() + ", consumer lag "
                    + b.lag() + (b.errors().isEmpty() ? "" : ", unreadable " + b.errors()));
        }
        return b;
    }

    void fuzz() {
        Ingest.Posted target = ingested.isEmpty() ? null : ingested.get(0);
        InterviewGenerator.Generated sample = new InterviewGenerator(99, "fuzz").next(suite.clock.now(), 1);
        Ingest.Result own = new Ingest(suite, new InterviewGenerator(99, "fuzz"), false).saturate("fuzz target", 1, 1);
        String candidate = own.posted().isEmpty() ? sample.candidateId() : own.posted().get(0).candidateId();
        String id = own.posted().isEmpty() ? (target == null ? "x" : target.interviewId()) : own.posted().get(0).interviewId();
        fuzz = new Fuzz(suite, 11, candidate, id, sample.body()).run(options.fuzz(), 16);
        report.add("5 fuzz", "bad requests / 5xx", fuzz.requests() + " / " + fuzz.serverErrors().size(), "statuses " + fuzz.statuses());
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        // "401 [] planner GET ..." -> "401 [] planner": which status, content type and service.
        fuzz.notProblemJson().forEach(n -> kinds.merge(String.join(" ", java.util.Arrays.copyOf(n.split(" "), 3)), 1, Integer::sum));
        report.add("5 fuzz", "4xx not application/problem+json", fuzz.notProblemJson().size(), kinds.toString());
        if (!fuzz.serverErrors().isEmpty()) {
            report.problem("fuzz: " + fuzz.serverErrors().size() + " x 5xx, e.g. " + fuzz.serverErrors().get(0));
        }
        if (!fuzz.notProblemJson().isEmpty()) {
            report.problem("fuzz: " + fuzz.notProblemJson().size() + " x 4xx without problem+json, e.g. " + fuzz.notProblemJson().get(0));
        }
    }

    void poison(String topic) {
        Poison.Result r = new Poison(suite, watch).run(topic, options.poison(), Duration.ofMinutes(3));
        poison.add(r);
        report.add("5 poison", topic + ": in DLQ / sent", r.inDlq() + " / " + r.sent(), "");
        report.add("5 poison", topic + ": valid events processed after", r.validProcessed() + " / " + r.validSent(), "one per partition");
        if (r.inDlq() != r.sent() || r.validProcessed() != r.validSent()) {
            report.problem("poison on " + topic + ": " + r.missing().size() + " not in the DLQ (e.g. "
                    + r.missing().stream().limit(5).toList() + "), " + (r.validSent() - r.validProcessed())
                    + " valid events not processed afterwards");
        }
    }

    private void footprint() {
        for (ServiceProcess s : suite.services()) {
            report.add("6 footprint", s.name + " RSS idle / peak MiB", idleRss.get(s.name) / 1024 + " / " + s.peakRssKib() / 1024,
                    "peak = VmHWM of the current process (since its last restart)");
            report.add("6 footprint", s.name + " start to ready ms", suite.readyMillis.get(s.name), "three starting together");
        }
    }

    @Override
    public void close() {
        watch.close();
        suite.close();
    }
}

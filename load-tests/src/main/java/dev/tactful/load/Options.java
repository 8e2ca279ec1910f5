package dev.tactful.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The harness's options (defaults: the full-size benchmark). */
record Options(Set<String> phases, int interviews, int concurrency, double rate, int rateInterviews,
        double clockRate, int chaosInterviews, Duration smtpOutage, int fuzz, int poison, int kafkaRecords,
        int pgInserts, List<String> javaOptions, Duration timeout, Path root, Path workDir) {

    static final List<String> ALL = List.of("baseline", "ingest", "e2e", "chaos", "fuzz", "poison", "footprint");

    static final String USAGE = """
            ./bench [options]     (the harness: dev.tactful.load.Harness)
              --phases LIST         any of baseline,ingest,e2e,chaos,fuzz,poison,footprint (default all;
                                    e2e needs ingest: its follow-ups are the ingested interviews')
              --interviews N        interviews posted at saturation (default 10000)
              --concurrency C       requests in flight at saturation (default 64)
              --rate R              fixed offered rate, interviews/s (default 1000)
              --rate-interviews M   interviews posted at that rate (default 10 s worth)
              --clock-rate X        business seconds per real second (default 34560: a day every 2.5 s)
              --chaos-interviews K  interviews of the chaos run (default 2000)
              --smtp-outage S       seconds the SMTP server is down during chaos (default 60; 0 skips it)
              --fuzz F              bad requests (default 10000)
              --poison P            poison records per consumed topic (default 1000)
              --kafka-records K     raw Kafka baseline records (default 200000)
              --pg-inserts T        raw PostgreSQL baseline transactions (default 20000)
              --java-opts "..."     JVM options of each service (default: the file deploy/jvm-options, as ./run-local)
              --timeout S           longest wait for any phase to complete (default 900)
              --work-dir DIR        where data, logs and the report go (default load-tests/target/bench)
            """;

    static Options parse(String... args) {
        Set<String> phases = new LinkedHashSet<>(ALL);
        int interviews = 10_000, concurrency = 64, rateInterviews = -1, chaos = 2000, fuzz = 10_000, poison = 1000;
        int kafka = 200_000, pg = 20_000;
        double rate = 1000, clockRate = 34_560;
        Duration outage = Duration.ofSeconds(60), timeout = Duration.ofSeconds(900);
        List<String> javaOptions = null;
        Path root = Path.of(System.getProperty("tactful.root", ".")).toAbsolutePath().normalize();
        Path workDir = root.resolve("load-tests/target/bench");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null && !arg.equals("--help")) {
                throw new IllegalArgumentException("Missing value for " + arg);
            }
            switch (arg) {
                case "--phases" -> phases = new LinkedHashSet<>(Arrays.asList(value.split(",")));
                case "--interviews" -> interviews = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--rate-interviews" -> rateInterviews = Integer.parseInt(value);
                case "--clock-rate" -> clockRate = Double.parseDouble(value);
                case "--chaos-interviews" -> chaos = Integer.parseInt(value);
                case "--smtp-outage" -> outage = Duration.ofSeconds(Long.parseLong(value));
                case "--fuzz" -> fuzz = Integer.parseInt(value);
                case "--poison" -> poison = Integer.parseInt(value);
                case "--kafka-records" -> kafka = Integer.parseInt(value);
                case "--pg-inserts" -> pg = Integer.parseInt(value);
                case "--java-opts" -> javaOptions = List.of(value.trim().split("\\s+"));
                case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(value));
                case "--work-dir" -> workDir = Path.of(value).toAbsolutePath();
                case "--help" -> throw new IllegalArgumentException("");
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
            i++;
        }
        for (String p : phases) {
            if (!ALL.contains(p)) {
                throw new IllegalArgumentException("Unknown phase " + p);
            }
        }
        if (javaOptions == null) {
            javaOptions = defaultJavaOptions(root);
        }
        return new Options(phases, interviews, concurrency, rate, rateInterviews < 0 ? (int) (rate * 10) : rateInterviews,
                clockRate, chaos, outage, fuzz, poison, kafka, pg, javaOptions, timeout, root,
                workDir);
    }

    /** The services' JVM options as {@code ./run-local} uses them: one line in {@code deploy/jvm-options}. */
    static List<String> defaultJavaOptions(Path root) {
        try {
            return List.of(Files.readString(root.resolve("deploy/jvm-options")).trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException("No deploy/jvm-options under " + root, e);
        }
    }

    boolean has(String phase) {
        return phases.contains(phase);
    }
}

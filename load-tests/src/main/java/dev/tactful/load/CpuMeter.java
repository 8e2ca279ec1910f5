package dev.tactful.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time per process of the run (utime + stime from {@code /proc/<pid>/stat}), so a report can say where the
 * machine's cores went: each service, the infrastructure JVM (Kafka and the mail server), PostgreSQL (its
 * postmaster and backends, with the backends it has already reaped) and the harness itself. On a 2-core
 * machine the suite and its load generator share the same cores, and this is the figure that shows it.
 */
final class CpuMeter {

    /** Linux reports these fields in clock ticks; USER_HZ is 100 on every mainstream kernel build. */
    private static final double TICKS_PER_SECOND = 100.0;

    record Sample(long atNanos, Map<String, Double> cpuSeconds) {
    }

    private final LocalSuite suite;

    CpuMeter(LocalSuite suite) {
        this.suite = suite;
    }

    Sample sample() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (ServiceProcess s : suite.services()) {
            cpu.put(s.name, seconds(s.pid(), false));
        }
        cpu.put("infra (Kafka, mail)", seconds(suite.infra.pid(), false));
        cpu.put("PostgreSQL", postgres());
        cpu.put("harness", seconds(ProcessHandle.current().pid(), false));
        return new Sample(System.nanoTime(), cpu);
    }

    /** CPU milliseconds per unit of work between two samples: all processes together, and each one. */
    record PerUnit(String totalMillis, String breakdown) {
    }

    /**
     * CPU milliseconds per {@code unit} between the two samples, per process, and the machine's share the whole
     * suite used ({@code cores} × the elapsed time = 100 %).
     */
    static PerUnit perUnit(Sample before, Sample after, int units) {
        StringBuilder line = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Double> e : after.cpuSeconds().entrySet()) {
            double used = e.getValue() - before.cpuSeconds().getOrDefault(e.getKey(), 0.0);
            total += used;
            line.append(line.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                    .append(String.format("%.1f", used * 1000 / Math.max(1, units)));
        }
        double elapsed = (after.atNanos() - before.atNanos()) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        return new PerUnit(String.format("%.1f", total * 1000 / Math.max(1, units)), line + String.format(
                "; %.0f %% of %d cores over %.0f s", 100 * total / (cores * Math.max(0.001, elapsed)), cores, elapsed));
    }

    /**
     * The embedded server daemonizes, so its postmaster is not a child of the infrastructure JVM: it is the
     * {@code postgres} process whose arguments name a data directory under this run's work directory. Its backends
     * are its children (the ones it has reaped count in its own children's time).
     */
    private double postgres() {
        String workDir = suite.settings.workDir().toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(workDir)).orElse(false))
                .mapToDouble(p -> seconds(p.pid(), true) + p.descendants().mapToDouble(d -> seconds(d.pid(), true)).sum())
                .sum();
    }

    private static double seconds(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name in field 2 may contain spaces; the numeric fields start after its closing parenthesis.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            // f[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17.
            double ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (withReapedChildren) {
                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0; // the process is gone (or this is not Linux): it used nothing we can still count
        }
    }
}

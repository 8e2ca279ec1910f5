package dev.tactful.load;


/**
 * Loads, breaks and fuzzes the whole suite, started as {@code ./run-local} starts it, through its public
 * interfaces only, and prints one report table (also written to {@code load-tests/target/bench/}). Exit status 1
 * when a correctness check failed (lost or duplicated follow-ups, a 5xx, a poison record not dead-lettered).
 */
public final class Harness {

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        Report report = new Report();
        report.settings.put("options", String.join(" ", args));
        report.settings.put("service JVM options", String.join(" ", options.javaOptions()));
        System.out.println("[bench] starting the suite in " + options.workDir() + " (logs in logs/)");
        LoadRun run = new LoadRun(options, report);
        try {
            run.execute();
        } catch (RuntimeException e) {
            report.problem("run aborted: " + e);
            e.printStackTrace();
        } finally {
            run.close();
        }
        report.write(options.workDir());
        System.out.println();
        System.out.print(report.table());
        System.out.println();
        Report.machine().forEach((k, v) -> System.out.println("  " + k + ": " + v));
        report.problems.forEach(p -> System.out.println("PROBLEM: " + p));
        System.out.println("Report: " + options.workDir().resolve("report.md") + " and report.json");
        System.exit(report.problems.isEmpty() ? 0 : 1);
    }

}

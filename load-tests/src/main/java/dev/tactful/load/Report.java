package dev.tactful.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;

/** One table of every figure, printed to stdout and written as report.json and report.md with the machine. */
final class Report {

    record Row(String phase, String metric, String value, String note) {
    }

    final List<Row> rows = new ArrayList<>();
    final Map<String, String> settings = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    void add(String phase, String metric, Object value, String note) {
        String text = value instanceof Double d ? (Double.isNaN(d) ? "n/a" : d >= 100 ? String.format("%,.0f", d) : String.format("%.1f", d))
                : String.valueOf(value);
        rows.add(new Row(phase, metric, text, note == null ? "" : note));
    }

    void problem(String problem) {
        problems.add(problem);
    }

    static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("memory", memTotal());
        m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("load average at end", String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return m;
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MiB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "unknown";
    }

    String table() {
        int[] w = { 5, 6, 5, 4 };
        for (Row r : rows) {
            w[0] = Math.max(w[0], r.phase.length());
            w[1] = Math.max(w[1], r.metric.length());
            w[2] = Math.max(w[2], r.value.length());
        }
        String format = "| %-" + w[0] + "s | %-" + w[1] + "s | %" + w[2] + "s | %s%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(format, "phase", "metric", "value", "note"));
        out.append(String.format(format, "-".repeat(w[0]), "-".repeat(w[1]), "-".repeat(w[2]), "----"));
        for (Row r : rows) {
            out.append(String.format(format, r.phase, r.metric, r.value, r.note));
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Tactful load run\n\n## Machine\n\n");
        machine().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n## Settings\n\n");
        settings.forEach((k, v) -> md.append("- ").append(k).append(": `").append(v).append("`\n"));
        md.append("\n## Figures\n\n| phase | metric | value | note |\n|---|---|---:|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.phase).append(" | ").append(r.metric).append(" | ").append(r.value).append(" | ")
                    .append(r.note.replace("|", "\\|")).append(" |\n");
        }
        md.append("\n## Problems\n\n");
        if (problems.isEmpty()) {
            md.append("none\n");
        }
        problems.forEach(p -> md.append("- ").append(p.replace("\n", " ")).append('\n'));
        return md.toString();
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine());
        json.put("settings", settings);
        json.put("rows", rows);
        json.put("problems", problems);
        Files.writeString(dir.resolve("report.json"),
                Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
    }
}

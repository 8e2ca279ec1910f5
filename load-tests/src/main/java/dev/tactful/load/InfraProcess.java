package dev.tactful.load;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The infrastructure as a separate JVM ({@link InfraMain}), with its stdin control. */
final class InfraProcess implements AutoCloseable {

    private final Process process;
    private final Writer control;
    private final ProcessOutput output = new ProcessOutput();
    private final Path workDir;
    final String kafkaBootstrap;
    final int postgresPort;
    final int smtpPort;
    final int imapPort;

    InfraProcess(Path workDir, Duration readyTimeout) {
        this.workDir = workDir;
        try {
            Path tmp = Files.createDirectories(workDir.resolve("data"));
            // The ledger file only grows (see acceptedMail): start from an empty one.
            Files.deleteIfExists(workDir.resolve("mail-ledger.tsv"));
            String java = ProcessHandle.current().info().command().orElse("java");
            // java.io.tmpdir: Kafka's log and PostgreSQL's data go under the run's own fresh directory.
            List<String> command = List.of(java, "-Xmx512m", "-Djava.io.tmpdir=" + tmp, "-Dtactful.infra=embedded",
                    "-cp", System.getProperty("java.class.path"), InfraMain.class.getName());
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the infrastructure", e);
        }
        output.pump(process, workDir.resolve("logs/infra.log"), InfraMain.REPLY);
        control = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String ready = reply(readyTimeout);
        if (!ready.startsWith("READY ")) {
            throw new IllegalStateException("Infrastructure did not start: " + ready + "\n" + output.tail());
        }
        Map<String, String> ports = new HashMap<>();
        for (String pair : ready.substring(6).split(" ")) {
            String[] kv = pair.split("=", 2);
            ports.put(kv[0], kv[1]);
        }
        kafkaBootstrap = ports.get("kafka");
        postgresPort = Integer.parseInt(ports.get("postgres"));
        smtpPort = Integer.parseInt(ports.get("smtp"));
        imapPort = Integer.parseInt(ports.get("imap"));
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    String reactiveUrl(String database) {
        return "postgresql://localhost:" + postgresPort + "/" + database;
    }

    /** The ledger as read so far, and how many of the file's bytes that was. */
    private final Map<String, List<Long>> mail = new HashMap<>();
    private long ledgerRead;

    long pid() {
        return process.pid();
    }

    /** Stops the broker and starts it again on the same port and log (topics and offsets kept); ms taken. */
    long restartKafka() {
        return millis(command("restart-kafka"));
    }

    void stopMail() {
        command("stop-mail");
    }

    void startMail() {
        command("start-mail");
    }

    /**
     * Every message SMTP accepted so far, across outages: Message-ID and the acceptance instants (epoch ms). The
     * infrastructure appends new ledger lines to a file; this reads only the bytes added since the last call.
     */
    synchronized Map<String, List<Long>> acceptedMail() {
        Path file = workDir.resolve("mail-ledger.tsv");
        command("mail " + file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer added = ByteBuffer.allocate((int) (size - ledgerRead));
            channel.read(added, ledgerRead);
            String text = new String(added.array(), StandardCharsets.UTF_8);
            int complete = text.lastIndexOf('\n') + 1;
            for (String line : text.substring(0, complete).split("\n")) {
                if (!line.isEmpty()) {
                    String[] parts = line.split("\t");
                    mail.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(Long.parseLong(parts[1]));
                }
            }
            ledgerRead += text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Long>> copy = new HashMap<>(mail.size() * 2);
        mail.forEach((id, accepted) -> copy.put(id, List.copyOf(accepted)));
        return copy;
    }

    private synchronized String command(String line) {
        try {
            control.write(line + "\n");
            control.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The infrastructure process is gone:\n" + output.tail(), e);
        }
        String reply = reply(Duration.ofMinutes(2));
        if (!reply.startsWith("ok ")) {
            throw new IllegalStateException(line + ": " + reply);
        }
        return reply.substring(3);
    }

    private String reply(Duration timeout) {
        try {
            String reply = output.replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null) {
                throw new IllegalStateException("No answer from the infrastructure within " + timeout + ":\n" + output.tail());
            }
            return reply;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long millis(String reply) {
        String[] parts = reply.split(" ");
        return Long.parseLong(parts[parts.length - 1]);
    }

    @Override
    public void close() {
        try {
            control.close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

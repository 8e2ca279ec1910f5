package dev.tactful.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Drains a child process's output into its log file (the console is kept for the report), keeps the last lines
 * to explain a failure, and hands lines with the control prefix to whoever waits for a reply.
 */
final class ProcessOutput {

    private static final int TAIL_LINES = 150;
    private final Deque<String> tail = new ArrayDeque<>();
    final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

    void pump(Process process, Path logFile, String replyPrefix) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    log.println(line);
                    log.flush();
                    if (replyPrefix != null && line.startsWith(replyPrefix)) {
                        replies.add(line.substring(replyPrefix.length()));
                    }
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > TAIL_LINES) {
                            tail.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // The process is gone: nothing more to relay.
            }
        }, "output-" + logFile.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    String tail() {
        synchronized (tail) {
            return String.join("\n", tail);
        }
    }
}

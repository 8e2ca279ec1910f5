package dev.tactful.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import dev.tactful.events.Topics;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;

import dev.tactful.infra.LocalInfra;
import dev.tactful.infra.TactfulInfra;

/**
 * The infrastructure process of a load run: the same embedded Kafka, PostgreSQL and GreenMail as
 * {@code ./run-local}'s launcher, in a JVM of its own, plus what the launcher lacks and the chaos phase needs: a
 * control on stdin ({@code restart-kafka}, {@code stop-mail}, {@code start-mail}, {@code mail FILE}).
 * <p>
 * GreenMail drops its mail when stopped, so a ledger keeps every accepted message (Message-ID and the instant
 * GreenMail stored it, in milliseconds) across SMTP outages. Replies go to stdout prefixed {@value #REPLY}.
 */
public final class InfraMain {

    static final String REPLY = "@@ ";

    private final TactfulInfra infra;
    /** Messages already in the ledger (GreenMail's own objects: a new instance after a restart). */
    private final Set<StoredMessage> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> ledger = new ArrayList<>();
    /** Ledger lines already appended to the harness's file. */
    private int written;

    private InfraMain(TactfulInfra infra) {
        this.infra = infra;
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        TactfulInfra infra = TactfulInfra.get();
        createTopics(infra.kafkaBootstrap());
        InfraMain main = new InfraMain(infra);
        out.println(REPLY + "READY kafka=" + infra.kafkaBootstrap() + " postgres=" + infra.postgresPort() + " smtp="
                + infra.smtpPort() + " imap=" + infra.imapPort());
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] command = line.trim().split(" ", 2);
            try {
                out.println(REPLY + "ok " + main.run(command[0], command.length > 1 ? command[1] : ""));
            } catch (RuntimeException e) {
                out.println(REPLY + "error " + e);
            }
            out.flush();
        }
        // stdin closed: the harness is gone or done; the shutdown hook stops the servers.
        System.exit(0);
    }

    private String run(String command, String argument) throws RuntimeException {
        long started = System.nanoTime();
        switch (command) {
            case "restart-kafka" -> {
                infra.stopKafka();
                infra.startKafka();
            }
            case "stop-mail" -> {
                collect();
                infra.stopMail();
            }
            case "start-mail" -> infra.startMail();
            case "mail" -> {
                // Appends only what is new since the last call: the harness asks every second, and rewriting a
                // ledger of 100,000 lines each time cost more CPU than the mail server's own work.
                collect();
                try {
                    Files.write(Path.of(argument), ledger.subList(written, ledger.size()), StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                written = ledger.size();
                return "mail " + ledger.size();
            }
            default -> throw new IllegalArgumentException("unknown command " + command);
        }
        return command + " " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private synchronized void collect() {
        if (!infra.isMailRunning()) {
            return;
        }
        GreenMail greenMail = infra.greenMail();
        for (StoredMessage message : greenMail.getManagers().getImapHostManager().getAllMessages()) {
            if (seen.add(message)) {
                String id;
                try {
                    id = message.getMimeMessage().getMessageID();
                } catch (jakarta.mail.MessagingException e) {
                    id = null;
                }
                ledger.add(id + "\t" + message.getReceivedDate().getTime());
            }
        }
    }

    private static void createTopics(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : LocalInfra.TOPICS) {
                topics.add(new NewTopic(topic, LocalInfra.MAIN_TOPIC_PARTITIONS, (short) 1).configs(Topics.retentionConfig()));
                topics.add(new NewTopic(topic + "-dlq", 1, (short) 1).configs(Topics.retentionConfig()));
            }
            topics.add(new NewTopic(Baseline.TOPIC, LocalInfra.MAIN_TOPIC_PARTITIONS, (short) 1));
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the topics", e);
        }
    }
}

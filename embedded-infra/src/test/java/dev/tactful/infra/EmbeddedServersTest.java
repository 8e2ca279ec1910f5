package dev.tactful.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Talks to the real servers with plain clients: kafka-clients, JDBC, jakarta.mail. */
class EmbeddedServersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TactfulInfra infra = TactfulInfra.get();

    @Test
    void getReturnsTheSameServersEveryTime() {
        assertThat(TactfulInfra.get()).isSameAs(infra);
        assertThat(infra.kafkaBootstrap()).matches("localhost:\\d+");
    }

    @Test
    void recordGoesThroughTheBroker() {
        String topic = "roundtrip-" + UUID.randomUUID();
        send(topic, "interview-1", "hello");
        assertThat(readAll(topic, 1)).containsExactly("interview-1=hello");
    }

    @Test
    void brokerRestartsOnTheSamePortAndKeepsItsData() throws Exception {
        String topic = "restart-" + UUID.randomUUID();
        String bootstrap = infra.kafkaBootstrap();
        send(topic, "k", "before");

        infra.stopKafka();
        try {
            assertThat(infra.isKafkaRunning()).isFalse();
            assertThat(accepts(portOf(bootstrap))).as("broker port closed while stopped").isFalse();
        } finally {
            infra.startKafka();
        }

        assertThat(infra.kafkaBootstrap()).isEqualTo(bootstrap);
        assertThat(infra.isKafkaRunning()).isTrue();
        send(topic, "k", "after");
        assertThat(readAll(topic, 2)).containsExactly("k=before", "k=after");
    }

    @Test
    void postgresHasOneDatabasePerServiceAndRunsSql() throws Exception {
        for (String db : TactfulInfra.DATABASES) {
            try (Connection c = DriverManager.getConnection(infra.jdbcUrl(db), TactfulInfra.POSTGRES_USER,
                    TactfulInfra.POSTGRES_PASSWORD);
                    Statement st = c.createStatement()) {
                String table = "probe_" + UUID.randomUUID().toString().replace("-", "");
                st.execute("CREATE TABLE " + table + " (id int primary key, note text)");
                st.execute("INSERT INTO " + table + " VALUES (7, 'stored in " + db + "')");
                try (ResultSet rs = st.executeQuery("SELECT current_database(), note FROM " + table + " WHERE id = 7")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(db);
                    assertThat(rs.getString(2)).isEqualTo("stored in " + db);
                }
            }
        }
        assertThat(infra.reactiveUrl("planner")).isEqualTo("postgresql://localhost:" + infra.postgresPort() + "/planner");
    }

    @Test
    void mailSentOverSmtpIsReadBackOverImap() throws Exception {
        String to = "reader-" + UUID.randomUUID() + "@example.org";
        String subject = "Thank you " + UUID.randomUUID();
        sendMail(to, subject);

        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            // Authentication is disabled: any password opens the recipient's mailbox.
            store.connect(TactfulInfra.MAIL_HOST, infra.imapPort(), to, "any-password");
            Folder inbox = store.getFolder("INBOX");
            await().atMost(PATIENCE).until(() -> {
                inbox.open(Folder.READ_ONLY);
                try {
                    return inbox.getMessageCount() == 1;
                } finally {
                    inbox.close(false);
                }
            });
            inbox.open(Folder.READ_ONLY);
            Message message = inbox.getMessage(1);
            assertThat(message.getSubject()).isEqualTo(subject);
            assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(to);
            inbox.close(false);
        }
        assertThat(infra.receivedMessages()).extracting(MimeMessage::getSubject).contains(subject);
        assertThat(infra.greenMail().getReceivedMessagesForDomain(to)).hasSize(1);
    }

    @Test
    void mailServersRestartOnTheSamePorts() throws Exception {
        int smtp = infra.smtpPort();
        infra.stopMail();
        try {
            assertThat(infra.isMailRunning()).isFalse();
            assertThat(accepts(smtp)).isFalse();
            assertThatThrownBy(() -> sendMail("nobody@example.org", "lost")).isInstanceOf(Exception.class);
        } finally {
            infra.startMail();
        }
        assertThat(infra.smtpPort()).isEqualTo(smtp);
        String subject = "after restart " + UUID.randomUUID();
        sendMail("again@example.org", subject);
        await().atMost(PATIENCE).until(() -> infra.receivedMessages().stream()
                .anyMatch(m -> subject.equals(subjectOf(m))));
    }

    // ---- helpers

    private void sendMail(String to, String subject) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", TactfulInfra.MAIL_HOST);
        props.put("mail.smtp.port", Integer.toString(infra.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("tactful@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("A short note.");
        Transport.send(message);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(String topic, String key, String value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("send failed", e);
        }
    }

    private List<String> readAll(String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            await().atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.key() + "=" + r.value());
                }
                return seen.size() >= expected;
            });
        }
        return seen;
    }

    static int portOf(String hostPort) {
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }

    static boolean accepts(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }
}

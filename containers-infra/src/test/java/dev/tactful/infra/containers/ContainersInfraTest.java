package dev.tactful.infra.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
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

import dev.tactful.infra.TactfulInfra;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * TactfulInfra's contract with the containers behind it, as the services' tests rely on it: needs Docker, and
 * without it fails at {@link TactfulInfra#get()} with ContainersProvider's message.
 */
class ContainersInfraTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final TactfulInfra infra = TactfulInfra.get();

    @Test
    void everyServiceDatabaseExists() throws Exception {
        for (String db : TactfulInfra.DATABASES) {
            try (Connection c = DriverManager.getConnection(infra.jdbcUrl(db), TactfulInfra.POSTGRES_USER,
                    TactfulInfra.POSTGRES_PASSWORD);
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT current_database()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(db);
            }
        }
        assertThat(infra.ensureDatabase("containers_extra")).isTrue();
        assertThat(infra.ensureDatabase("containers_extra")).isFalse();
    }

    @Test
    void kafkaRestartsOnTheSameAddressWithItsRecords() {
        String topic = "restart-" + UUID.randomUUID();
        send(topic, "k", "before");
        String bootstrap = infra.kafkaBootstrap();
        infra.stopKafka();
        try {
            assertThat(infra.isKafkaRunning()).isFalse();
            assertThat(accepts(Integer.parseInt(bootstrap.substring(bootstrap.indexOf(':') + 1)))).isFalse();
        } finally {
            infra.startKafka();
        }
        assertThat(infra.kafkaBootstrap()).isEqualTo(bootstrap);
        assertThat(infra.isKafkaRunning()).isTrue();
        send(topic, "k", "after");
        assertThat(readAll(topic, 2)).containsExactly("k=before", "k=after");
    }

    @Test
    void mailSentOverSmtpIsListedAndReadOverImapThenPurged() throws Exception {
        String to = "reader-" + UUID.randomUUID() + "@example.org";
        String subject = "Thank you " + UUID.randomUUID();
        sendMail(to, subject);
        await().atMost(PATIENCE).until(() -> subjects().contains(subject));
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(TactfulInfra.MAIL_HOST, infra.imapPort(), to, "any-password");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isEqualTo(1);
            assertThat(inbox.getMessage(1).getSubject()).isEqualTo(subject);
            inbox.close(false);
        }
        infra.purgeMail();
        assertThat(subjects()).doesNotContain(subject);
    }

    @Test
    void mailRestartsOnTheSamePortsEmpty() throws Exception {
        int smtp = infra.smtpPort();
        String subject = "before restart " + UUID.randomUUID();
        sendMail("keeper@example.org", subject);
        await().atMost(PATIENCE).until(() -> subjects().contains(subject));
        infra.stopMail();
        try {
            assertThat(infra.isMailRunning()).isFalse();
            assertThat(accepts(smtp)).isFalse();
        } finally {
            infra.startMail();
        }
        assertThat(infra.smtpPort()).isEqualTo(smtp);
        assertThat(subjects()).doesNotContain(subject);
        String after = "after restart " + UUID.randomUUID();
        sendMail("again@example.org", after);
        await().atMost(PATIENCE).until(() -> subjects().contains(after));
    }

    // ---- helpers

    private List<String> subjects() throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : infra.receivedMessages()) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

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

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
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
}

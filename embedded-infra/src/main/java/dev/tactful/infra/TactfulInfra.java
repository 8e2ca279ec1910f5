package dev.tactful.infra;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import javax.management.JMException;
import javax.management.MBeanException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.RuntimeErrorException;
import javax.management.RuntimeMBeanException;

import org.jboss.logging.Logger;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Real Kafka (KRaft), PostgreSQL and GreenMail SMTP/IMAP for tests: started lazily once per JVM on random free
 * ports, stopped by a JVM shutdown hook. Test classes share them; nothing stops them between test classes.
 * They are the embedded servers of this module unless {@code tactful.infra=containers} asks for Docker containers
 * ({@link InfraSelection}, Maven profile {@code -Pcontainers}); every method below behaves the same with either.
 * <p>
 * Quarkus may load this class in more than one class loader during a test run. The servers are registered in
 * the platform MBean server, which every class loader sees, so {@link #get()} finds the running servers
 * whichever loader asks and never starts a second set.
 */
public final class TactfulInfra {

    public static final String POSTGRES_USER = EmbeddedPg.USER;
    public static final String POSTGRES_PASSWORD = EmbeddedPg.PASSWORD;
    /** Databases created on start, one per service. */
    public static final List<String> DATABASES = InfraServers.DATABASES;
    /** Host the mail servers bind to (loopback, IPv4). */
    public static final String MAIL_HOST = EmbeddedMail.HOST;

    private static final Logger LOG = Logger.getLogger(TactfulInfra.class);
    private static final ObjectName NAME = objectName("dev.tactful.infra:type=TactfulInfra");
    /*
     * String literals are interned JVM-wide, so this one object is the same monitor in every class loader that
     * loads this class: two loaders racing to start the servers serialize on it.
     */
    private static final String START_LOCK = "dev.tactful.infra.TactfulInfra#start";

    private static volatile TactfulInfra instance;

    private final MBeanServer mbeans;

    private TactfulInfra(MBeanServer mbeans) {
        this.mbeans = mbeans;
    }

    /** The JVM-wide servers, started on first use (embedded: about 4 s, the three in parallel). */
    public static TactfulInfra get() {
        TactfulInfra current = instance;
        if (current != null) {
            return current;
        }
        synchronized (START_LOCK) {
            if (instance == null) {
                MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
                if (!mbeans.isRegistered(NAME)) {
                    startAndRegister(mbeans);
                } else {
                    LOG.debug("Reusing the test servers started by another class loader");
                }
                instance = new TactfulInfra(mbeans);
            }
            return instance;
        }
    }

    private static void startAndRegister(MBeanServer mbeans) {
        long started = System.nanoTime();
        InfraBackend.Provider provider = InfraSelection.fromEnvironment();
        InfraBackend servers = provider.create();
        servers.start();
        try {
            mbeans.registerMBean(new TactfulInfraControl(servers), NAME);
        } catch (JMException e) {
            servers.stop();
            throw new IllegalStateException("Could not register the test servers", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(servers::stop, "tactful-infra-shutdown"));
        LOG.infof("Tactful test infrastructure ready in %d ms (%s=%s): %s", (System.nanoTime() - started) / 1_000_000,
                InfraSelection.PROPERTY, provider.name(), servers.describe());
    }

    // ---- Kafka

    /** {@code localhost:PORT}; stays the same across {@link #stopKafka()}/{@link #startKafka()}. */
    public String kafkaBootstrap() {
        return (String) attribute("KafkaBootstrap");
    }

    /** Stops the broker (topics and offsets are kept) so a test can prove producers cope with an outage. */
    public void stopKafka() {
        invoke("stopKafka");
    }

    /** Starts the broker again on the same port and log directory; no-op when running. */
    public void startKafka() {
        invoke("startKafka");
    }

    public boolean isKafkaRunning() {
        return (Boolean) attribute("KafkaRunning");
    }

    // ---- PostgreSQL

    public int postgresPort() {
        return (Integer) attribute("PostgresPort");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort() + "/" + database;
    }

    /** Vert.x / Quarkus reactive form: {@code postgresql://localhost:PORT/db}. */
    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + postgresPort() + "/" + database;
    }

    /**
     * Stops PostgreSQL (fast shutdown, so every open connection is cut) and keeps its data, so a test can prove the
     * services wait a database outage out. Port and data stay the same across {@link #startPostgres()}.
     */
    public void stopPostgres() {
        invoke("stopPostgres");
    }

    /** Starts PostgreSQL again on the same port with the same databases; no-op when running. */
    public void startPostgres() {
        invoke("startPostgres");
    }

    public boolean isPostgresRunning() {
        return (Boolean) attribute("PostgresRunning");
    }

    /** Creates a database (plain lower-case name) unless it exists; true when it was created. */
    public boolean ensureDatabase(String database) {
        return (Boolean) invoke("ensureDatabase", new Object[] { database }, new String[] { String.class.getName() });
    }

    // ---- Mail

    public int smtpPort() {
        return (Integer) attribute("SmtpPort");
    }

    public int imapPort() {
        return (Integer) attribute("ImapPort");
    }

    /** Stops SMTP and IMAP (received mail is dropped: GreenMail keeps it in memory). */
    public void stopMail() {
        invoke("stopMail");
    }

    /** Starts SMTP and IMAP again on the same ports; no-op when running. */
    public void startMail() {
        invoke("startMail");
    }

    public boolean isMailRunning() {
        return (Boolean) attribute("MailRunning");
    }

    /**
     * The running GreenMail. Only works from the class loader that started the servers, and only with the embedded
     * servers (under containers GreenMail runs in Docker); {@link #receivedMessages()} works everywhere.
     */
    public GreenMail greenMail() {
        Object greenMail = attribute("GreenMail");
        if (greenMail instanceof GreenMail gm) {
            return gm;
        }
        throw new IllegalStateException("GreenMail was started by another class loader ("
                + greenMail.getClass().getClassLoader() + "); use receivedMessages()/purgeMail() instead");
    }

    /** Every message GreenMail received over SMTP so far, parsed in the caller's class loader. */
    public List<MimeMessage> receivedMessages() {
        byte[][] raw = (byte[][]) invoke("receivedMessages");
        Session session = Session.getInstance(new Properties());
        List<MimeMessage> messages = new ArrayList<>(raw.length);
        for (byte[] bytes : raw) {
            try {
                messages.add(new MimeMessage(session, new ByteArrayInputStream(bytes)));
            } catch (MessagingException e) {
                throw new IllegalStateException("Unreadable message", e);
            }
        }
        return messages;
    }

    /** Empties every mailbox, so a test sees only its own mail. */
    public void purgeMail() {
        invoke("purgeMail");
    }

    // ---- JMX plumbing

    private Object attribute(String attribute) {
        try {
            return mbeans.getAttribute(NAME, attribute);
        } catch (JMException | RuntimeException e) {
            throw unwrap(e);
        }
    }

    private Object invoke(String operation) {
        return invoke(operation, new Object[0], new String[0]);
    }

    private Object invoke(String operation, Object[] args, String[] signature) {
        try {
            return mbeans.invoke(NAME, operation, args, signature);
        } catch (JMException | RuntimeException e) {
            throw unwrap(e);
        }
    }

    private static RuntimeException unwrap(Exception e) {
        Throwable cause = e;
        if (e instanceof MBeanException me) {
            cause = me.getTargetException();
        } else if (e instanceof RuntimeMBeanException rme) {
            cause = rme.getTargetException();
        } else if (e instanceof RuntimeErrorException ree) {
            cause = ree.getTargetError();
        }
        return cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", dir, e.getMessage());
        }
    }
}

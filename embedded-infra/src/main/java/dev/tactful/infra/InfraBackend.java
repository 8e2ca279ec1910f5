package dev.tactful.infra;

/**
 * One set of Kafka, PostgreSQL and SMTP/IMAP servers behind {@link TactfulInfra}. The embedded servers are the
 * default; module {@code containers-infra} (Maven profile {@code -Pcontainers}) adds Docker containers. Tests only
 * ever see {@link TactfulInfra}, so they run unchanged against either.
 * <p>
 * The contract every implementation keeps, because the outage tests rely on it: Kafka's bootstrap address and the
 * mail and PostgreSQL ports stay the same across a stop/start, Kafka keeps its topics and offsets, PostgreSQL its
 * databases, and mail is dropped (GreenMail
 * keeps it in memory). Only JDK types cross this interface: it is reached through JMX from other class loaders.
 */
public interface InfraBackend {

    /** Starts every server; returns once all accept connections and the {@link TactfulInfra#DATABASES} exist. */
    void start();

    /** Stops every server for good (JVM shutdown). */
    void stop();

    /** One line for the log: where each server listens. */
    String describe();

    String kafkaBootstrap();

    void stopKafka();

    /** Returns once the broker accepts clients again; no-op when running. */
    void startKafka();

    boolean isKafkaRunning();

    /** PostgreSQL on localhost, user/password {@link TactfulInfra#POSTGRES_USER}/{@link TactfulInfra#POSTGRES_PASSWORD}. */
    int postgresPort();

    /** Creates a database (plain lower-case name) unless it exists; true when it was created. */
    boolean ensureDatabase(String name);

    /** Stops PostgreSQL (fast shutdown: open connections are cut), keeping its data. */
    void stopPostgres();

    /** Returns once PostgreSQL accepts connections again on the same port, with its data; no-op when running. */
    void startPostgres();

    boolean isPostgresRunning();

    /** SMTP on {@link TactfulInfra#MAIL_HOST}. */
    int smtpPort();

    /** IMAP on {@link TactfulInfra#MAIL_HOST}, authentication disabled. */
    int imapPort();

    void stopMail();

    /** Returns once SMTP and IMAP accept connections again; no-op when running. */
    void startMail();

    boolean isMailRunning();

    /** Every message received so far, one per recipient mailbox, as raw RFC 822 bytes. */
    byte[][] receivedMessages();

    /** Empties every mailbox. */
    void purgeMail();

    /** The in-process GreenMail, where there is one. */
    default Object greenMail() {
        throw new UnsupportedOperationException("No in-process GreenMail with this infrastructure ("
                + getClass().getSimpleName() + "); use receivedMessages()/purgeMail() or IMAP instead");
    }

    /**
     * Found through {@link java.util.ServiceLoader} and chosen by name with the system property (or environment
     * variable {@code TACTFUL_INFRA}) {@code tactful.infra}; see {@link InfraSelection}.
     */
    interface Provider {

        /** The value of {@code tactful.infra} that picks this provider, e.g. {@code containers}. */
        String name();

        /** A backend not yet started. Fails with a clear message when it cannot run here (e.g. no Docker). */
        InfraBackend create();
    }
}

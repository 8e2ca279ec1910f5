package dev.tactful.infra;

/**
 * JMX view of the JVM-wide servers. Quarkus may load this module in several class loaders; the platform MBean
 * server is the one place they all share, and it only passes JDK types across. Internal: use {@link TactfulInfra}.
 */
public interface TactfulInfraControlMBean {

    String getKafkaBootstrap();

    int getSmtpPort();

    int getImapPort();

    int getPostgresPort();

    boolean isKafkaRunning();

    boolean isMailRunning();

    boolean isPostgresRunning();

    /** The GreenMail instance; usable only from the class loader that started it. */
    Object getGreenMail();

    void stopKafka();

    void startKafka();

    void stopMail();

    void stopPostgres();

    void startPostgres();

    void startMail();

    boolean ensureDatabase(String name);

    byte[][] receivedMessages();

    void purgeMail();
}

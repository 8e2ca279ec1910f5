package dev.tactful.infra;

/** The MBean registered by whichever class loader started the servers first. */
final class TactfulInfraControl implements TactfulInfraControlMBean {

    private final InfraServers servers;

    TactfulInfraControl(InfraServers servers) {
        this.servers = servers;
    }

    @Override
    public String getKafkaBootstrap() {
        return servers.kafka.bootstrap();
    }

    @Override
    public int getSmtpPort() {
        return servers.mail.smtpPort();
    }

    @Override
    public int getImapPort() {
        return servers.mail.imapPort();
    }

    @Override
    public int getPostgresPort() {
        return servers.postgres.port();
    }

    @Override
    public boolean isKafkaRunning() {
        return servers.kafka.isRunning();
    }

    @Override
    public boolean isMailRunning() {
        return servers.mail.isRunning();
    }

    @Override
    public Object getGreenMail() {
        return servers.mail.greenMail();
    }

    @Override
    public void stopKafka() {
        servers.kafka.stop();
    }

    @Override
    public void startKafka() {
        servers.kafka.start();
    }

    @Override
    public void stopMail() {
        servers.mail.stop();
    }

    @Override
    public void startMail() {
        servers.mail.start();
    }

    @Override
    public boolean ensureDatabase(String name) {
        return servers.postgres.ensureDatabase(name);
    }

    @Override
    public byte[][] receivedMessages() {
        return servers.mail.receivedMessages();
    }

    @Override
    public void purgeMail() {
        servers.mail.purge();
    }
}

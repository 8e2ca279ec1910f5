package dev.tactful.infra;

/** The MBean registered by whichever class loader started the servers first. */
final class TactfulInfraControl implements TactfulInfraControlMBean {

    private final InfraBackend servers;

    TactfulInfraControl(InfraBackend servers) {
        this.servers = servers;
    }

    @Override
    public String getKafkaBootstrap() {
        return servers.kafkaBootstrap();
    }

    @Override
    public int getSmtpPort() {
        return servers.smtpPort();
    }

    @Override
    public int getImapPort() {
        return servers.imapPort();
    }

    @Override
    public int getPostgresPort() {
        return servers.postgresPort();
    }

    @Override
    public boolean isKafkaRunning() {
        return servers.isKafkaRunning();
    }

    @Override
    public boolean isMailRunning() {
        return servers.isMailRunning();
    }

    @Override
    public boolean isPostgresRunning() {
        return servers.isPostgresRunning();
    }

    @Override
    public void stopPostgres() {
        servers.stopPostgres();
    }

    @Override
    public void startPostgres() {
        servers.startPostgres();
    }

    @Override
    public Object getGreenMail() {
        return servers.greenMail();
    }

    @Override
    public void stopKafka() {
        servers.stopKafka();
    }

    @Override
    public void startKafka() {
        servers.startKafka();
    }

    @Override
    public void stopMail() {
        servers.stopMail();
    }

    @Override
    public void startMail() {
        servers.startMail();
    }

    @Override
    public boolean ensureDatabase(String name) {
        return servers.ensureDatabase(name);
    }

    @Override
    public byte[][] receivedMessages() {
        return servers.receivedMessages();
    }

    @Override
    public void purgeMail() {
        servers.purgeMail();
    }
}

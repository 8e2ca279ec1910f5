package dev.tactful.inbox.it;

import dev.tactful.infra.TactfulInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Real Kafka and PostgreSQL (database "inbox") for every test class of this module, shared by one application start.
 * The candidates' mailboxes are {@link CandidateMailboxes}: a GreenMail IMAP server with real logins.
 */
@QuarkusTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "inbox"),
        @ResourceArg(name = "services", value = "kafka,postgres") })
public final class TestInfra {

    private TestInfra() {
    }
}

package dev.tactful.notifier.it;

import static dev.tactful.notifier.Fixtures.AVERY;
import static dev.tactful.notifier.Fixtures.due;
import static dev.tactful.notifier.Fixtures.northwind;
import static dev.tactful.notifier.it.DeliveryFlowTest.awaitOne;
import static dev.tactful.notifier.it.DeliveryFlowTest.messageId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.infra.TactfulInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The mail server takes the message and the connection breaks before its "250" arrives. For the sender that is an
 * error, but the employer has the mail: a direct send with an unclear outcome is never sent again. It stays claimed
 * until its lease expires, then recovery marks it UNCERTAIN and tells the candidate, exactly as after a crash.
 */
@QuarkusTest
@TestProfile(LostAnswerAfterDataTest.ShortLease.class)
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "notifier"), @ResourceArg(name = "services", value = "kafka,postgres") })
@WithTestResource(value = SlowSmtp.class, initArgs = @ResourceArg(name = "answer", value = "drop"))
class LostAnswerAfterDataTest {

    public static class ShortLease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The send timeout stays above SlowSmtp's 3-second hold on later answers (the notice passes through it too).
            return Map.of("tactful.delivery.sending-lease", "PT5S", "tactful.delivery.send-timeout", "PT4S",
                    "tactful.delivery.recovery-interval", "500ms");
        }
    }

    @Test
    void aDirectSendWhoseAnswerIsLostIsUncertainAndNeverResent() {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.SEND_DIRECT, AVERY, northwind(null));
        int droppedBefore = SlowSmtp.DELAYED.get();
        Kafka.publish(due);

        await().atMost(Duration.ofSeconds(60)).until(() -> !Db.delivery(due.followUpId()).isEmpty()
                && "UNCERTAIN".equals(Db.delivery(due.followUpId()).get("status")));
        assertThat(SlowSmtp.DELAYED.get()).as("the answer to DATA really was lost").isGreaterThan(droppedBefore);
        awaitOne(messageId(due));
        awaitOne("<followup-" + due.followUpId() + ".uncertain@tactful.dev>");
        // Several leases and recovery rounds later, still one copy: the send was not repeated.
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20))
                .until(() -> Mailbox.withMessageId(messageId(due)).size() == 1);
        assertThat(Db.delivery(due.followUpId())).containsEntry("status", "UNCERTAIN").containsEntry("attempts", 1);
    }
}

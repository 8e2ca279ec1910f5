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
import dev.tactful.events.EventType;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.NotificationDelivered;
import dev.tactful.infra.TactfulInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Business time is not machine time. The business clock runs 100,000 times faster than real time (a simulated day
 * every 0.9 s) and the mail server takes 3 real seconds to confirm a message, while recovery looks for interrupted
 * sends every 200 ms. Measured on the business clock, the one-minute sending lease would expire within a
 * millisecond and recovery would mark the send UNCERTAIN while it is still in flight, so the mail would go out with
 * no {@code NotificationDelivered}. Leases are machine time, so: one mail, one SENT row, one event.
 */
@QuarkusTest
@TestProfile(FastClockSlowSmtpTest.FastClock.class)
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "notifier"), @ResourceArg(name = "services", value = "kafka,postgres") })
@WithTestResource(SlowSmtp.class)
class FastClockSlowSmtpTest {

    public static class FastClock implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tactful.clock.rate", "100000", "tactful.delivery.recovery-interval", "200ms");
        }
    }

    @Test
    void aSlowDirectSendAtAFastBusinessClockIsOneMailOneSentOneEvent() {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.SEND_DIRECT, AVERY, northwind(null));
        int delayedBefore = SlowSmtp.DELAYED.get();
        Kafka.publish(due);

        // One read per evaluation: reading the row twice could see PENDING, then SENDING, and pass in between.
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Object status = Db.delivery(due.followUpId()).get("status");
            return status != null && !"SENDING".equals(status) && !"PENDING".equals(status);
        });
        assertThat(SlowSmtp.DELAYED.get()).as("the mail server really was slow").isGreaterThan(delayedBefore);
        assertThat(Db.delivery(due.followUpId())).containsEntry("status", "SENT").containsEntry("attempts", 1);
        awaitOne(messageId(due));
        assertThat(Mailbox.withMessageId(messageId(due))).hasSize(1);
        assertThat(Mailbox.withMessageId("<followup-" + due.followUpId() + ".uncertain@tactful.dev>"))
                .as("no 'we are not sure it was sent' notice").isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(due) >= 1);
        assertThat(delivered(due)).isEqualTo(1);
    }

    private static long delivered(FollowUpDue due) {
        return Kafka.notifications(e -> e.eventType() == EventType.NOTIFICATION_DELIVERED
                && ((NotificationDelivered) e.data()).followUpId().equals(due.followUpId())).size();
    }
}

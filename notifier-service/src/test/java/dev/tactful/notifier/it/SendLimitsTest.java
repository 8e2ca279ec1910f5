package dev.tactful.notifier.it;

import static dev.tactful.notifier.Fixtures.due;
import static dev.tactful.notifier.Fixtures.northwind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.EventType;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.HoldReason;
import dev.tactful.events.NotificationDelivered;
import dev.tactful.events.NotificationHeld;
import dev.tactful.events.Recipient;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.notifier.limits.SendLimits;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * No bulk mail: with the shipped limits (30 employer-facing messages per candidate per day, 3 per recipient address
 * per 7 days), the message over a limit is held with its rule, the candidate is told, and drafts are not limited.
 * All follow-ups of a case are published at once, so they race through different partitions: exactly the limit
 * goes out, however they interleave.
 */
@QuarkusTest
@TestProfile(SendLimitsTest.ShippedLimits.class)
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class SendLimitsTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    public static class ShippedLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The module's %test profile lifts the limits so other tests can reuse addresses; restore the defaults.
            return Map.of("tactful.limits.candidate-messages", "30", "tactful.limits.recipient-messages", "3");
        }
    }

    @Test
    void theThirtyFirstDirectMessageOfADayIsHeldUnderS1AndTheCandidateIsTold() {
        String candidate = "cand-limits-" + UUID.randomUUID();
        List<FollowUpDue> dues = IntStream.range(0, 31)
                .mapToObj(i -> direct(candidate, recipient("person" + i + "-" + UUID.randomUUID() + "@northwind.example")))
                .toList();
        FollowUpDue draft = due(UUID.randomUUID(), UUID.randomUUID(), candidate, FollowUpKind.THANK_YOU, Channel.EMAIL,
                DeliveryMode.DRAFT_TO_CANDIDATE, recipient("draft-" + UUID.randomUUID() + "@northwind.example"),
                northwind(LocalDate.of(2026, 11, 26)));
        dues.forEach(Kafka::publish);
        Kafka.publish(draft);

        Set<UUID> ids = dues.stream().map(FollowUpDue::followUpId).collect(Collectors.toSet());
        Outcomes o = awaitOutcomes(ids);
        assertThat(o.delivered).as("sent by Tactful").hasSize(30);
        assertThat(o.held).as("held over the limit").hasSize(1);
        HoldReason reason = o.held.get(0).reasons().get(0);
        assertThat(reason.rule()).isEqualTo(SendLimits.CANDIDATE_RULE);
        assertThat(reason.code()).isEqualTo(SendLimits.CANDIDATE_LIMIT);
        assertThat(reason.reason()).contains("30 messages", "24 hours");

        UUID heldId = o.held.get(0).followUpId();
        FollowUpDue heldDue = dues.stream().filter(d -> d.followUpId().equals(heldId)).findFirst().orElseThrow();
        assertThat(Mailbox.withMessageId(DeliveryFlowTest.messageId(heldDue))).as("the held one never reached SMTP").isEmpty();
        await().atMost(WAIT).untilAsserted(() -> assertThat(Db.rows(
                "select n.status from notice n join delivery d on d.id = n.delivery_id where d.follow_up_id = ?", heldId))
                .as("the candidate is told about the held message").extracting(r -> r.get("status")).containsExactly("SENT"));

        // A draft goes to the candidate, who sends it from their own mailbox: it is not Tactful's bulk mail.
        await().atMost(WAIT).until(() -> !Mailbox.withMessageId(DeliveryFlowTest.messageId(draft)).isEmpty());
    }

    @Test
    void theFourthMessageToOneAddressInAWeekIsHeldUnderS2WhoeverSendsIt() {
        String address = "shared-" + UUID.randomUUID() + "@northwind.example";
        List<FollowUpDue> dues = IntStream.range(0, 4)
                // The same person however the address is cased.
                .mapToObj(i -> direct("cand-limits-" + UUID.randomUUID(),
                        recipient(i % 2 == 0 ? address : address.toUpperCase(java.util.Locale.ROOT))))
                .toList();
        dues.forEach(Kafka::publish);

        Outcomes o = awaitOutcomes(dues.stream().map(FollowUpDue::followUpId).collect(Collectors.toSet()));
        assertThat(o.delivered).hasSize(3);
        assertThat(o.held).hasSize(1);
        assertThat(o.held.get(0).reasons()).extracting(HoldReason::rule, HoldReason::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SendLimits.RECIPIENT_RULE, SendLimits.RECIPIENT_LIMIT));
    }

    record Outcomes(List<NotificationDelivered> delivered, List<NotificationHeld> held) {
    }

    /** Waits until every follow-up has its one outcome event, then returns them. */
    static Outcomes awaitOutcomes(Set<UUID> ids) {
        List<NotificationDelivered> delivered = new ArrayList<>();
        List<NotificationHeld> held = new ArrayList<>();
        await().atMost(WAIT).untilAsserted(() -> {
            delivered.clear();
            held.clear();
            Kafka.notifications(e -> true).forEach(e -> {
                if (e.eventType() == EventType.NOTIFICATION_DELIVERED && e.data() instanceof NotificationDelivered d
                        && ids.contains(d.followUpId())) {
                    delivered.add(d);
                } else if (e.eventType() == EventType.NOTIFICATION_HELD && e.data() instanceof NotificationHeld h
                        && ids.contains(h.followUpId())) {
                    held.add(h);
                }
            });
            assertThat(delivered.size() + held.size()).isEqualTo(ids.size());
        });
        return new Outcomes(List.copyOf(delivered), List.copyOf(held));
    }

    static FollowUpDue direct(String candidate, Recipient to) {
        return due(UUID.randomUUID(), UUID.randomUUID(), candidate, FollowUpKind.THANK_YOU, Channel.EMAIL,
                DeliveryMode.SEND_DIRECT, to, northwind(LocalDate.of(2026, 11, 26)));
    }

    static Recipient recipient(String email) {
        return new Recipient("int-" + UUID.randomUUID(), "Avery Stone", "Engineering Manager", email, ZoneId.of("Asia/Tokyo"));
    }
}

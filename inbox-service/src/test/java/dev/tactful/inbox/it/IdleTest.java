package dev.tactful.inbox.it;

import static dev.tactful.inbox.it.Fixtures.as;
import static dev.tactful.inbox.it.Fixtures.connectBody;
import static dev.tactful.inbox.it.Fixtures.inboxEvents;
import static dev.tactful.inbox.it.Fixtures.rfcDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.user.GreenMailUser;

import dev.tactful.events.DeliveryMode;
import dev.tactful.events.MatchedBy;
import dev.tactful.events.ReplyDetected;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.inbox.sync.IdleWatches;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * IMAP IDLE against GreenMail's real IDLE: with polling set to ten minutes, a reply is still heard within seconds,
 * because the watch on the mailbox wakes its sync; the sync, not the watch, reads and reports it, once.
 */
@QuarkusTest
@TestProfile(IdleTest.SlowPolling.class)
class IdleTest {

    public static class SlowPolling implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tactful.inbox.poll-interval", "PT10M",
                    "tactful.inbox.idle.poll-interval", "PT10M",
                    "tactful.inbox.idle.refresh", "PT0.2S");
        }
    }

    @Inject
    IdleWatches watches;

    @Test
    void aReplyIsHeardThroughIdleLongBeforeTheNextPoll() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        String address = candidate + "@example.org";
        GreenMailUser user = CandidateMailboxes.user(address, "app-pass");
        UUID interview = Fixtures.interview(candidate, address, "riley@fabrikam.example", DeliveryMode.DRAFT_TO_CANDIDATE);
        MailboxFlowTest.awaitProjected(candidate, interview);
        as(candidate).body(connectBody(address, "app-pass")).put("/api/v1/mailbox").then().statusCode(200);
        UUID mailbox = Db.uuid("SELECT id FROM mailbox WHERE candidate_id = ?", candidate);

        // The first sync (at connect) has run, and the watch holds the folder: from now on only IDLE can bring news
        // before the ten-minute poll.
        await().atMost(Duration.ofSeconds(30)).until(() -> watches.watching(mailbox)
                && Db.count("SELECT count(*) FROM mailbox WHERE id = ? AND last_sync_at IS NOT NULL", mailbox) == 1);
        assertThat(Db.count("SELECT count(*) FROM mailbox WHERE id = ? AND next_sync_at > now() + interval '5 minutes'",
                mailbox)).as("the next poll is minutes away").isEqualTo(1);

        CandidateMailboxes.deliver(user, """
                From: Riley Park <riley@fabrikam.example>
                To: %s
                Subject: Re: Thank you
                Date: %s
                Message-ID: <idle-1@fabrikam.example>

                Thanks for your note, we will be in touch next week.
                """.formatted(address, rfcDate(Fixtures.INTERVIEWED.plus(Duration.ofHours(30)))));

        await().atMost(Duration.ofSeconds(20)).until(() -> inboxEvents(interview).size() == 1);
        ReplyDetected reply = (ReplyDetected) TactfulEvents.parse(inboxEvents(interview).get(0)).data();
        assertThat(reply.matchedBy()).isEqualTo(MatchedBy.SENDER);
        assertThat(reply.messageId()).isEqualTo("<idle-1@fabrikam.example>");

        // Disconnecting ends the watch.
        as(candidate).delete("/api/v1/mailbox").then().statusCode(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> !watches.watching(mailbox));
    }
}

package dev.tactful.inbox.it;

import static dev.tactful.inbox.it.Fixtures.as;
import static dev.tactful.inbox.it.Fixtures.connectBody;
import static dev.tactful.inbox.it.Fixtures.inboxEvents;
import static dev.tactful.inbox.it.Fixtures.rfcDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.user.GreenMailUser;

import dev.tactful.events.DeliveryMode;
import dev.tactful.events.MatchedBy;
import dev.tactful.events.ReplyDetected;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.infra.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Against a real IMAP server with real logins: connecting checks the password, a reply in the thread of a direct
 * send and a reply from the interviewer's address each become one ReplyDetected on inbox-events, the company's
 * newsletter and unreadable messages change nothing, and the mailbox's flags stay as they were.
 */
@QuarkusTest
class MailboxFlowTest {

    static final Duration WAIT = Duration.ofSeconds(40);

    @Test
    void aWrongPasswordIsRefusedNamingThePasswordAndNothingIsStored() {
        String candidate = "cand-" + UUID.randomUUID();
        String address = candidate + "@example.org";
        CandidateMailboxes.user(address, "right-app-password");
        as(candidate).body(connectBody(address, "wrong")).put("/api/v1/mailbox").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("password"))
                .body("detail", not(containsString("wrong")));
        as(candidate).get("/api/v1/mailbox").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputIsA400NamingTheField() {
        String candidate = "cand-" + UUID.randomUUID();
        as(candidate).body("{\"port\": 993, \"username\": \"u\", \"password\": \"p\", \"tls\": true}").put("/api/v1/mailbox")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("host"));
        as(candidate).body("{\"host\": \"imap.example.org\", \"port\": 0, \"username\": \"u\", \"password\": \"p\", \"tls\": true}")
                .put("/api/v1/mailbox").then().statusCode(400).body("errors[0].field", equalTo("port"));
        as(candidate).body("{\"host\": \"imap.example.org/x\", \"port\": 993, \"username\": \"u\", \"password\": \"p\"}")
                .put("/api/v1/mailbox").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("host", "tls"));
        as(candidate).body("{\"host\": \"imap.example.org\", \"port\": \"x\"}").put("/api/v1/mailbox")
                .then().statusCode(400).body("errors[0].field", equalTo("port"));
    }

    @Test
    void aReplyInTheThreadOfADirectSendIsDetectedOnceAndNewslettersAndGarbageChangeNothing() {
        String candidate = "cand-" + UUID.randomUUID();
        String address = candidate + "@example.org";
        GreenMailUser user = CandidateMailboxes.user(address, "app-pass");
        UUID interview = Fixtures.interview(candidate, address, "avery@northwind.example", DeliveryMode.SEND_DIRECT);
        UUID followUp = Fixtures.thankYou(candidate, interview, "avery@northwind.example");
        awaitProjected(candidate, interview);

        as(candidate).body(connectBody(address, "app-pass")).put("/api/v1/mailbox").then().statusCode(200)
                .body("host", equalTo("127.0.0.1")).body("password", nullValue());
        Instant replied = Fixtures.INTERVIEWED.plus(Duration.ofDays(1));
        // The company's newsletter, 8-bit garbage, a reply with a 10 MB attachment from a stranger, then the reply.
        CandidateMailboxes.deliver(user, """
                From: Northwind Careers <careers@northwind.example>
                To: %s
                Subject: New roles at Northwind
                List-Id: <careers.northwind.example>
                Date: %s
                Message-ID: <news-1@northwind.example>

                Ten new roles this week.
                """.formatted(address, rfcDate(replied)));
        byte[] garbage = new byte[2048];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (0x80 + (i * 31) % 0x7f);
        }
        CandidateMailboxes.deliver(user, garbage);
        CandidateMailboxes.deliver(user, bigAttachment(address, replied));
        CandidateMailboxes.deliver(user, """
                From: Sam Assistant <sam@northwind.example>
                To: %s
                Subject: Re: Thank you for today
                Date: %s
                Message-ID: <reply-1@northwind.example>
                In-Reply-To: <followup-%s@tactful.dev>
                References: <followup-%s@tactful.dev>

                Avery asked me to say thanks; we will be in touch.
                """.formatted(address, rfcDate(replied), followUp, followUp));

        await().atMost(WAIT).until(() -> inboxEvents(interview).size() == 1);
        ReplyDetected reply = (ReplyDetected) TactfulEvents.parse(inboxEvents(interview).get(0)).data();
        assertThat(reply.matchedBy()).isEqualTo(MatchedBy.THREAD);
        assertThat(reply.followUpId()).isEqualTo(followUp);
        assertThat(reply.candidateId()).isEqualTo(candidate);
        assertThat(reply.messageId()).isEqualTo("<reply-1@northwind.example>");
        assertThat(reply.receivedAt()).isEqualTo(replied);
        assertThat(reply.sender()).isEqualTo("sam@northwind.example");
        ConsumerRecord<String, byte[]> record = inboxEvents(interview).get(0);
        assertThat(TopicRecords.header(record, "ce_source")).isEqualTo("/tactful/inbox-service");
        assertThat(TopicRecords.header(record, "ce_type")).isEqualTo("tactful.inbox.reply.v1");

        await().atMost(WAIT).untilAsserted(() -> as(candidate).get("/api/v1/mailbox").then().statusCode(200)
                .body("counts.REPLY", equalTo(1)).body("counts.AUTOMATIC", equalTo(1))
                .body("detections[0].classification", equalTo("REPLY")).body("detections[0].interviewId", equalTo(interview.toString()))
                .body("lastError", nullValue()).body("lastSyncAt", not(nullValue())));
        // A second reply in the same thread is no news: the interview has its answer.
        CandidateMailboxes.deliver(user, """
                From: avery@northwind.example
                Subject: Re: Thank you for today
                Date: %s
                Message-ID: <reply-2@northwind.example>
                In-Reply-To: <reply-1@northwind.example>

                One more thing.
                """.formatted(rfcDate(replied.plusSeconds(60))));
        await().atMost(WAIT).untilAsserted(() -> as(candidate).get("/api/v1/mailbox").then()
                .body("counts.UNMATCHED", org.hamcrest.Matchers.greaterThanOrEqualTo(3)));
        assertThat(inboxEvents(interview)).hasSize(1);
        assertThat(CandidateMailboxes.anySeen(address)).as("no message marked \\Seen").isFalse();

        as(candidate).delete("/api/v1/mailbox").then().statusCode(204);
        as(candidate).get("/api/v1/mailbox").then().statusCode(404);
        as(candidate).delete("/api/v1/mailbox").then().statusCode(404);
    }

    @Test
    void aReplyFromTheInterviewersAddressInDraftModeIsDetected() {
        String candidate = "cand-" + UUID.randomUUID();
        String address = candidate + "@example.org";
        GreenMailUser user = CandidateMailboxes.user(address, "app-pass");
        UUID interview = Fixtures.interview(candidate, address, "jordan@contoso.example", DeliveryMode.DRAFT_TO_CANDIDATE);
        awaitProjected(candidate, interview);
        as(candidate).body(connectBody(address, "app-pass")).put("/api/v1/mailbox").then().statusCode(200);
        CandidateMailboxes.deliver(user, """
                From: Jordan Lee <Jordan@Contoso.example>
                To: %s
                Subject: Re: Thanks
                Date: %s
                Message-ID: <j-1@contoso.example>

                Great talking to you.
                """.formatted(address, rfcDate(Fixtures.INTERVIEWED.plus(Duration.ofHours(20)))));
        await().atMost(WAIT).until(() -> inboxEvents(interview).size() == 1);
        ReplyDetected reply = (ReplyDetected) TactfulEvents.parse(inboxEvents(interview).get(0)).data();
        assertThat(reply.matchedBy()).isEqualTo(MatchedBy.SENDER);
        assertThat(reply.sender()).isEqualTo("jordan@contoso.example");
        assertThat(reply.evidence()).contains("Avery Stone");
    }

    @Test
    void aPasswordChangedOnTheServerShowsAsAnErrorAndTheSyncRecoversWhenItWorksAgain() {
        String candidate = "cand-" + UUID.randomUUID();
        String address = candidate + "@example.org";
        GreenMailUser user = CandidateMailboxes.user(address, "first");
        as(candidate).body(connectBody(address, "first")).put("/api/v1/mailbox").then().statusCode(200);
        user.setPassword("second");
        await().atMost(WAIT).untilAsserted(() -> as(candidate).get("/api/v1/mailbox").then().statusCode(200)
                .body("lastError", containsString("refused the login")).body("lastError", not(containsString("first"))));
        user.setPassword("first");
        await().atMost(WAIT).untilAsserted(() -> as(candidate).get("/api/v1/mailbox").then().statusCode(200)
                .body("lastError", nullValue()).body("lastSyncAt", not(nullValue())));
    }

    static void awaitProjected(String candidate, UUID interview) {
        await().atMost(WAIT).until(() -> Db.count("SELECT count(*) FROM interview_view WHERE interview_id = ?", interview) == 1);
    }

    static byte[] bigAttachment(String to, Instant at) {
        StringBuilder b = new StringBuilder();
        b.append("From: stranger@elsewhere.example\r\nTo: ").append(to).append("\r\nSubject: Your CV\r\nDate: ").append(rfcDate(at))
                .append("\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\n")
                .append("Content-Type: text/plain\r\n\r\nSee attached.\r\n--zz\r\nContent-Type: application/pdf\r\n")
                .append("Content-Disposition: attachment; filename=\"big.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        String line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n";
        for (int i = 0; i < 10 * 1024 * 1024 / 76; i++) {
            b.append(line);
        }
        b.append("--zz--\r\n");
        return b.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

}

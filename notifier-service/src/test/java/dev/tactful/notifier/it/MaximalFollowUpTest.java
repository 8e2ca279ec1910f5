package dev.tactful.notifier.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tactful.events.Candidate;
import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.FollowUpPromise;
import dev.tactful.events.InterviewDetails;
import dev.tactful.events.InterviewFormat;
import dev.tactful.events.Limits;
import dev.tactful.events.Policy;
import dev.tactful.events.Recipient;
import dev.tactful.infra.TactfulInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A FollowUpDue with every field at the contract's limit ({@link Limits}): the longest candidate id, names, title,
 * addresses, company, role, 20 topics of 500 characters in each list and the longest promise. Each email kind renders,
 * passes the gate, is stored and delivered once over real SMTP, with a subject line of at most {@link Limits#SUBJECT}
 * characters; and every bounded column of the notifier is at least as wide as the limit of what it stores.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class MaximalFollowUpTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final String[] WORDS = { "steady", "billing", "streams", "kafka", "review", "launch", "design", "metrics" };

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "THANK_YOU, SEND_DIRECT", "THANK_YOU, DRAFT_TO_CANDIDATE", "STATUS_CHECK, SEND_DIRECT",
            "GRACIOUS_CLOSE, SEND_DIRECT", "MOVE_ON, DRAFT_TO_CANDIDATE", "KEEP_SEARCHING, DRAFT_TO_CANDIDATE" })
    void aFollowUpWithEveryFieldAtItsLimitIsDeliveredOnce(FollowUpKind kind, DeliveryMode mode) throws Exception {
        String candidateId = ("cand-" + UUID.randomUUID() + "-" + "c".repeat(Limits.CANDIDATE_ID)).substring(0, Limits.CANDIDATE_ID);
        Candidate candidate = new Candidate(text("Rowan", Limits.NAME), address("rowan", Limits.EMAIL), ZoneId.of("Europe/Berlin"));
        Recipient interviewer = new Recipient(UUID.randomUUID().toString(), text("Avery", Limits.NAME), text("Manager", Limits.TITLE),
                address("avery", Limits.EMAIL), ZoneId.of("Asia/Tokyo"));
        Recipient to = kind.employerFacing() ? interviewer
                : new Recipient(null, candidate.name(), null, candidate.email(), candidate.timeZone());
        Instant interviewedAt = Instant.parse("2026-11-19T01:00:00Z");
        LocalDate latest = Limits.latestDate(LocalDate.of(2026, 11, 19));
        InterviewDetails interview = new InterviewDetails(text("Northwind", Limits.COMPANY), text("Platform Engineer", Limits.ROLE),
                interviewedAt, InterviewFormat.VIDEO, latest, topics("topic"), topics("point"), topics("concern"),
                new FollowUpPromise(Channel.EMAIL, latest, text("Send the design notes", Limits.PROMISE_NOTE)), null);
        FollowUpDue due = new FollowUpDue(UUID.randomUUID(), UUID.randomUUID(), candidateId, kind, "R1",
                "It is part of the plan.", Channel.EMAIL, to, Instant.parse("2026-11-20T08:00:00Z"), Policy.STANDARD, mode,
                candidate, interview);
        Kafka.publish(due);

        String messageId = "<followup-" + due.followUpId() + "@tactful.dev>";
        await().atMost(WAIT).until(() -> !Mailbox.withMessageId(messageId).isEmpty());
        List<MimeMessage> mails = Mailbox.withMessageId(messageId);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        String expectedTo = mode == DeliveryMode.SEND_DIRECT && kind.employerFacing() ? interviewer.email() : candidate.email();
        assertThat(((InternetAddress) mail.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress()).isEqualTo(expectedTo);
        assertThat(mail.getSubject()).isNotBlank();
        assertThat(mail.getSubject().length()).as(mail.getSubject()).isLessThanOrEqualTo(Limits.SUBJECT);

        await().atMost(WAIT).until(() -> {
            Map<String, Object> delivery = Db.delivery(due.followUpId());
            return delivery != null && "SENT".equals(delivery.get("status"));
        });
        Map<String, Object> row = Db.delivery(due.followUpId());
        assertThat(row.get("candidate_id")).isEqualTo(candidateId);
        assertThat(((String) row.get("mail_subject")).length()).isLessThanOrEqualTo(Limits.SUBJECT);
    }

    /** Every length-limited column holds the contract's limit of what it stores; the rest are enum names or rule ids. */
    @Test
    void everyBoundedColumnHoldsTheContractsLimit() {
        Map<String, Integer> needed = Map.of("candidate_id", Limits.CANDIDATE_ID);
        List<String> enumLike = List.of("kind", "channel", "delivery_mode", "rule", "status", "purpose");
        List<Map<String, Object>> columns = Db.rows("""
                SELECT table_name, column_name, character_maximum_length AS width FROM information_schema.columns
                WHERE table_schema = current_schema() AND character_maximum_length IS NOT NULL
                  AND table_name NOT LIKE 'flyway%'""");
        assertThat(columns).isNotEmpty();
        for (Map<String, Object> c : columns) {
            String name = (String) c.get("column_name");
            int width = ((Number) c.get("width")).intValue();
            String where = c.get("table_name") + "." + name;
            if (needed.containsKey(name)) {
                assertThat(width).as(where).isGreaterThanOrEqualTo(needed.get(name));
            } else {
                assertThat(enumLike).as("%s (varchar(%d)) is neither unbounded nor known to hold an enum", where, width).contains(name);
            }
        }
    }

    static String text(String tag, int length) {
        StringBuilder b = new StringBuilder(tag);
        for (int i = 0; b.length() < length; i++) {
            b.append(' ').append(WORDS[i % WORDS.length]);
        }
        String s = b.substring(0, length);
        return s.endsWith(" ") ? s.substring(0, length - 1) + "z" : s;
    }

    /** A unique address of exactly {@code length} characters: a 64-character local part, labels of at most 63. */
    static String address(String tag, int length) {
        String local = (tag + "-" + UUID.randomUUID() + "x".repeat(64)).substring(0, 64);
        StringBuilder domain = new StringBuilder();
        int left = length - 64 - 1 - ".example".length();
        while (left > 0) {
            int n = Math.min(63, left);
            if (left - n == 1) {
                n--;
            }
            domain.append("d".repeat(n));
            left -= n;
            if (left > 0) {
                domain.append('.');
                left--;
            }
        }
        String address = local + "@" + domain + ".example";
        assertThat(address).hasSize(length);
        return address;
    }

    private static List<String> topics(String tag) {
        List<String> list = new ArrayList<>();
        IntStream.range(0, Limits.TOPICS).forEach(i -> list.add(text(tag + " " + i, Limits.TOPIC)));
        return list;
    }
}

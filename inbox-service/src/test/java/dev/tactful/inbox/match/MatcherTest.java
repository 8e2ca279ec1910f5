package dev.tactful.inbox.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tactful.events.MatchedBy;
import dev.tactful.inbox.classify.Classifier;
import dev.tactful.inbox.classify.MessageFacts;

class MatcherTest {

    static final UUID OLD = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID NEW = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID FOLLOW_UP = UUID.fromString("8a1f3c5e-7d9b-4b2a-9c4e-6f8a0b2c4d6e");
    static final Instant T0 = Instant.parse("2027-01-04T09:00:00Z");

    static final CandidateContext CTX = new CandidateContext(Set.of("rowan@example.org"),
            List.of(new WaitingInterview(OLD, T0, Map.of("avery@northwind.example", "Avery Stone, interviewer")),
                    new WaitingInterview(NEW, T0.plusSeconds(86_400 * 3),
                            Map.of("avery@northwind.example", "Avery Stone, interviewer", "ana@agency.example", "Ana, agency"))),
            Map.of(FOLLOW_UP, OLD));

    static MessageFacts mail(String from, Instant date, List<String> thread) {
        return new MessageFacts(7, "<m@x>", date, from, "Re: Thank you", Map.of(), thread, "Thanks!", null);
    }

    @Test
    void aThreadNamingOurMessageIdWinsWhoeverSendsIt() {
        MessageFacts m = mail("assistant@northwind.example", T0.plusSeconds(86_400 * 5),
                List.of("<followup-" + FOLLOW_UP + "@tactful.dev>"));
        Match match = Matcher.match(m, Classifier.classify(m), CTX).orElseThrow();
        assertThat(match.interviewId()).isEqualTo(OLD);
        assertThat(match.matchedBy()).isEqualTo(MatchedBy.THREAD);
        assertThat(match.followUpId()).isEqualTo(FOLLOW_UP);
    }

    @Test
    void aKnownSenderMatchesTheMostRecentWaitingInterviewBeforeTheMessage() {
        MessageFacts later = mail("avery@northwind.example", T0.plusSeconds(86_400 * 5), List.of());
        assertThat(Matcher.match(later, Classifier.classify(later), CTX).orElseThrow().interviewId()).isEqualTo(NEW);
        MessageFacts between = mail("avery@northwind.example", T0.plusSeconds(86_400), List.of());
        Match m = Matcher.match(between, Classifier.classify(between), CTX).orElseThrow();
        assertThat(m.interviewId()).isEqualTo(OLD);
        assertThat(m.matchedBy()).isEqualTo(MatchedBy.SENDER);
        assertThat(m.evidence()).contains("Avery Stone, interviewer");
    }

    @Test
    void schedulingMailFromBeforeTheInterviewIsNoReply() {
        MessageFacts before = mail("avery@northwind.example", T0.minusSeconds(3600), List.of());
        assertThat(Matcher.match(before, Classifier.classify(before), CTX)).isEmpty();
    }

    @Test
    void theCompanysNewsletterAndStrangersAndTheCandidateThemselvesDoNotMatch() {
        MessageFacts newsletter = new MessageFacts(8, "<n@x>", T0.plusSeconds(86_400 * 5), "news@northwind.example",
                "Northwind weekly", Map.of("list-id", "<weekly.northwind.example>"), List.of(), "Jobs", null);
        assertThat(Matcher.match(newsletter, Classifier.classify(newsletter), CTX)).isEmpty();
        MessageFacts colleague = mail("jordan@northwind.example", T0.plusSeconds(86_400 * 5), List.of());
        assertThat(Matcher.match(colleague, Classifier.classify(colleague), CTX)).isEmpty();
        MessageFacts own = mail("rowan@example.org", T0.plusSeconds(86_400 * 5), List.of("<followup-" + FOLLOW_UP + "@tactful.dev>"));
        assertThat(Matcher.match(own, Classifier.classify(own), CTX)).isEmpty();
    }

    @Test
    void aThreadOfAnotherCandidatesFollowUpOrOfANoticeDoesNotMatch() {
        MessageFacts unknown = mail("x@y.example", T0.plusSeconds(86_400 * 5), List.of("<followup-" + UUID.randomUUID() + "@tactful.dev>",
                "<followup-" + FOLLOW_UP + ".held@tactful.dev>"));
        assertThat(Matcher.match(unknown, Classifier.classify(unknown), CTX)).isEmpty();
    }

    @Test
    void aBounceMatchesByItsFailedRecipient() {
        String report = "Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; ana@agency.example\nAction: failed\nStatus: 5.1.1\n";
        MessageFacts bounce = new MessageFacts(9, "<d@mx>", T0.plusSeconds(86_400 * 4), "mailer-daemon@mx.example",
                "Undelivered", Map.of(), List.of(), "", report);
        Match m = Matcher.match(bounce, Classifier.classify(bounce), CTX).orElseThrow();
        assertThat(m.interviewId()).isEqualTo(NEW);
        assertThat(m.matchedBy()).isEqualTo(MatchedBy.FAILED_RECIPIENT);
    }
}

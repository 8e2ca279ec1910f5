package dev.tactful.inbox.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tactful.inbox.classify.Verdict.Kind;

class ClassifierTest {

    static final String HEAD = """
            From: Avery Stone <Avery@Northwind.example>
            To: rowan@example.org
            Date: Tue, 12 Jan 2027 09:30:00 +0100
            Message-ID: <r1@northwind.example>
            """;

    @Test
    void aPlainAnswerIsPersonalAndKeepsItsThread() {
        MessageFacts m = Mime.facts(HEAD + """
                Subject: Re: Thank you
                In-Reply-To: <followup-8a1f3c5e-7d9b-4b2a-9c4e-6f8a0b2c4d6e@tactful.dev>
                References: <a@x> <followup-8a1f3c5e-7d9b-4b2a-9c4e-6f8a0b2c4d6e@tactful.dev>

                Thanks Rowan, we will be in touch next week.
                """);
        assertThat(Classifier.classify(m).kind()).isEqualTo(Kind.PERSONAL);
        assertThat(m.from()).isEqualTo("avery@northwind.example");
        assertThat(m.messageId()).isEqualTo("<r1@northwind.example>");
        assertThat(m.threadIds()).containsExactly("<followup-8a1f3c5e-7d9b-4b2a-9c4e-6f8a0b2c4d6e@tactful.dev>", "<a@x>",
                "<followup-8a1f3c5e-7d9b-4b2a-9c4e-6f8a0b2c4d6e@tactful.dev>");
        assertThat(m.text()).contains("in touch next week");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Auto-Submitted: auto-generated",
            "Auto-Submitted: auto-notified; owner-email=x@y",
            "X-Autoreply: yes",
            "X-Autorespond: on",
            "Precedence: bulk",
            "Precedence: LIST",
            "Precedence: junk",
            "Precedence: auto_reply",
            "List-Id: Northwind news <news.northwind.example>" })
    void automaticHeadersMakeAMessageAutomatic(String header) {
        MessageFacts m = Mime.facts(HEAD + header + "\nSubject: Our newsletter\n\nNew roles this week.\n");
        assertThat(Classifier.classify(m).kind()).isEqualTo(Kind.AUTOMATIC);
    }

    @Test
    void autoSubmittedNoIsAPerson() {
        MessageFacts m = Mime.facts(HEAD + "Auto-Submitted: no\nPrecedence: first-class\nSubject: Re: hi\n\nHello\n");
        assertThat(Classifier.classify(m).kind()).isEqualTo(Kind.PERSONAL);
    }

    @Test
    void mailerDaemonWithoutAReportIsNoReply() {
        MessageFacts m = Mime.facts("From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail\n"
                + "In-Reply-To: <followup-8a1f3c5e-7d9b-4b2a-9c4e-6f8a0b2c4d6e@tactful.dev>\n\nSorry.\n");
        assertThat(Classifier.classify(m).kind()).isEqualTo(Kind.AUTOMATIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Out of Office: back on 18 January|2027-01-18",
            "Automatic reply: Thank you|",
            "Abwesenheitsnotiz: zurück am 18.01.2027|2027-01-18",
            "Réponse automatique : de retour le 18 janvier|2027-01-18",
            "Respuesta automática: fuera de la oficina hasta el 18 de enero|2027-01-18",
            "Out of office until 2027-01-20|2027-01-20" })
    void outOfOfficeSubjectsInFourLanguages(String subject, String back) {
        MessageFacts m = Mime.facts(HEAD + "Subject: =?UTF-8?Q?" + qEncode(subject) + "?=\n\nAway.\n");
        Verdict v = Classifier.classify(m);
        assertThat(v.kind()).isEqualTo(Kind.OUT_OF_OFFICE);
        assertThat(v.returnDate()).isEqualTo(back == null ? null : LocalDate.parse(back));
    }

    @Test
    void anAutomaticBodyPhraseIsOutOfOfficeButAPersonsIsAReply() {
        String body = "\n\nI am away until Friday, 15 January with limited access to email.\n";
        Verdict auto = Classifier.classify(Mime.facts(HEAD + "Auto-Submitted: auto-replied\nSubject: Re: Thank you" + body));
        assertThat(auto.kind()).isEqualTo(Kind.OUT_OF_OFFICE);
        assertThat(auto.returnDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        Verdict person = Classifier.classify(Mime.facts(HEAD + "Subject: Re: Thank you" + body));
        assertThat(person.kind()).isEqualTo(Kind.PERSONAL);
    }

    @Test
    void aDeliveryReportIsABounceForItsFailedRecipient() {
        MessageFacts m = Mime.facts("""
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: rowan@example.org
                Subject: Undelivered Mail Returned to Sender
                Date: Tue, 12 Jan 2027 09:30:00 +0100
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain

                Your message could not be delivered.
                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; Avery@Northwind.example
                Original-Recipient: rfc822;avery@northwind.example
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 no such user
                --b1
                Content-Type: text/rfc822-headers

                Message-ID: <followup-8a1f3c5e-7d9b-4b2a-9c4e-6f8a0b2c4d6e@tactful.dev>
                --b1--
                """);
        Verdict v = Classifier.classify(m);
        assertThat(v.kind()).isEqualTo(Kind.BOUNCE);
        assertThat(v.failedRecipient()).isEqualTo("avery@northwind.example");
        assertThat(v.status()).isEqualTo("5.1.1");
        assertThat(m.text()).contains("could not be delivered");
    }

    @Test
    void aDelayReportIsNoBounce() {
        String report = "Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@b.example\nAction: delayed\nStatus: 4.4.7\n";
        MessageFacts m = new MessageFacts(1, null, null, "mailer-daemon@mx", "Delayed", java.util.Map.of(), null, "", report);
        assertThat(Classifier.classify(m).kind()).isEqualTo(Kind.AUTOMATIC);
    }

    @Test
    void brokenMimeIsClassifiedOnItsHeaders() {
        MessageFacts m = Mime.facts(HEAD + """
                Subject: Re: Thank you
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="never-closed"

                --never-closed
                Content-Type: text/plain; charset=no-such-charset
                Content-Transfer-Encoding: base64

                !!!not base64!!!
                """);
        assertThat(Classifier.classify(m).kind()).isEqualTo(Kind.PERSONAL);
        assertThat(m.from()).isEqualTo("avery@northwind.example");
    }

    @Test
    void eightBitGarbageAndNoHeadersAtAllDoNotThrow() {
        byte[] garbage = new byte[4096];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 37 + 128);
        }
        MessageFacts m = Mime.facts(garbage);
        assertThat(m.from()).isNull();
        assertThat(Classifier.classify(m).kind()).isIn(Kind.PERSONAL, Kind.AUTOMATIC);
        MessageFacts latin = Mime.facts(("From: x@y.example\nSubject: caf\u00e9\n\nna\u00efve \u00ff\u00fe\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin.from()).isEqualTo("x@y.example");
    }

    @Test
    void onlyTheFirstTextPartIsReadAndItIsCutShort() {
        String big = "x".repeat(100_000);
        MessageFacts m = Mime.facts(HEAD + """
                Subject: Re: Thank you
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                """ + big + """

                --b
                Content-Type: application/octet-stream
                Content-Disposition: attachment; filename="cv.pdf"

                AAAA
                --b--
                """);
        assertThat(m.text()).hasSize(MessageFacts.MAX_TEXT);
    }

    private static String qEncode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == ' ') {
                out.append('_');
            } else if (c < 128 && Character.isLetterOrDigit(c) || c == '-' || c == '.') {
                out.append((char) c);
            } else {
                out.append(String.format("=%02X", c));
            }
        }
        return out.toString();
    }
}

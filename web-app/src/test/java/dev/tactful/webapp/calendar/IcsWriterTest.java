package dev.tactful.webapp.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tactful.webapp.api.Dtos.FollowUp;
import dev.tactful.webapp.api.Dtos.InterviewSummary;
import dev.tactful.webapp.api.Dtos.Recipient;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;

class IcsWriterTest {

    static final InterviewSummary INTERVIEW = new InterviewSummary(UUID.randomUUID(), "AWAITING_RESPONSE", "Northwind",
            "Platform Engineer", Instant.parse("2030-01-07T01:00:00Z"), "VIDEO", Instant.parse("2030-01-07T03:00:00Z"));
    static final UUID THANKS = UUID.randomUUID();
    static final UUID CHECK = UUID.randomUUID();

    static FollowUp followUp(UUID id, String kind, String status, String due, String rule) {
        return new FollowUp(id, kind.toLowerCase(), kind, new Recipient("Avery Stone", "avery@northwind.example", null, "Asia/Tokyo"),
                "EMAIL", status, Instant.parse(due), LocalDateTime.parse(due.replace("Z", "")), "Asia/Tokyo", rule,
                "Because the rule says so <b>now</b>", status.equals("CANCELLED") ? "R8" : null,
                status.equals("CANCELLED") ? "The employer replied." : null, null, null);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String uid(VEvent e) {
        return e.getProperty(Property.UID).orElseThrow().getValue();
    }

    @Test
    void everyFollowUpIsAnEventInUtcWithRuleReasonAndAnAlarm() throws Exception {
        String ics = IcsWriter.write(IcsWriter.calendar(List.of(new IcsWriter.Entry(INTERVIEW, List.of(
                followUp(THANKS, "THANK_YOU", "PLANNED", "2030-01-08T00:00:00Z", "R1"),
                followUp(CHECK, "STATUS_CHECK", "CANCELLED", "2030-01-17T01:00:00Z", "R6"))))));
        Calendar cal = parse(ics);
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent thanks = events.stream().filter(e -> uid(e).startsWith(THANKS.toString())).findFirst().orElseThrow();
        assertThat(thanks.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20300108T000000Z");
        assertThat(thanks.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("R1: Because the rule says so <b>now</b>");
        assertThat(thanks.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        List<VAlarm> alarms = thanks.getAlarms();
        assertThat(alarms).hasSize(1);
        assertThat(alarms.get(0).getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
        VEvent check = events.stream().filter(e -> uid(e).startsWith(CHECK.toString())).findFirst().orElseThrow();
        assertThat(check.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(check.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("R8: The employer replied.");
        assertThat(ics).contains("BEGIN:VCALENDAR").contains("VERSION:2.0").contains("PRODID:");
    }

    @Test
    void uidsStayTheSameWhenThePlanChanges() throws Exception {
        Calendar before = parse(IcsWriter.write(IcsWriter.calendar(List.of(new IcsWriter.Entry(INTERVIEW, List.of(
                followUp(THANKS, "THANK_YOU", "PLANNED", "2030-01-08T00:00:00Z", "R1"),
                followUp(CHECK, "STATUS_CHECK", "PLANNED", "2030-01-17T01:00:00Z", "R6")))))));
        // Re-planned: the check was snoozed and then cancelled, the thank-you fired.
        Calendar after = parse(IcsWriter.write(IcsWriter.calendar(List.of(new IcsWriter.Entry(INTERVIEW, List.of(
                followUp(THANKS, "THANK_YOU", "FIRED", "2030-01-08T00:00:00Z", "R1"),
                followUp(CHECK, "STATUS_CHECK", "CANCELLED", "2030-01-20T01:00:00Z", "R6")))))));
        List<String> uidsBefore = before.<VEvent>getComponents(Component.VEVENT).stream().map(IcsWriterTest::uid).sorted().toList();
        List<String> uidsAfter = after.<VEvent>getComponents(Component.VEVENT).stream().map(IcsWriterTest::uid).sorted().toList();
        assertThat(uidsAfter).isEqualTo(uidsBefore).hasSize(2).allMatch(u -> u.endsWith("@tactful.dev"));
    }

    @Test
    void noFollowUpsIsAnEmptyButValidCalendar() throws Exception {
        Calendar cal = parse(IcsWriter.write(IcsWriter.calendar(List.of())));
        assertThat(cal.getComponents(Component.VEVENT)).isEmpty();
    }
}

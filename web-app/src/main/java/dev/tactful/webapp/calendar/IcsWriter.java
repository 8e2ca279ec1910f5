package dev.tactful.webapp.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.tactful.webapp.api.Dtos.FollowUp;
import dev.tactful.webapp.api.Dtos.InterviewSummary;
import dev.tactful.webapp.pages.Labels;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The feed as RFC 5545 iCalendar, built with ical4j: one VEVENT per follow-up, starting at its due time in UTC,
 * with a display alarm; its UID is the follow-up id, which the planner keeps across re-plans, so a calendar
 * replaces an event instead of duplicating it. Cancelled and skipped follow-ups stay in the feed as CANCELLED so
 * subscribed calendars drop them.
 */
public final class IcsWriter {

    public static final String UID_DOMAIN = "@tactful.dev";
    static final Duration LENGTH = Duration.ofMinutes(15);
    static final Set<String> GONE = Set.of("CANCELLED", "SKIPPED");

    /** One interview's follow-ups. */
    public record Entry(InterviewSummary interview, List<FollowUp> followUps) {
    }

    private IcsWriter() {
    }

    public static Calendar calendar(List<Entry> entries) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Tactful//Interview follow-ups//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        for (Entry entry : entries) {
            for (FollowUp f : entry.followUps()) {
                cal.add(event(entry.interview(), f));
            }
        }
        return cal;
    }

    public static String write(Calendar cal) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static VEvent event(InterviewSummary interview, FollowUp f) {
        String who = f.recipient() == null || f.recipient().name() == null ? "you" : f.recipient().name();
        String summary = Labels.kind(f.kind()) + " to " + who + " (" + interview.company() + ")";
        VEvent event = new VEvent(f.dueAt(), LENGTH, summary);
        event.add(new Uid(f.id() + UID_DOMAIN));
        StringBuilder text = new StringBuilder()
                .append(Labels.kind(f.kind())).append(" by ").append(Labels.channel(f.channel()))
                .append(" for ").append(interview.role()).append(" at ").append(interview.company()).append(".\n")
                .append(f.rule()).append(": ").append(f.reason() == null ? "" : f.reason());
        if (f.statusReason() != null) {
            text.append("\n").append(f.statusRule() == null ? "" : f.statusRule() + ": ").append(f.statusReason());
        }
        event.add(new Description(text.toString()));
        event.add(GONE.contains(f.status()) ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        VAlarm alarm = new VAlarm(Duration.ofMinutes(-15));
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(summary));
        event.add(alarm);
        return event;
    }
}

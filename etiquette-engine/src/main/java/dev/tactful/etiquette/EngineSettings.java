package dev.tactful.etiquette;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The tunable numbers behind the rules. Defaults are those of the rule table in etiquette-engine/README.md.
 *
 * @param businessDays          days employer-facing messages may land on (R11)
 * @param businessStart         start of the recipient's send window, local time (R11)
 * @param businessEnd           end of the recipient's send window, local time, exclusive (R11)
 * @param quietStart            start of the candidate's night; candidate reminders avoid it (R11)
 * @param quietEnd              end of the candidate's night (R11)
 * @param thankYouWithin        how soon after the interview's end thank-yous are due (R1)
 * @param graceBusinessDays     business days after the decision date before the status check (R6)
 * @param defaultCheckInDays    days after the interview for the status check when no date was given (R6)
 * @param closeBusinessDays     business days after a rejection for the gracious close (R9)
 * @param linkedinAfterDays     days of silence after a status check before a LinkedIn request (R10)
 * @param moveOnAfterDays       days after the last touch before the candidate is told to move on (R15)
 * @param minDaysBetweenTouches minimum days between two messages to one person on one channel (R7)
 * @param maxTouchesPerPerson   hard cap of messages to one person under PERSISTENT (R7)
 */
public record EngineSettings(
        Set<DayOfWeek> businessDays,
        LocalTime businessStart,
        LocalTime businessEnd,
        LocalTime quietStart,
        LocalTime quietEnd,
        Duration thankYouWithin,
        int graceBusinessDays,
        int defaultCheckInDays,
        int closeBusinessDays,
        int linkedinAfterDays,
        int moveOnAfterDays,
        int minDaysBetweenTouches,
        int maxTouchesPerPerson) {

    public EngineSettings {
        businessDays = Set.copyOf(businessDays);
    }

    public static EngineSettings defaults() {
        return new EngineSettings(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0),
                LocalTime.of(21, 0), LocalTime.of(8, 0),
                Duration.ofHours(24), 3, 10, 1, 7, 14, 7, 3);
    }
}

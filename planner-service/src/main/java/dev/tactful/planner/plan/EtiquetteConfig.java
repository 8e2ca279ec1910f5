package dev.tactful.planner.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

import dev.tactful.etiquette.EngineSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The engine's tunables as configuration ({@code tactful.etiquette.*}); defaults equal {@link EngineSettings#defaults()}. */
@ConfigMapping(prefix = "tactful.etiquette")
public interface EtiquetteConfig {

    /** Days employer-facing messages may land on (R11). */
    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    Set<DayOfWeek> businessDays();

    /** Start of the recipient's send window, local time (R11). */
    @WithDefault("09:00")
    LocalTime businessStart();

    /** End of the send window, exclusive (R11). */
    @WithDefault("17:00")
    LocalTime businessEnd();

    /** Start of the candidate's night; reminders avoid it (R11). */
    @WithDefault("21:00")
    LocalTime quietStart();

    @WithDefault("08:00")
    LocalTime quietEnd();

    /** How soon after the interview thank-yous are due (R1). */
    @WithDefault("PT24H")
    Duration thankYouWithin();

    /** Business days after the decision date before the status check (R6). */
    @WithDefault("3")
    int graceBusinessDays();

    /** Days after the interview for the status check when no decision date was given (R6). */
    @WithDefault("10")
    int defaultCheckInDays();

    /** Business days after a rejection for the gracious close (R9). */
    @WithDefault("1")
    int closeBusinessDays();

    /** Days of silence after a status check before a LinkedIn request (R10). */
    @WithDefault("7")
    int linkedinAfterDays();

    /** Days after the last touch before the candidate is told to move on (R15). */
    @WithDefault("14")
    int moveOnAfterDays();

    /** Minimum days between two messages to one person on one channel (R7). */
    @WithDefault("7")
    int minDaysBetweenTouches();

    /** Hard cap of messages to one person under PERSISTENT (R7). */
    @WithDefault("3")
    int maxTouchesPerPerson();

    default EngineSettings toSettings() {
        return new EngineSettings(businessDays(), businessStart(), businessEnd(), quietStart(), quietEnd(),
                thankYouWithin(), graceBusinessDays(), defaultCheckInDays(), closeBusinessDays(), linkedinAfterDays(),
                moveOnAfterDays(), minDaysBetweenTouches(), maxTouchesPerPerson());
    }
}

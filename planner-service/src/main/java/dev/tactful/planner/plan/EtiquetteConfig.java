package dev.tactful.planner.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

import dev.tactful.etiquette.EngineSettings;
import io.smallrye.config.ConfigMapping;

/**
 * The engine's tunables as configuration ({@code tactful.etiquette.*}). Every one is optional: what is not set
 * keeps {@link EngineSettings#defaults()}, so the defaults are written in the engine only and cannot drift apart.
 */
@ConfigMapping(prefix = "tactful.etiquette")
public interface EtiquetteConfig {

    /** Days employer-facing messages may land on (R11). */
    Optional<Set<DayOfWeek>> businessDays();

    /** Start of the recipient's send window, local time (R11). */
    Optional<LocalTime> businessStart();

    /** End of the send window, exclusive (R11). */
    Optional<LocalTime> businessEnd();

    /** Start of the candidate's night; reminders avoid it (R11). */
    Optional<LocalTime> quietStart();

    Optional<LocalTime> quietEnd();

    /** How soon after the interview thank-yous are due (R1). */
    Optional<Duration> thankYouWithin();

    /** Business days after the decision date before the status check (R6). */
    Optional<Integer> graceBusinessDays();

    /** Days after the interview for the status check when no decision date was given (R6). */
    Optional<Integer> defaultCheckInDays();

    /** Business days after a rejection for the gracious close (R9). */
    Optional<Integer> closeBusinessDays();

    /** Days of silence after a status check before a LinkedIn request (R10). */
    Optional<Integer> linkedinAfterDays();

    /** Days after the last touch before the candidate is told to move on (R15). */
    Optional<Integer> moveOnAfterDays();

    /** Minimum days between two messages to one person on one channel (R7). */
    Optional<Integer> minDaysBetweenTouches();

    /** Hard cap of messages to one person under PERSISTENT (R7). */
    Optional<Integer> maxTouchesPerPerson();

    default EngineSettings toSettings() {
        EngineSettings d = EngineSettings.defaults();
        return new EngineSettings(
                businessDays().orElse(d.businessDays()),
                businessStart().orElse(d.businessStart()),
                businessEnd().orElse(d.businessEnd()),
                quietStart().orElse(d.quietStart()),
                quietEnd().orElse(d.quietEnd()),
                thankYouWithin().orElse(d.thankYouWithin()),
                graceBusinessDays().orElse(d.graceBusinessDays()),
                defaultCheckInDays().orElse(d.defaultCheckInDays()),
                closeBusinessDays().orElse(d.closeBusinessDays()),
                linkedinAfterDays().orElse(d.linkedinAfterDays()),
                moveOnAfterDays().orElse(d.moveOnAfterDays()),
                minDaysBetweenTouches().orElse(d.minDaysBetweenTouches()),
                maxTouchesPerPerson().orElse(d.maxTouchesPerPerson()));
    }
}

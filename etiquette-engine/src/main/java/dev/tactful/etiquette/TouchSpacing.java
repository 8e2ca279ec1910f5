package dev.tactful.etiquette;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * R7 spacing: at least {@code minDaysBetweenTouches} between two employer-facing messages to the same person on
 * the same channel. Candidate reminders are not touches, so they are never spaced. The rules use it while planning
 * and services use it when the candidate moves a message (snooze), so a moved message obeys exactly the rule a
 * planned one does.
 */
public final class TouchSpacing {

    private final Duration gap;

    public TouchSpacing(EngineSettings settings) {
        this.gap = Duration.ofDays(settings.minDaysBetweenTouches());
    }

    public Duration gap() {
        return gap;
    }

    /** True when both are employer-facing messages to the same person on the same channel. */
    public static boolean sameLine(Touch a, Touch b) {
        return a.kind().employerFacing() && b.kind().employerFacing() && a.channel() == b.channel()
                && a.recipient().isSamePersonAs(b.recipient());
    }

    /**
     * The same line across two interviews: employer-facing messages on one channel to one email address. An
     * interviewer id names a person within one interview only, so the address is what identifies them here.
     */
    public static boolean sameLineAcrossInterviews(Touch a, Touch b) {
        return a.kind().employerFacing() && b.kind().employerFacing() && a.channel() == b.channel()
                && sameAddress(a.recipient().email(), b.recipient().email());
    }

    static boolean sameAddress(String a, String b) {
        return a != null && b != null && !a.isBlank()
                && a.strip().toLowerCase(java.util.Locale.ROOT).equals(b.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** True when a message of another interview is on the same line and less than the gap apart. */
    public boolean tooCloseAcrossInterviews(Touch a, Touch elsewhere) {
        return sameLineAcrossInterviews(a, elsewhere) && Duration.between(a.at(), elsewhere.at()).abs().compareTo(gap) < 0;
    }

    /** True when the two share a line and are less than the gap apart (exactly the gap is allowed). */
    public boolean tooClose(Touch a, Touch b) {
        return sameLine(a, b) && Duration.between(a.at(), b.at()).abs().compareTo(gap) < 0;
    }

    /** The first of {@code others} that {@code touch} would come too close to, if any. */
    public Optional<Touch> firstTooClose(Touch touch, List<Touch> others) {
        return others.stream().filter(other -> tooClose(touch, other)).findFirst();
    }
}

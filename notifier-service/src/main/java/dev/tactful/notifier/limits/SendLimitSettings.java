package dev.tactful.notifier.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much employer-facing mail Tactful sends on anyone's behalf ({@code tactful.limits.*}). Direct sends go from
 * Tactful's own SMTP server to people who never signed up, so one account (or many) must not be able to turn it
 * into a bulk mailer. Windows are rolling and on machine time: they protect real inboxes, which a simulated
 * business clock does not speed up.
 */
@ConfigMapping(prefix = "tactful.limits")
public interface SendLimitSettings {

    /** Employer-facing messages Tactful sends for one candidate within {@link #candidateWindow()}. */
    @WithDefault("30")
    int candidateMessages();

    @WithDefault("P1D")
    Duration candidateWindow();

    /** Messages one recipient address gets from Tactful within {@link #recipientWindow()}, across all candidates. */
    @WithDefault("3")
    int recipientMessages();

    @WithDefault("P7D")
    Duration recipientWindow();
}

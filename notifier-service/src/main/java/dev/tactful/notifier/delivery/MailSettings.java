package dev.tactful.notifier.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sender identity ({@code tactful.mail.*}). */
@ConfigMapping(prefix = "tactful.mail")
public interface MailSettings {

    /** Tactful's own sender, e.g. {@code Tactful <no-reply@tactful.dev>}. */
    @WithDefault("Tactful <no-reply@tactful.dev>")
    String from();

    /** Right-hand side of every Message-ID Tactful generates. */
    @WithDefault("tactful.dev")
    String messageIdDomain();
}

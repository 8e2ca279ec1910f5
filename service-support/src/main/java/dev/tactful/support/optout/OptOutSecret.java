package dev.tactful.support.optout;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the configured opt-out secret ({@code tactful.optout.secret}, {@code TACTFUL_OPTOUT_SECRET}) into key bytes,
 * refusing what would make the links forgeable. Both services that hold it (the notifier signs, interview-service
 * verifies) call this at start-up, so a service without a usable secret does not start: without one, anybody could
 * stop a candidate's follow-ups, and a notifier would send links nobody can verify.
 */
public final class OptOutSecret {

    /** At least 256 bits, the size of the HMAC-SHA256 key that does not get hashed down. */
    public static final int MIN_BYTES = 32;

    /** The secret the dev and test profiles ship in the repository: public, so never for real mail. */
    public static final String SHIPPED_DEV_SECRET = "tactful-dev-optout-secret-for-laptops-and-tests-only";

    private OptOutSecret() {
    }

    /**
     * The key bytes (the secret's UTF-8), or an exception naming {@code TACTFUL_OPTOUT_SECRET}.
     *
     * @param allowShipped whether the secret shipped for dev and test is acceptable (the dev/test profiles and
     *                     {@code tactful.security.allow-dev-key=true}, for laptops only)
     */
    public static byte[] key(Optional<String> configured, boolean allowShipped) {
        String secret = configured.map(String::strip).orElse("");
        if (secret.isEmpty()) {
            throw new IllegalStateException("Refusing to start: no opt-out secret is configured, so the one-click "
                    + "\"please don't follow up\" links in direct emails could not be signed or checked. Set "
                    + "TACTFUL_OPTOUT_SECRET (tactful.optout.secret) to a random string of at least " + MIN_BYTES
                    + " bytes, the same in notifier-service and interview-service (e.g. openssl rand -base64 48).");
        }
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException("Refusing to start: TACTFUL_OPTOUT_SECRET (tactful.optout.secret) is "
                    + key.length + " bytes long; it needs at least " + MIN_BYTES + " so nobody can guess it.");
        }
        if (secret.equals(SHIPPED_DEV_SECRET) && !allowShipped) {
            throw new IllegalStateException("Refusing to start: TACTFUL_OPTOUT_SECRET (tactful.optout.secret) is the "
                    + "development value shipped in the Tactful repository, so anyone could sign opt-out links. Set a "
                    + "secret of your own, or, for a laptop or test setup only, TACTFUL_SECURITY_ALLOW_DEV_KEY=true.");
        }
        return key;
    }
}

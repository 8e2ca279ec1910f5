package dev.tactful.notifier.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where a webhook call may go. The URL comes from configuration, but the name in it resolves at call time: a
 * record changed to 127.0.0.1 or 169.254.169.254 (a cloud's metadata service) would turn the notifier into a way
 * to reach what sits behind it (SSRF). So every call resolves the host itself, refuses an address that is not
 * public unless private targets are explicitly allowed, and then connects to exactly that address.
 */
public final class WebhookTarget {

    /** The resolved address to connect to, with the URL it came from. */
    public record Resolved(URI uri, InetAddress address, int port) {
    }

    /** The call must not be made; not worth retrying until the configuration or the DNS record changes. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private WebhookTarget() {
    }

    /** Resolves the URL's host and checks every address it has (blocking: DNS). */
    public static Resolved resolve(URI uri, boolean allowPrivate) throws UnknownHostException {
        InetAddress[] all = InetAddress.getAllByName(uri.getHost());
        if (!allowPrivate) {
            for (InetAddress a : all) {
                Optional<String> why = notPublic(a);
                if (why.isPresent()) {
                    throw new Refused("the webhook host resolves to " + why.get() + " address " + a.getHostAddress()
                            + " (set tactful.webhook.allow-private-addresses=true to allow it)");
                }
            }
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return new Resolved(uri, all[0], port);
    }

    /** Why an address is not a public unicast one (loopback, private, link-local, ...), or empty when it is. */
    public static Optional<String> notPublic(InetAddress a) {
        if (a.isAnyLocalAddress()) {
            return Optional.of("an unspecified");
        }
        if (a.isLoopbackAddress()) {
            return Optional.of("a loopback");
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of("a link-local");
        }
        if (a.isSiteLocalAddress()) {
            return Optional.of("a private");
        }
        if (a.isMulticastAddress()) {
            return Optional.of("a multicast");
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return Optional.of("a this-network");
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return Optional.of("a shared (carrier-grade NAT)");
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return Optional.of("a benchmarking");
            }
            if (first >= 240) {
                return Optional.of("a reserved");
            }
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return Optional.of("a unique local (private)");
            }
            if (isIpv4Mapped(b)) {
                // ::ffff:10.0.0.1 reaches 10.0.0.1: judge the IPv4 address it carries.
                try {
                    return notPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("four bytes are always an IPv4 address", e);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}

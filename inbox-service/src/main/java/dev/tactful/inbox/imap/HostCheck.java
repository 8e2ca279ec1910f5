package dev.tactful.inbox.imap;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A candidate names the server the service connects to, so outside dev and test it must be a public one: no
 * loopback, private, link-local, wildcard or multicast address (the service must not become a way to probe its own
 * network). Checked when connecting and again before every sync, since a name may later resolve elsewhere.
 * Resolving blocks: call it on a worker thread.
 */
public final class HostCheck {

    public enum Verdict {
        PUBLIC,
        NOT_PUBLIC,
        UNKNOWN_HOST
    }

    private HostCheck() {
    }

    public static Verdict of(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Verdict.UNKNOWN_HOST;
        }
        for (InetAddress a : addresses) {
            if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                    || a.isMulticastAddress() || isUniqueLocal(a)) {
                return Verdict.NOT_PUBLIC;
            }
        }
        return Verdict.PUBLIC;
    }

    private static boolean isUniqueLocal(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc;
    }
}

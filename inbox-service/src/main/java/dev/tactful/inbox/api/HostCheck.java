package dev.tactful.inbox.api;

import java.net.InetAddress;
import java.net.UnknownHostException;

import dev.tactful.support.ProblemException;

/**
 * A candidate names the server the service connects to, so outside dev and test it must be a public one: no
 * loopback, private, link-local or wildcard address (the service must not become a way to probe its own network).
 */
final class HostCheck {

    private HostCheck() {
    }

    static void requirePublic(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw ProblemException.badRequest("host", "does not resolve");
        }
        for (InetAddress a : addresses) {
            if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                    || a.isMulticastAddress() || isUniqueLocal(a)) {
                throw ProblemException.badRequest("host", "must be a public mail server");
            }
        }
    }

    private static boolean isUniqueLocal(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc;
    }
}

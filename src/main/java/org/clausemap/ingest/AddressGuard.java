package org.clausemap.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses fetches to hosts that resolve to addresses inside the machine's own networks: loopback, private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 including cloud metadata, fe80::/10), any-local,
 * multicast, and the shared 100.64/10 and "this network" 0/8 ranges. Every resolved address is checked.
 */
final class AddressGuard {

    private AddressGuard() {
    }

    /** Throws when {@code host} may not be fetched under {@code policy}. */
    static void check(String host, UrlFetcher.FetchPolicy policy, String url) {
        String bare = bare(host);
        if (policy.allowPrivateAddresses() || policy.allowedHosts().contains(bare)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new IngestException("Cannot fetch " + url + ": host '" + bare + "' does not resolve", e);
        }
        for (InetAddress address : addresses) {
            String kind = refusedKind(address);
            if (kind != null) {
                throw new IngestException("Refusing to fetch " + url + ": host '" + bare + "' resolves to "
                        + address.getHostAddress() + ", a " + kind + " address (allow it with allowedHosts or "
                        + "allowPrivateAddresses)");
            }
        }
    }

    /** The host in lower case without IPv6 brackets, as {@code allowedHosts} holds it. */
    static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }

    /** Why an address is refused, or null when it is public. */
    static String refusedKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "any-local";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0) {
                return "this-network";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "shared (carrier-grade NAT)";
            }
        } else if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return "private (unique local)";
            }
            if (isMappedIpv4(bytes)) {
                try {
                    byte[] v4 = {bytes[12], bytes[13], bytes[14], bytes[15]};
                    return refusedKind(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return "invalid";
                }
            }
        }
        return null;
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}

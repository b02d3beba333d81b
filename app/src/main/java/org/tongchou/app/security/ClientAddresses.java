package org.tongchou.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address of the client of a request, as sign-in throttling and the audit need it. Behind a reverse
 * proxy every request comes from the proxy, so the proxy's header naming the client is read, but only
 * when the request comes from a proxy listed in {@code tongchou.proxy.trusted-addresses} (addresses or
 * CIDR ranges, none by default): a header from anyone else is ignored, or a client could name any
 * address and escape the throttle. The header ({@code tongchou.proxy.client-header}, default
 * {@code X-Forwarded-For}) is read from the right: the last address not itself a trusted proxy is the
 * client (each proxy appends the address it got the request from).
 */
@Component
class ClientAddresses {
    private final List<Range> trusted;
    private final String header;

    ClientAddresses(@Value("${tongchou.proxy.trusted-addresses:}") List<String> trusted,
            @Value("${tongchou.proxy.client-header:X-Forwarded-For}") String header) {
        this.trusted = trusted.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Range::parse).toList();
        this.header = header;
    }

    /** The client's address: the connection's peer, or what a trusted proxy says the client was. */
    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (trusted.isEmpty() || !isTrusted(peer)) return peer;
        List<String> hops = new ArrayList<>();
        for (var values = request.getHeaders(header); values.hasMoreElements(); ) {
            for (String part : values.nextElement().split(",")) {
                if (!part.isBlank()) hops.add(part.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (parse(hop) == null) return peer; // not an address: the chain cannot be trusted beyond here
            if (!isTrusted(hop)) return hop;
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean isTrusted(String address) {
        byte[] a = parse(address);
        return a != null && trusted.stream().anyMatch(r -> r.contains(a));
    }

    /** The bytes of a literal IPv4 or IPv6 address, or null (never a name look-up). */
    private static byte[] parse(String literal) {
        if (literal == null) return null;
        boolean v4 = literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = literal.contains(":") && literal.matches("[0-9a-fA-F:.\\[\\]%]+");
        if (!v4 && !v6) return null;
        String s = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1) : literal;
        int zone = s.indexOf('%');
        if (zone >= 0) s = s.substring(0, zone);
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address or a CIDR range such as {@code 10.0.0.0/8}. */
    private record Range(byte[] network, int bits) {
        static Range parse(String spec) {
            int slash = spec.indexOf('/');
            byte[] net = ClientAddresses.parse(slash < 0 ? spec : spec.substring(0, slash));
            if (net == null) throw new IllegalArgumentException("tongchou.proxy.trusted-addresses: '" + spec
                    + "' is not an IP address or CIDR range");
            int bits = slash < 0 ? net.length * 8 : Integer.parseInt(spec.substring(slash + 1));
            if (bits < 0 || bits > net.length * 8) {
                throw new IllegalArgumentException("tongchou.proxy.trusted-addresses: bad prefix length in '" + spec + "'");
            }
            return new Range(net, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) return false;
            if (bits == 0) return true;
            BigInteger mask = BigInteger.ONE.shiftLeft(network.length * 8).subtract(BigInteger.ONE)
                    .shiftRight(bits).not();
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}

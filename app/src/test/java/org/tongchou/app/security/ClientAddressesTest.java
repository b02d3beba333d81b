package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The client address behind reverse proxies: the header is believed only from a trusted proxy. */
class ClientAddressesTest {
    private static MockHttpServletRequest from(String peer, String forwardedFor) {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setRemoteAddr(peer);
        if (forwardedFor != null) r.addHeader("X-Forwarded-For", forwardedFor);
        return r;
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddresses none = new ClientAddresses(List.of(), "X-Forwarded-For");
        assertThat(none.of(from("203.0.113.5", "198.51.100.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void theClientIsTheLastAddressThatIsNoTrustedProxy() {
        ClientAddresses c = new ClientAddresses(List.of("10.0.0.0/8", "192.168.1.10", "::1"), "X-Forwarded-For");
        assertThat(c.of(from("10.1.2.3", "198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(c.of(from("10.1.2.3", "6.6.6.6, 198.51.100.1, 10.9.9.9"))).as("a forged first entry is skipped")
                .isEqualTo("198.51.100.1");
        assertThat(c.of(from("192.168.1.10", "2001:db8::7"))).isEqualTo("2001:db8::7");
        assertThat(c.of(from("192.168.1.11", "198.51.100.1"))).as("not a trusted proxy").isEqualTo("192.168.1.11");
        assertThat(c.of(from("10.1.2.3", null))).as("no header").isEqualTo("10.1.2.3");
        assertThat(c.of(from("10.1.2.3", "evil.example.com"))).as("not an address: no name look-up").isEqualTo("10.1.2.3");
        assertThat(c.of(from("0:0:0:0:0:0:0:1", "198.51.100.9"))).as("IPv6 loopback").isEqualTo("198.51.100.9");
    }

    @Test
    void aBadSettingIsRefusedAtStart() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.local"), "X-Forwarded-For"))
                .hasMessageContaining("proxy.local");
    }
}

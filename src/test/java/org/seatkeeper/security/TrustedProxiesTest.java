package org.seatkeeper.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seatkeeper.testing.TestNodes;
import org.springframework.context.ConfigurableApplicationContext;

/** The list of trusted proxies, and the start that refuses a list it cannot read. */
class TrustedProxiesTest {

    @Test
    void an_empty_setting_trusts_nobody() {
        assertThat(TrustedProxies.parse("").any()).isFalse();
        assertThat(TrustedProxies.parse("  ").any()).isFalse();
        assertThat(TrustedProxies.parse(null).any()).isFalse();
    }

    @Test
    void each_listed_address_matches_exactly_and_nothing_else() {
        Pattern proxies =
                Pattern.compile(TrustedProxies.parse(" 10.0.0.1 ,10.0.0.2").asRegex());

        assertThat(proxies.matcher("10.0.0.1").matches()).isTrue();
        assertThat(proxies.matcher("10.0.0.2").matches()).isTrue();
        assertThat(proxies.matcher("10.0.0.100").matches()).isFalse();
        assertThat(proxies.matcher("10a0b0c1").matches()).isFalse();
        assertThat(proxies.matcher("127.0.0.1").matches()).isFalse();
    }

    @Test
    void an_ipv6_proxy_matches_in_tomcats_long_form_and_in_the_short_one() {
        Pattern proxies =
                Pattern.compile(TrustedProxies.parse("::1, 2001:DB8::5").asRegex());

        assertThat(proxies.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(proxies.matcher("::1").matches()).isTrue();
        assertThat(proxies.matcher("2001:db8:0:0:0:0:0:5").matches()).isTrue();
        assertThat(proxies.matcher("2001:db8::5").matches()).isTrue();
        assertThat(proxies.matcher("2001:db8::6").matches()).isFalse();
    }

    @Test
    void a_host_name_a_range_a_regular_expression_or_an_empty_entry_is_refused_naming_the_setting() {
        for (String malformed :
                new String[] {"proxy.hospital.local", "10.0.0.0/8", "10\\.0\\..*", "10.0.0.1,,10.0.0.2"}) {
            assertThatThrownBy(() -> TrustedProxies.parse(malformed))
                    .as(malformed)
                    .isInstanceOf(TrustedProxiesMalformedException.class)
                    .hasMessageStartingWith("SEATKEEPER_TRUSTED_PROXIES (seatkeeper.trusted-proxies) is '" + malformed);
        }
    }

    @Test
    void a_malformed_setting_stops_the_start_with_a_message_naming_it() {
        assertThatThrownBy(() -> {
                    try (ConfigurableApplicationContext started = TestNodes.start(
                            "--server.port=0",
                            "--seatkeeper.node-name=proxy-typo",
                            "--seatkeeper.trusted-proxies=10.0.0.1, proxy.hospital.local")) {
                        started.isActive();
                    }
                })
                .hasMessageContaining("SEATKEEPER_TRUSTED_PROXIES (seatkeeper.trusted-proxies)")
                .hasMessageContaining("'proxy.hospital.local' is not an IP address");
    }
}

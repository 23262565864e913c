package org.seatkeeper.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressesTest {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({
        "0:0:0:0:0:0:0:1, ::1",
        "::1, ::1",
        "0:0:0:0:0:ffff:a00:7, 10.0.0.7",
        "::ffff:10.0.0.7, 10.0.0.7",
        "10.0.0.7, 10.0.0.7",
        "2001:0DB8:0:0:0:0:0:1, 2001:db8::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "fe80:0:0:0:0:0:0:1%eth0, fe80::1%eth0",
        "0:0:0:0:0:0:0:0, ::",
        "[::1], ::1",
        "not-an-address, not-an-address"
    })
    void addresses_are_shown_in_their_usual_short_form(String stored, String shown) {
        assertThat(IpAddresses.shortForm(stored)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void no_address_is_shown_as_nothing(String stored) {
        assertThat(IpAddresses.shortForm(stored)).isEmpty();
        assertThat(IpAddresses.shortForm(null)).isEmpty();
    }
}

package org.seatkeeper.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserAgentsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36"
                        + " | Chrome 136 on Linux",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0 | Firefox 128 on Windows",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4"
                        + " Safari/605.1.15 | Safari 17 on macOS",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0"
                        + " Safari/537.36 Edg/120.0.2210.91 | Edge 120 on Windows",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0"
                        + " Safari/537.36 | Chrome 140 (headless) on Linux",
                "Records app 2.1 | Records app 2.1"
            })
    void a_user_agent_reads_as_browser_and_operating_system(String userAgent, String shown) {
        assertThat(UserAgents.describe(userAgent)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'  '"})
    void no_user_agent_reads_as_nothing(String userAgent) {
        assertThat(UserAgents.describe(userAgent)).isEmpty();
        assertThat(UserAgents.describe(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void the_reader_joins_browser_and_system_in_their_own_words_and_free_text_stays_as_it_came() {
        String linuxChrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0"
                + " Safari/537.36";

        assertThat(UserAgents.describe(linuxChrome, (browser, system) -> browser + " på " + system))
                .isEqualTo("Chrome 136 på Linux");
        assertThat(UserAgents.describe("Records app 2.1", (browser, system) -> browser + " på " + system))
                .isEqualTo("Records app 2.1");
    }
}

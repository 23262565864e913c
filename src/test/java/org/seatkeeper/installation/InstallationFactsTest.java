package org.seatkeeper.installation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A fact that is not set or not known is said in the page's words, not in the server's English. */
class InstallationFactsTest {

    @Test
    void missing_facts_are_said_in_the_readers_words_and_known_ones_as_they_are() {
        InstallationFacts unset = new InstallationFacts(null, null, null, null);
        InstallationFacts set = new InstallationFacts("C-17", "2", "10.0.0.1", "1.4.0");

        assertThat(unset.shown(key -> "<" + key + ">"))
                .isEqualTo(new InstallationFacts(
                        "<installation.not-set>",
                        "<installation.not-set>",
                        "<installation.unknown>",
                        "<installation.development>"));
        assertThat(set.shown(key -> "<" + key + ">")).isEqualTo(set);
    }
}

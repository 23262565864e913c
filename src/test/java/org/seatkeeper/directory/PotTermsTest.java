package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Texts;

/** A pot's name inside a refusal is said in the reader's words; the English sentence keeps its label. */
class PotTermsTest {

    private final Texts texts = new Texts();

    @Test
    void a_pot_named_in_a_refusal_reads_in_swedish_for_a_swedish_reader_and_in_english_otherwise() {
        RefusedException refused = new RefusedException(
                DirectoryRefusal.POT_CAPACITY_BELOW_USE,
                new PotName(PotScope.ACTIVE_USERS, null).term(),
                3,
                1,
                "Ann Smith");

        assertThat(refused.getMessage()).startsWith("Active users: 3 in use, so the capacity cannot be lowered to 1.");
        assertThat(texts.refusal(refused, Language.ENGLISH)).isEqualTo(refused.getMessage());
        assertThat(texts.refusal(refused, Language.SWEDISH))
                .startsWith("Aktiva användare: 3 används, så kapaciteten kan inte sänkas till 1.");
    }

    @Test
    void a_licence_type_pot_keeps_the_customers_own_name_inside_the_readers_words() {
        RefusedException refused = new RefusedException(
                DirectoryRefusal.POT_CAPACITY_BELOW_USE, new PotName(PotScope.LICENCE_TYPE, "Full").term(), 2, 0, "x");

        assertThat(refused.getMessage()).startsWith("Full licences: 2 in use");
        assertThat(texts.refusal(refused, Language.SWEDISH)).startsWith("Full-licenser: 2 används");
    }
}

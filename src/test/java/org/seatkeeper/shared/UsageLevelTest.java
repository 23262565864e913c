package org.seatkeeper.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageLevelTest {

    @ParameterizedTest(name = "{0} of {1} in use is {2}")
    @CsvSource({
        "0, 10, NORMAL",
        "8, 10, NORMAL",
        "9, 10, NEARLY_FULL",
        "10, 10, FULL",
        "11, 10, FULL",
        "17, 20, NORMAL",
        "18, 20, NEARLY_FULL",
        "19, 20, NEARLY_FULL",
        "20, 20, FULL",
        "89, 100, NORMAL",
        "90, 100, NEARLY_FULL",
        "99, 100, NEARLY_FULL",
        "0, 1, NORMAL",
        "1, 1, FULL",
        "2, 3, NORMAL",
        "4, 5, NORMAL",
        "8, 9, NORMAL",
        "0, 0, NONE",
        "1, 0, FULL"
    })
    void amber_from_ninety_percent_in_use_and_red_only_when_full(int inUse, int capacity, UsageLevel expected) {
        assertThat(UsageLevel.of(inUse, capacity)).isEqualTo(expected);
    }

    @Test
    void every_level_that_needs_attention_says_so_in_words() {
        assertThat(UsageLevel.NEARLY_FULL.words()).isEqualTo("Nearly full");
        assertThat(UsageLevel.FULL.words()).isEqualTo("Full");
        assertThat(UsageLevel.NONE.words()).isEqualTo("None bought");
        assertThat(UsageLevel.NORMAL.words()).isEmpty();
        assertThat(UsageLevel.NEARLY_FULL.needsAttention()).isTrue();
        assertThat(UsageLevel.NORMAL.needsAttention()).isFalse();
    }

    @Test
    void large_capacities_do_not_overflow_the_arithmetic() {
        assertThat(UsageLevel.of(Integer.MAX_VALUE - 1, Integer.MAX_VALUE)).isEqualTo(UsageLevel.NEARLY_FULL);
    }
}

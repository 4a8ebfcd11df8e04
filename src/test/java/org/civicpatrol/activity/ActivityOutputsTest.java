package org.civicpatrol.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ActivityOutputsTest {

    @Test
    void noneIsZero() {
        assertThat(ActivityOutputs.empty()).isEqualTo(ActivityOutputs.of(0, 0, 0));
    }

    @Test
    void plusAddsEachCount() {
        assertThat(ActivityOutputs.of(1, 2, 3).plus(ActivityOutputs.of(10, 20, 30)))
                .isEqualTo(ActivityOutputs.of(11, 22, 33));
        assertThat(ActivityOutputs.of(1, 2, 3).plus(ActivityOutputs.empty())).isEqualTo(ActivityOutputs.of(1, 2, 3));
    }

    @Test
    void countsSaturateRatherThanOverflow() {
        assertThat(ActivityOutputs.of(Integer.MAX_VALUE, 1, 2).plus(ActivityOutputs.of(1, Integer.MAX_VALUE, 3)))
                .isEqualTo(ActivityOutputs.of(Integer.MAX_VALUE, Integer.MAX_VALUE, 5));
        assertThat(ActivityOutputs.of(Integer.MAX_VALUE - 1, 0, 0).plus(ActivityOutputs.of(1, 0, 0)))
                .isEqualTo(ActivityOutputs.of(Integer.MAX_VALUE, 0, 0));
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActivityOutputs.of(0, -1, 0))
                .withMessage("activity outputs must not be negative: reports to police 0, youth guidance cases -1,"
                        + " hazards reported 0");
    }
}

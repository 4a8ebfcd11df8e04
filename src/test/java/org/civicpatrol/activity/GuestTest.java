package org.civicpatrol.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GuestTest {

    @Test
    void oneGuestUnlessCounted() {
        assertThat(Guest.of("mayor", "대전광역시").headcount()).isEqualTo(1);
        assertThat(Guest.of("police officer", "둔산경찰서", 6).headcount()).isEqualTo(6);
    }

    @Test
    void blankRoleIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Guest.of(" ", "대전광역시"))
                .withMessage("guest has a blank role");
    }

    @Test
    void blankOrganisationIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Guest.of("mayor", ""))
                .withMessage("guest mayor has a blank organisation");
    }

    @Test
    void headcountBelowOneIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Guest.of("police officer", "둔산경찰서", 0))
                .withMessage("guest police officer of 둔산경찰서 has a headcount below one: 0");
    }
}

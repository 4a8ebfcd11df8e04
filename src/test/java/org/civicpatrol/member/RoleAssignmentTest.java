package org.civicpatrol.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

class RoleAssignmentTest {

    private static final LocalDate START = LocalDate.of(2015, 1, 1);

    @Test
    void emptyTermIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RoleAssignment.of(Role.LEADER, DateRange.of(START, START)))
                .withMessage("LEADER term [2015-01-01..2015-01-01) is empty");
    }

    @Test
    void termWithoutStartIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RoleAssignment.of(Role.SECRETARY, DateRange.until(START)))
                .withMessage("SECRETARY term (-∞..2015-01-01) has no start");
    }

    @Test
    void isHeldWithinItsTerm() {
        RoleAssignment leader = RoleAssignment.of(Role.LEADER, DateRange.of(START, START.plusYears(3)));
        assertThat(leader.isHeldOn(START)).isTrue();
        assertThat(leader.isHeldOn(START.plusYears(3))).isFalse();
        assertThat(Role.LEADER.isOfficer()).isTrue();
        assertThat(Role.MEMBER.isOfficer()).isFalse();
    }
}

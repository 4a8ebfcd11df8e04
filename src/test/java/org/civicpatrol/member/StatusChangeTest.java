package org.civicpatrol.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatusChangeTest {

    @Test
    void reasonOnANonTerminalStatusIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatusChange.of(
                        MembershipStatus.APPOINTED, LocalDate.of(2016, 1, 1), SeparationReason.VOLUNTARY))
                .withMessage("only a dismissal or a resignation has a reason, not APPOINTED on 2016-01-01");
    }

    @Test
    void transitionsRunForwardOnly() {
        assertThat(MembershipStatus.RECOMMENDED.canMoveTo(MembershipStatus.APPOINTED))
                .isTrue();
        assertThat(MembershipStatus.RECOMMENDED.canMoveTo(MembershipStatus.RESIGNED))
                .isTrue();
        assertThat(MembershipStatus.RECOMMENDED.canMoveTo(MembershipStatus.RECOMMENDED))
                .isFalse();
        assertThat(MembershipStatus.APPOINTED.canMoveTo(MembershipStatus.DISMISSED))
                .isTrue();
        assertThat(MembershipStatus.APPOINTED.canMoveTo(MembershipStatus.RECOMMENDED))
                .isFalse();
        for (MembershipStatus next : MembershipStatus.values()) {
            assertThat(MembershipStatus.DISMISSED.canMoveTo(next)).isFalse();
            assertThat(MembershipStatus.RESIGNED.canMoveTo(next)).isFalse();
        }
    }

    @Test
    void toStringHidesTheReason() {
        StatusChange change =
                StatusChange.of(MembershipStatus.DISMISSED, LocalDate.of(2016, 1, 1), SeparationReason.DISQUALIFIED);
        assertThat(change.toString()).contains("DISMISSED").doesNotContain("DISQUALIFIED");
        assertThat(change.reason()).contains(SeparationReason.DISQUALIFIED);
    }
}

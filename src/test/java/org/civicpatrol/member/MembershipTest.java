package org.civicpatrol.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MembershipTest {

    private static final LocalDate RECOMMENDED = LocalDate.of(2014, 2, 20);
    private static final LocalDate APPOINTED = LocalDate.of(2014, 3, 1);
    private static final LocalDate LEFT = LocalDate.of(2016, 12, 1);

    private static Membership.Builder membership() {
        return new Membership.Builder()
                .id(MembershipId.of("ms-1"))
                .member(MemberId.of("m-1"))
                .patrol(PatrolId.of("tanbang"));
    }

    @Test
    void isActiveFromAppointmentUntilTheEnd() {
        Membership m = membership()
                .recommendedOn(RECOMMENDED)
                .appointedOn(APPOINTED)
                .resignedOn(LEFT, SeparationReason.MOVED_AWAY)
                .build();
        assertThat(m.statusOn(RECOMMENDED.minusDays(1))).isEmpty();
        assertThat(m.statusOn(RECOMMENDED)).contains(MembershipStatus.RECOMMENDED);
        assertThat(m.isActiveOn(RECOMMENDED)).isFalse();
        assertThat(m.isActiveOn(APPOINTED)).isTrue();
        assertThat(m.isActiveOn(LEFT.minusDays(1))).isTrue();
        assertThat(m.isActiveOn(LEFT)).isFalse();
        assertThat(m.status()).isEqualTo(MembershipStatus.RESIGNED);
        assertThat(m.appointedOn()).contains(APPOINTED);
        assertThat(m.endedOn()).contains(LEFT);
        assertThat(m.tenure()).contains(DateRange.of(APPOINTED, LEFT));
    }

    /**
     * A membership is appointed on a date exactly when its tenure holds the date, for every
     * history the builder accepts (recommended, appointed, ended, in any of the allowed orders,
     * changes on the same day included), on every day around its dates: validation and the
     * roll-up rely on it to work a membership's tenure out once instead of reading its history
     * for every date.
     */
    @Test
    void isActiveExactlyWithinItsTenureForEveryShapeOfHistory() {
        LocalDate d0 = LocalDate.of(2015, 1, 10);
        int checked = 0;
        int active = 0;
        for (int recommended = -1; recommended <= 1; recommended++) {
            for (int appointedAfter = -1; appointedAfter <= 2; appointedAfter++) {
                for (int endedAfter = -1; endedAfter <= 2; endedAfter++) {
                    Membership.Builder b = membership();
                    LocalDate at = d0;
                    if (recommended >= 0) {
                        b.recommendedOn(at);
                    }
                    if (appointedAfter >= 0) {
                        at = at.plusDays(appointedAfter);
                        b.appointedOn(at);
                    }
                    if (recommended < 0 && appointedAfter < 0) {
                        continue; // a history starts with a recommendation or an appointment
                    }
                    if (endedAfter >= 0) {
                        at = at.plusDays(endedAfter);
                        b.dismissedOn(at, SeparationReason.OTHER);
                    }
                    Membership m = b.build();
                    for (LocalDate day = d0.minusDays(2); day.isBefore(d0.plusDays(8)); day = day.plusDays(1)) {
                        LocalDate date = day;
                        boolean inTenure = m.tenure().map(t -> t.contains(date)).orElse(false);
                        assertThat(m.isActiveOn(date))
                                .as("%s on %s", m.history(), date)
                                .isEqualTo(inTenure);
                        checked++;
                        active += inTenure ? 1 : 0;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(active).isPositive().isLessThan(checked);
    }

    @Test
    void runningMembershipHasAnOpenTenure() {
        Membership m = membership().appointedOn(APPOINTED).build();
        assertThat(m.endedOn()).isEmpty();
        assertThat(m.tenure()).contains(DateRange.startingOn(APPOINTED));
        assertThat(membership().recommendedOn(RECOMMENDED).build().tenure()).isEmpty();
    }

    @Test
    void roleDefaultsToMemberOutsideAssignedTerms() {
        DateRange leaderTerm = DateRange.of(APPOINTED, LocalDate.of(2017, 3, 1));
        Membership m = membership()
                .appointedOn(APPOINTED)
                .addRole(Role.LEADER, leaderTerm)
                .build();
        assertThat(m.roleOn(APPOINTED)).contains(Role.LEADER);
        assertThat(m.roleOn(LocalDate.of(2017, 3, 1))).contains(Role.MEMBER);
        assertThat(m.roleOn(APPOINTED.minusDays(1))).isEmpty();
    }

    @Test
    void verbsWalkTheLifecycle() {
        Membership recommended = membership().recommendedOn(RECOMMENDED).build();
        Membership appointed = recommended.appointedOn(APPOINTED);
        Membership dismissed = appointed.dismissedOn(LEFT, SeparationReason.UNEXCUSED_ABSENCES);
        assertThat(appointed.status()).isEqualTo(MembershipStatus.APPOINTED);
        assertThat(dismissed.status()).isEqualTo(MembershipStatus.DISMISSED);
        assertThat(dismissed.history().get(2).reason()).contains(SeparationReason.UNEXCUSED_ABSENCES);
        assertThat(appointed.resignedOn(LEFT, SeparationReason.VOLUNTARY).status())
                .isEqualTo(MembershipStatus.RESIGNED);
        Membership deputy = appointed.withRole(Role.DEPUTY, DateRange.startingOn(APPOINTED));
        assertThat(deputy.roleOn(LEFT)).contains(Role.DEPUTY);
        assertThat(recommended.history()).hasSize(1);
    }

    @Test
    void endingAnEndedMembershipIsAnIllegalState() {
        Membership ended = membership()
                .appointedOn(APPOINTED)
                .resignedOn(LEFT, SeparationReason.VOLUNTARY)
                .build();
        assertThatIllegalStateException()
                .isThrownBy(() -> ended.dismissedOn(LEFT.plusDays(1), SeparationReason.MISCONDUCT))
                .withMessage("membership ms-1 cannot move from RESIGNED to DISMISSED");
        assertThatIllegalStateException()
                .isThrownBy(() -> ended.appointedOn(LEFT.plusDays(1)))
                .withMessage("membership ms-1 cannot move from RESIGNED to APPOINTED");
    }

    @Test
    void emptyHistoryIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> membership().build())
                .withMessage("membership ms-1 has no status history");
    }

    static Stream<Arguments> impossibleHistories() {
        StatusChange recommended = StatusChange.of(MembershipStatus.RECOMMENDED, RECOMMENDED);
        StatusChange appointed = StatusChange.of(MembershipStatus.APPOINTED, APPOINTED);
        StatusChange resigned = StatusChange.of(MembershipStatus.RESIGNED, LEFT);
        StatusChange dismissed = StatusChange.of(MembershipStatus.DISMISSED, LEFT);
        return Stream.of(
                Arguments.of(
                        List.of(resigned),
                        "membership ms-1 starts with RESIGNED on 2016-12-01 instead of a recommendation or an appointment"),
                Arguments.of(
                        List.of(appointed, recommended),
                        "membership ms-1 cannot move from APPOINTED (on 2014-03-01) to RECOMMENDED (on 2014-02-20)"),
                Arguments.of(
                        List.of(appointed, appointed),
                        "membership ms-1 cannot move from APPOINTED (on 2014-03-01) to APPOINTED (on 2014-03-01)"),
                Arguments.of(
                        List.of(appointed, resigned, dismissed),
                        "membership ms-1 cannot move from RESIGNED (on 2016-12-01) to DISMISSED (on 2016-12-01)"),
                Arguments.of(
                        List.of(StatusChange.of(MembershipStatus.RECOMMENDED, APPOINTED.plusDays(1)), appointed),
                        "membership ms-1 is APPOINTED on 2014-03-01, before it is RECOMMENDED on 2014-03-02"));
    }

    @ParameterizedTest
    @MethodSource("impossibleHistories")
    void impossibleHistoriesAreRejected(List<StatusChange> history, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> membership().addAllHistory(history).build())
                .withMessage(message);
    }

    @Test
    void recommendationMayEndWithoutAppointment() {
        Membership withdrawn = membership()
                .recommendedOn(RECOMMENDED)
                .resignedOn(APPOINTED, SeparationReason.VOLUNTARY)
                .build();
        assertThat(withdrawn.appointedOn()).isEmpty();
        assertThat(withdrawn.tenure()).isEmpty();
        assertThat(withdrawn.endedOn()).contains(APPOINTED);
    }

    @Test
    void overlappingRolesAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> membership()
                        .appointedOn(APPOINTED)
                        .addRole(Role.DEPUTY, DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1)))
                        .addRole(Role.LEADER, DateRange.startingOn(APPOINTED))
                        .build())
                .withMessage("membership ms-1 has overlapping roles LEADER [2014-03-01..+∞)"
                        + " and DEPUTY [2015-01-01..2018-01-01)");
    }

    @Test
    void consecutiveRolesAreAccepted() {
        Membership m = membership()
                .appointedOn(APPOINTED)
                .addRole(Role.DEPUTY, DateRange.of(APPOINTED, LocalDate.of(2015, 1, 1)))
                .addRole(Role.LEADER, DateRange.startingOn(LocalDate.of(2015, 1, 1)))
                .build();
        assertThat(m.roleOn(LocalDate.of(2014, 12, 31))).contains(Role.DEPUTY);
        assertThat(m.roleOn(LocalDate.of(2015, 1, 1))).contains(Role.LEADER);
    }

    @Test
    void toStringHidesTheSeparationReason() {
        Membership m = membership()
                .appointedOn(APPOINTED)
                .dismissedOn(LEFT, SeparationReason.DISQUALIFIED)
                .build();
        assertThat(m.toString()).contains("ms-1").contains("DISMISSED").doesNotContain("DISQUALIFIED");
    }
}

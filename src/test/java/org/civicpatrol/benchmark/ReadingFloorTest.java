package org.civicpatrol.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.LocalDate;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.ActivitySummary;
import org.civicpatrol.report.MemberSummary;
import org.civicpatrol.report.RollUp;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/** The benchmarks' reading floor reads what the roll-up reads, and its check can fail. */
class ReadingFloorTest {

    private static final LocalDate AS_OF = LocalDate.of(2016, 12, 31);
    private static final DateRange YEAR = DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1));
    private static final DateRange HALF = DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 7, 1));
    private static final DistrictId KOREA = DistrictId.of("KR");

    private final Registry registry =
            RegistryGenerator.withSeed(5).patrols(60).membersPerPatrol(12).generate();

    private ActivitySummary nation(DateRange period) {
        return RollUp.of(registry, AS_OF, period)
                .byDistrict(KOREA)
                .get(0)
                .summary()
                .activities();
    }

    @Test
    void theTotalsAreTheNationalNodes() {
        ReadingFloor floor = new ReadingFloor(registry, AS_OF, YEAR);
        ActivitySummary nation = nation(YEAR);

        assertThatNoException().isThrownBy(() -> floor.check(nation));
        assertThat(floor.run()).startsWith(nation.count(), nation.memberTime().toSeconds(), nation.rosteredCount());
        assertThat(nation.count()).isPositive();
    }

    @Test
    void theMembersAreTheNationalNodes() {
        ReadingFloor floor = new ReadingFloor(registry, AS_OF, YEAR);
        MemberSummary nation = RollUp.of(registry, AS_OF, YEAR)
                .byDistrict(KOREA)
                .get(0)
                .summary()
                .members();

        assertThatNoException().isThrownBy(() -> floor.checkMembers(nation));
        long[] totals = floor.runWithMembers();
        assertThat(totals).startsWith(floor.run());
        assertThat(totals[4]).isEqualTo(nation.count()).isPositive();
        assertThat(totals[8]).as("training seconds read").isPositive();
    }

    @Test
    void theMemberCheckFailsOnAnotherDate() {
        ReadingFloor floor = new ReadingFloor(registry, AS_OF, YEAR);
        MemberSummary earlier = RollUp.of(registry, LocalDate.of(2014, 1, 1), YEAR)
                .byDistrict(KOREA)
                .get(0)
                .summary()
                .members();

        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> floor.checkMembers(earlier))
                .withMessageStartingWith("reading floor with members: total 4 is ");
    }

    @Test
    void theCheckFailsOnAnotherPeriod() {
        ReadingFloor floor = new ReadingFloor(registry, AS_OF, YEAR);

        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> floor.check(nation(HALF)))
                .withMessageStartingWith("reading floor: total 0 is ");
    }
}

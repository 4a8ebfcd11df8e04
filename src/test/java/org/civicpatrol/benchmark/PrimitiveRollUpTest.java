package org.civicpatrol.benchmark;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.LocalDate;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.RollUp;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/** The benchmarks' floor answers as the library's roll-up does, and its check can fail. */
class PrimitiveRollUpTest {

    private static final LocalDate AS_OF = LocalDate.of(2016, 12, 31);
    private static final DateRange YEAR = DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1));
    private static final DistrictId KOREA = DistrictId.of("KR");

    @Test
    void theLoopAnswersAsTheRollUpAtEveryNode() {
        Registry registry =
                RegistryGenerator.withSeed(5).patrols(60).membersPerPatrol(12).generate();
        PrimitiveRollUp loop = new PrimitiveRollUp(registry, KOREA, AS_OF, YEAR);

        assertThatNoException()
                .isThrownBy(() -> loop.check(RollUp.of(registry, AS_OF, YEAR).byDistrict(KOREA)));
    }

    @Test
    void theCheckFailsOnAnotherRollUp() {
        Registry registry =
                RegistryGenerator.withSeed(5).patrols(60).membersPerPatrol(12).generate();
        PrimitiveRollUp loop = new PrimitiveRollUp(registry, KOREA, AS_OF, YEAR);
        DateRange half = DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 7, 1));

        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> loop.check(RollUp.of(registry, AS_OF, half).byDistrict(KOREA)))
                .withMessageStartingWith("node KR: library");
    }
}

package org.civicpatrol.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.civicpatrol.fixtures.Contracts;
import org.junit.jupiter.api.Test;

class TimeContractsTest {

    private static final LocalDate A = LocalDate.of(2016, 1, 1);
    private static final LocalDate B = LocalDate.of(2017, 1, 1);

    @Test
    void everyPublicClassRejectsNulls() {
        List<Class<?>> checked = Contracts.assertPublicClassesRejectNulls(
                "org.civicpatrol.time", Contracts.nullPointerTester(), DateRange.of(A, B), DateRange.always());

        assertThat(checked).containsExactly(DateRange.class);
    }

    @Test
    void equalityFollowsTheDates() {
        new EqualsTester()
                .addEqualityGroup(DateRange.of(A, B), DateRange.ofClosed(A, B.minusDays(1)))
                .addEqualityGroup(DateRange.startingOn(A), DateRange.of(A, LocalDate.MAX))
                .addEqualityGroup(DateRange.until(B))
                .addEqualityGroup(DateRange.always(), DateRange.of(LocalDate.MIN, LocalDate.MAX))
                .addEqualityGroup(DateRange.of(A, A))
                .testEquals();
    }
}

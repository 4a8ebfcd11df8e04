package org.civicpatrol.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateRangeTest {

    private static final LocalDate JAN_1 = LocalDate.of(2016, 1, 1);
    private static final LocalDate FEB_1 = LocalDate.of(2016, 2, 1);
    private static final LocalDate MAR_1 = LocalDate.of(2016, 3, 1);

    @Test
    void containsItsStartButNotItsEnd() {
        DateRange january = DateRange.of(JAN_1, FEB_1);
        assertThat(january.contains(JAN_1)).isTrue();
        assertThat(january.contains(FEB_1.minusDays(1))).isTrue();
        assertThat(january.contains(FEB_1)).isFalse();
        assertThat(january.contains(JAN_1.minusDays(1))).isFalse();
    }

    @Test
    void endingBeforeStartingIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateRange.of(FEB_1, JAN_1))
                .withMessage("a date range cannot end before it starts");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateRange.ofClosed(FEB_1, JAN_1))
                .withMessage("a date range cannot end before it starts");
    }

    @Test
    void closedRangeCannotEndOnTheLastRepresentableDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateRange.ofClosed(JAN_1, LocalDate.MAX))
                .withMessage("the last date of a closed range cannot be +999999999-12-31");
    }

    @Test
    void closedRangeIncludesItsLastDate() {
        DateRange range = DateRange.ofClosed(JAN_1, LocalDate.of(2016, 1, 31));
        assertThat(range).isEqualTo(DateRange.of(JAN_1, FEB_1));
        assertThat(range.contains(LocalDate.of(2016, 1, 31))).isTrue();
    }

    @Test
    void emptyRangeContainsNothingAndOverlapsNothing() {
        DateRange empty = DateRange.of(JAN_1, JAN_1);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.contains(JAN_1)).isFalse();
        assertThat(empty.overlaps(DateRange.always())).isFalse();
        assertThat(DateRange.always().overlaps(empty)).isFalse();
        assertThat(DateRange.of(JAN_1, FEB_1).encloses(empty)).isTrue();
    }

    @Test
    void unboundedEndsAreReported() {
        assertThat(DateRange.startingOn(JAN_1).isUnboundedEnd()).isTrue();
        assertThat(DateRange.startingOn(JAN_1).isUnboundedStart()).isFalse();
        assertThat(DateRange.startingOn(JAN_1).boundedEnd()).isEmpty();
        assertThat(DateRange.until(JAN_1).isUnboundedStart()).isTrue();
        assertThat(DateRange.until(JAN_1).boundedEnd()).contains(JAN_1);
        assertThat(DateRange.always().contains(LocalDate.MIN)).isTrue();
        assertThat(DateRange.always().contains(LocalDate.of(3000, 1, 1))).isTrue();
    }

    @Test
    void yearRunsFromFirstOfJanuaryToFirstOfJanuary() {
        assertThat(DateRange.ofYear(Year.of(2016))).isEqualTo(DateRange.of(JAN_1, LocalDate.of(2017, 1, 1)));
    }

    static Stream<Arguments> pairs() {
        DateRange jan = DateRange.of(JAN_1, FEB_1);
        DateRange feb = DateRange.of(FEB_1, MAR_1);
        DateRange janFeb = DateRange.of(JAN_1, MAR_1);
        DateRange fromFeb = DateRange.startingOn(FEB_1);
        return Stream.of(
                // a, b, overlaps, a encloses b
                Arguments.of(jan, feb, false, false),
                Arguments.of(janFeb, feb, true, true),
                Arguments.of(feb, janFeb, true, false),
                Arguments.of(fromFeb, feb, true, true),
                Arguments.of(jan, fromFeb, false, false),
                Arguments.of(DateRange.always(), fromFeb, true, true));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void overlapsAndEnclosesFollowTheDatesInCommon(DateRange a, DateRange b, boolean overlaps, boolean encloses) {
        assertThat(a.overlaps(b)).isEqualTo(overlaps);
        assertThat(b.overlaps(a)).isEqualTo(overlaps);
        assertThat(a.encloses(b)).isEqualTo(encloses);
        assertThat(a.intersection(b).isPresent()).isEqualTo(overlaps);
    }

    @Test
    void intersectionKeepsTheCommonDates() {
        assertThat(DateRange.of(JAN_1, MAR_1).intersection(DateRange.startingOn(FEB_1)))
                .contains(DateRange.of(FEB_1, MAR_1));
    }

    @Test
    void distinctRangesHashApart() {
        assertThat(org.civicpatrol.fixtures.Contracts.assertHashCodesAndStringsAreUseful(java.util.List.of(
                        DateRange.of(JAN_1, FEB_1),
                        DateRange.of(JAN_1, MAR_1),
                        DateRange.of(FEB_1, MAR_1),
                        DateRange.startingOn(JAN_1),
                        DateRange.until(JAN_1),
                        DateRange.of(JAN_1, FEB_1))))
                .isEqualTo(5);
    }

    @Test
    void toStringUsesGuavaRangeNotation() {
        assertThat(DateRange.of(JAN_1, FEB_1)).hasToString("[2016-01-01..2016-02-01)");
        assertThat(DateRange.startingOn(JAN_1)).hasToString("[2016-01-01..+∞)");
        assertThat(DateRange.until(JAN_1)).hasToString("(-∞..2016-01-01)");
    }
}

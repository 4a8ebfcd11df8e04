package org.civicpatrol.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** {@link DateRange#of(LocalDate, Period)}: periods counted as civil law counts them. */
class DateRangeCivilCountingTest {

    @Test
    void civilActArt160_yearsEndBeforeTheCorrespondingDay() {
        DateRange term = DateRange.of(LocalDate.of(2016, 3, 1), Period.ofYears(3));

        assertThat(term.end()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(term.contains(LocalDate.of(2019, 2, 28))).isTrue();
        assertThat(term.contains(LocalDate.of(2019, 3, 1))).isFalse();
        assertThat(DateRange.of(LocalDate.of(2015, 2, 28), Period.ofYears(1)).end())
                .isEqualTo(LocalDate.of(2016, 2, 28));
    }

    @Test
    void civilActArt160_yearsFrom29FebruaryEndWithTheLastDayOfFebruary() {
        DateRange term = DateRange.of(LocalDate.of(2016, 2, 29), Period.ofYears(3));

        assertThat(term.contains(LocalDate.of(2019, 2, 28))).isTrue();
        assertThat(term.contains(LocalDate.of(2019, 3, 1))).isFalse();
        assertThat(term.end()).isEqualTo(LocalDate.of(2019, 3, 1));
        // Into a leap year the corresponding day exists.
        assertThat(DateRange.of(LocalDate.of(2016, 2, 29), Period.ofYears(4)).end())
                .isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void civilActArt160_monthsWithoutTheCorrespondingDayEndWithTheMonth() {
        assertThat(DateRange.of(LocalDate.of(2016, 1, 31), Period.ofMonths(1)).end())
                .isEqualTo(LocalDate.of(2016, 3, 1));
        assertThat(DateRange.of(LocalDate.of(2015, 1, 29), Period.ofMonths(1)).end())
                .isEqualTo(LocalDate.of(2015, 3, 1));
        assertThat(DateRange.of(LocalDate.of(2015, 1, 28), Period.ofMonths(1)).end())
                .isEqualTo(LocalDate.of(2015, 2, 28));
        assertThat(DateRange.of(LocalDate.of(2015, 1, 31), Period.of(0, 1, 2)).end())
                .isEqualTo(LocalDate.of(2015, 3, 3));
    }

    @Test
    void periodsBeyondTheCalendarAreUnbounded() {
        assertThat(DateRange.of(LocalDate.MAX.minusDays(3), Period.ofYears(1)).isUnboundedEnd())
                .isTrue();
        assertThat(DateRange.of(LocalDate.of(2016, 1, 1), Period.ofYears(999_999_999))
                        .isUnboundedEnd())
                .isTrue();
        assertThat(DateRange.of(LocalDate.of(2016, 1, 1), Period.ZERO).isEmpty())
                .isTrue();
    }

    @Test
    void negativePeriodsAreRejected() {
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2016, 1, 1), Period.of(1, -1, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must not be negative: P1Y-1M");
    }

    @Test
    void theLastYearOfTheCalendarHasARangeToo() {
        DateRange last = DateRange.ofYear(java.time.Year.of(java.time.Year.MAX_VALUE));

        assertThat(last.start()).isEqualTo(LocalDate.of(java.time.Year.MAX_VALUE, 1, 1));
        assertThat(last.isUnboundedEnd()).isTrue();
        assertThat(last.contains(LocalDate.MAX)).isTrue(); // the year's last day
        assertThat(last.contains(LocalDate.of(java.time.Year.MAX_VALUE - 1, 12, 31)))
                .isFalse();
        assertThat(DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1))
                        .contains(LocalDate.of(2017, 1, 1)))
                .isFalse();
        assertThat(DateRange.ofYear(java.time.Year.of(java.time.Year.MIN_VALUE)).start())
                .isEqualTo(LocalDate.MIN);
    }
}

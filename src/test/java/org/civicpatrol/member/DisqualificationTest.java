package org.civicpatrol.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Period;
import org.civicpatrol.fixtures.Contracts;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

class DisqualificationTest {

    private static final DateRange SERVED = DateRange.of(LocalDate.of(2004, 1, 1), LocalDate.of(2006, 1, 1));
    private static final Disqualification PRISON = Disqualification.of(DisqualificationKind.PRISON_SENTENCE, SERVED);

    @Test
    void aFactDisqualifiesWhileItHoldsAndForItsLookBack() {
        Period fiveYears = Period.ofYears(5);

        assertThat(PRISON.disqualifiesOn(LocalDate.of(2003, 12, 31), fiveYears)).isFalse();
        assertThat(PRISON.disqualifiesOn(LocalDate.of(2004, 1, 1), fiveYears)).isTrue();
        assertThat(PRISON.disqualifiesOn(LocalDate.of(2010, 12, 31), fiveYears)).isTrue();
        assertThat(PRISON.disqualifiesOn(LocalDate.of(2011, 1, 1), fiveYears)).isFalse();
        assertThat(PRISON.disqualifiesOn(LocalDate.of(2006, 1, 1), Period.ZERO)).isFalse();
    }

    @Test
    void anInvertedPeriodIsRejectedWithoutShowingItsDates() {
        // Issue 16, defect 2: the dates of a criminal record appear in no message.
        assertThatThrownBy(() -> Disqualification.of(
                        DisqualificationKind.PRISON_SENTENCE,
                        DateRange.of(LocalDate.of(2004, 3, 22), LocalDate.of(2004, 3, 21))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a date range cannot end before it starts")
                .hasMessageNotContaining("2004");
        assertThatThrownBy(() -> Disqualification.of(
                        DisqualificationKind.PRISON_SENTENCE,
                        DateRange.ofClosed(LocalDate.of(2004, 3, 22), LocalDate.of(2004, 3, 20))))
                .hasMessageNotContaining("2004");
    }

    @Test
    void aFactWithoutEndDisqualifiesFromItsStart() {
        Disqualification ward = Disqualification.of(
                DisqualificationKind.ADULT_WARDSHIP, DateRange.startingOn(LocalDate.of(2010, 1, 1)));

        assertThat(ward.disqualifiesOn(LocalDate.MAX, Period.ZERO)).isTrue();
        assertThat(ward.disqualifiesOn(LocalDate.of(2009, 12, 31), Period.ZERO)).isFalse();
    }

    @Test
    void actArt5_theLookBackRunsFromTheDayAfterTheSentenceWasServed() {
        // Served to the end of 2012-06-30: five years from 2012-07-01 end with 2017-06-30.
        Disqualification served = Disqualification.of(
                DisqualificationKind.PRISON_SENTENCE, DateRange.of(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 7, 1)));

        assertThat(served.disqualifyingDates(Period.ofYears(5)))
                .isEqualTo(DateRange.of(LocalDate.of(2010, 1, 1), LocalDate.of(2017, 7, 1)));
        assertThat(served.disqualifiesOn(LocalDate.of(2017, 6, 30), Period.ofYears(5)))
                .isTrue();
        assertThat(served.disqualifiesOn(LocalDate.of(2017, 7, 1), Period.ofYears(5)))
                .isFalse();
        assertThat(served.disqualifyingDates(Period.ZERO)).isEqualTo(served.period());
    }

    @Test
    void aLookBackPastTheCalendarSaturates() {
        Disqualification late = Disqualification.of(
                DisqualificationKind.SEXUAL_OFFENCE_SENTENCE,
                DateRange.of(LocalDate.MAX.minusDays(3), LocalDate.MAX.minusDays(2)));

        assertThat(late.disqualifiesOn(LocalDate.MAX, Period.ofYears(10))).isTrue();
    }

    @Test
    void emptyOrOpenStartedPeriodsAndNegativeLookBacksAreRejected() {
        LocalDate day = LocalDate.of(2010, 1, 1);
        assertThatThrownBy(() -> Disqualification.of(DisqualificationKind.PRISON_SENTENCE, DateRange.of(day, day)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a disqualification period must not be empty");
        assertThatThrownBy(() -> Disqualification.of(DisqualificationKind.PRISON_SENTENCE, DateRange.until(day)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a disqualification period must have a start");
        assertThatThrownBy(() -> PRISON.disqualifiesOn(day, Period.ofYears(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("look-back must not be negative: P-1Y");
    }

    @Test
    void neitherItNorTheMemberShowsTheFacts() {
        Member member = new Member.Builder()
                .from(Fixtures.aMember("m-1", LocalDate.of(1970, 5, 5)))
                .addDisqualification(PRISON)
                .build();

        assertThat(PRISON).hasToString("Disqualification{redacted}");
        assertThat(member.toString()).doesNotContain("PRISON", "2004", "2006", "Disqualification{");
        assertThat(member.disqualifications()).containsExactly(PRISON);
    }

    @Test
    void contracts() {
        Contracts.nullPointerTester().testAllPublicStaticMethods(Disqualification.class);
        Contracts.nullPointerTester().testAllPublicInstanceMethods(PRISON);
        new EqualsTester()
                .addEqualityGroup(PRISON, Disqualification.of(DisqualificationKind.PRISON_SENTENCE, SERVED))
                .addEqualityGroup(Disqualification.of(DisqualificationKind.SUSPENDED_SENTENCE, SERVED))
                .testEquals();
    }
}

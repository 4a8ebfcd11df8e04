package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.civicpatrol.fixtures.Fixtures;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The formats of violation messages, and saturating date arithmetic. */
class TextsTest {

    @Test
    void durationsShowEveryPartThatIsNotZero() {
        assertThat(Texts.hours(Duration.ofHours(12))).isEqualTo("12 h");
        assertThat(Texts.hours(Duration.ofMinutes(150))).isEqualTo("2 h 30 min");
        assertThat(Texts.hours(Duration.ofMinutes(45))).isEqualTo("45 min");
        // A patrol 30 seconds over a 12-hour cap must not read "lasts 12 h, longer than 12 h".
        assertThat(Texts.hours(Duration.ofHours(12).plusSeconds(30))).isEqualTo("12 h 30 s");
        assertThat(Texts.hours(Duration.ZERO)).isEqualTo("0 h");
        assertThat(Texts.hours(Duration.ofSeconds(30))).isEqualTo("30 s");
    }

    @Test
    void periodsMoneyAndCandelaReadNaturally() {
        assertThat(Texts.period(Period.ofYears(3))).isEqualTo("3 years");
        assertThat(Texts.period(Period.of(1, 6, 1))).isEqualTo("1 year 6 months 1 day");
        assertThat(Texts.period(Period.ZERO)).isEqualTo("0 days");
        assertThat(Texts.money(Fixtures.won(5_000_000))).isEqualTo("KRW 5,000,000");
        assertThat(Texts.money(Money.of(CurrencyUnit.USD, 10))).isEqualTo("USD 10.00");
        assertThat(Texts.number(2_500)).isEqualTo("2500");
        assertThat(Texts.number(137.5)).isEqualTo("137.5");
    }

    @Test
    void ordinalsReadAsInEnglish() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113, 1011))
                .extracting(Texts::ordinal)
                .containsExactly(
                        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th",
                        "112th", "113th", "1011th");
    }

    @Test
    void koreanDurationsAndPeriodsLeaveOutWhatIsZero() {
        assertThat(Texts.koreanHours(Duration.ofHours(12))).isEqualTo("12시간");
        assertThat(Texts.koreanHours(Duration.ofMinutes(45))).isEqualTo("45분");
        assertThat(Texts.koreanHours(Duration.ofHours(12).plusSeconds(30))).isEqualTo("12시간 30초");
        assertThat(Texts.koreanHours(Duration.ZERO)).isEqualTo("0시간");
        assertThat(Texts.koreanPeriod(Period.ofYears(3))).isEqualTo("3년");
        assertThat(Texts.koreanPeriod(Period.ofDays(10))).isEqualTo("10일");
        assertThat(Texts.koreanPeriod(Period.ZERO)).isEqualTo("0일");
    }
}

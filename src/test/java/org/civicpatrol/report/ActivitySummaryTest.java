package org.civicpatrol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityOutputs;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.member.MemberId;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ActivitySummaryTest {

    /** New Year's Eve: two members for two hours, from 23:00 into 2016. */
    private static final Activity NEW_YEARS_EVE = Fixtures.aNightPatrol(
            "a-1",
            "tanbang",
            LocalDateTime.of(2015, 12, 31, 23, 0),
            Duration.ofHours(2),
            Attendance.present(MemberId.of("m-1")),
            Attendance.present(MemberId.of("m-2")));

    /** New Year's Day: three members present for 90 minutes, one absent without excuse. */
    private static final Activity NEW_YEARS_DAY = new Activity.Builder()
            .from(Fixtures.aNightPatrol(
                    "a-2",
                    "tanbang",
                    LocalDateTime.of(2016, 1, 1, 20, 0),
                    Duration.ofMinutes(90),
                    Attendance.present(MemberId.of("m-1")),
                    Attendance.present(MemberId.of("m-2")),
                    Attendance.present(MemberId.of("m-3")),
                    Attendance.of(MemberId.of("m-4"), org.civicpatrol.activity.AttendanceStatus.UNEXCUSED_ABSENCE)))
            .type(ActivityType.YOUTH_GUIDANCE)
            .outputs(ActivityOutputs.of(1, 2, 0))
            .build();

    private static final HourlyRates MINIMUM_WAGE = HourlyRates.of(Map.of(
            LocalDate.of(2015, 1, 1), Fixtures.won(5_580),
            LocalDate.of(2016, 1, 1), Fixtures.won(6_030)));

    @Test
    void activitiesAreCountedByTypeMonthAndAttendance() {
        ActivitySummary summary =
                List.of(NEW_YEARS_EVE, NEW_YEARS_DAY).stream().collect(ActivitySummary.toActivitySummary());

        assertThat(summary.count()).isEqualTo(2);
        assertThat(summary.byType())
                .containsExactly(
                        Map.entry(ActivityType.CRIME_PREVENTION_PATROL, 1L),
                        Map.entry(ActivityType.YOUTH_GUIDANCE, 1L),
                        Map.entry(ActivityType.POLICE_REQUEST, 0L),
                        Map.entry(ActivityType.LOCAL_GOVERNMENT_REQUEST, 0L));
        assertThat(summary.byMonth().keySet().stream().map(Object::toString)).containsExactly("2015-12", "2016-01");
        assertThat(summary.personShifts()).isEqualTo(5);
        assertThat(summary.memberTime()).isEqualTo(Duration.ofMinutes(4 * 60 + 270));
        assertThat(summary.personHours()).isEqualTo(8.5);
        assertThat(summary.rosteredCount()).isEqualTo(6);
        assertThat(summary.unexcusedAbsenceCount()).isEqualTo(1);
        assertThat(summary.attendanceRate()).hasValueCloseTo(5.0 / 6, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(summary.unexcusedAbsenceRate())
                .hasValueCloseTo(1.0 / 6, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(summary.reportsToPolice()).isEqualTo(1);
        assertThat(summary.youthGuidanceCases()).isEqualTo(2);
        assertThat(ActivitySummary.empty().attendanceRate()).isEmpty();
    }

    @Test
    void volunteerTimeIsValuedAtTheRateOfEachDate() {
        ActivitySummary summary = ActivitySummary.of(NEW_YEARS_EVE).plus(ActivitySummary.of(NEW_YEARS_DAY));

        // 4 hours at KRW 5,580 (2015) and 4.5 hours at KRW 6,030 (2016).
        assertThat(summary.valueOfTime(MINIMUM_WAGE)).isEqualTo(Fixtures.won(22_320 + 27_135));
        assertThat(ActivitySummary.empty().valueOfTime(MINIMUM_WAGE)).isEqualTo(Fixtures.won(0));
    }

    @Test
    void aRateTableMustCoverTheDatesValued() {
        HourlyRates from2016 = HourlyRates.of(Map.of(LocalDate.of(2016, 1, 1), Fixtures.won(6_030)));

        assertThatThrownBy(() -> ActivitySummary.of(NEW_YEARS_EVE).valueOfTime(from2016))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no hourly rate applies on 2015-12-31, which has member time");
        assertThat(from2016.rateOn(LocalDate.of(2015, 12, 31))).isEmpty();
        assertThat(MINIMUM_WAGE.rateOn(LocalDate.of(2030, 1, 1))).contains(Fixtures.won(6_030));
    }

    @Test
    void anActivityWithNobodyPresentCountsButHasNoMemberTimeToValue() {
        Activity rainedOff = Fixtures.aNightPatrol(
                "a-3",
                "tanbang",
                LocalDateTime.of(2015, 6, 1, 20, 0),
                Duration.ofHours(2),
                Attendance.of(MemberId.of("m-1"), org.civicpatrol.activity.AttendanceStatus.EXCUSED_ABSENCE));
        HourlyRates from2016 = HourlyRates.of(Map.of(LocalDate.of(2016, 1, 1), Fixtures.won(6_030)));

        ActivitySummary summary = ActivitySummary.of(rainedOff).plus(ActivitySummary.of(NEW_YEARS_DAY));

        assertThat(summary.byMonth().values()).containsExactly(1L, 1L);
        assertThat(summary.byMonth().firstKey()).hasToString("2015-06");
        assertThat(summary.memberSecondsByDate()).containsOnlyKeys(LocalDate.of(2016, 1, 1));
        // Only New Year's Day is valued: 4.5 hours at KRW 6,030; 2015 has no rate and needs none.
        assertThat(summary.valueOfTime(from2016)).isEqualTo(Fixtures.won(27_135));
    }

    @Test
    void manyActivitiesInAnyOrderSumByDayAndMonth() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<Activity> activities = new java.util.ArrayList<>();
        Map<LocalDate, Long> seconds = new java.util.TreeMap<>();
        Map<java.time.YearMonth, Long> months = new java.util.TreeMap<>();
        // More than the accumulator buffers at once; one in ten decades earlier, so that days lie
        // both close together and far apart.
        for (int i = 0; i < 5_000; i++) {
            LocalDate day =
                    LocalDate.of(random.nextInt(10) == 0 ? 1986 : 2016, 1, 1).plusDays(random.nextInt(366));
            int minutes = 30 + random.nextInt(180);
            activities.add(Fixtures.aNightPatrol(
                    "a-" + i,
                    "tanbang",
                    day.atTime(19, 0),
                    Duration.ofMinutes(minutes),
                    Attendance.present(MemberId.of("m-1")),
                    Attendance.present(MemberId.of("m-2"))));
            seconds.merge(day, 2L * 60 * minutes, Long::sum);
            months.merge(java.time.YearMonth.from(day), 1L, Long::sum);
        }

        ActivitySummary summary = activities.stream().collect(ActivitySummary.toActivitySummary());

        assertThat(summary.count()).isEqualTo(5_000);
        assertThat(summary.memberSecondsByDate()).containsExactlyEntriesOf(seconds);
        assertThat(summary.byMonth()).containsExactlyEntriesOf(months);
        assertThat(summary).isEqualTo(activities.parallelStream().collect(ActivitySummary.toActivitySummary()));
    }

    @Test
    void summariesAddedOneToAnotherKeepEveryDay() {
        List<Activity> activities = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            activities.add(Fixtures.aNightPatrol(
                    "a-" + i,
                    "tanbang",
                    LocalDate.of(2016, 1 + i, 1 + i).atTime(19, 0),
                    Duration.ofHours(1 + i % 3),
                    Attendance.present(MemberId.of("m-1"))));
        }
        ActivitySummary whole = activities.stream().collect(ActivitySummary.toActivitySummary());

        ActivitySummary added = ActivitySummary.empty();
        for (Activity activity : activities) {
            added = added.plus(ActivitySummary.of(activity));
        }
        ActivitySummary firstThree = activities.subList(0, 3).stream().collect(ActivitySummary.toActivitySummary());
        ActivitySummary lastSix = activities.subList(3, 9).stream().collect(ActivitySummary.toActivitySummary());

        assertThat(added.memberSecondsByDate()).hasSize(9).isEqualTo(whole.memberSecondsByDate());
        assertThat(lastSix.plus(firstThree).memberSecondsByDate()).isEqualTo(whole.memberSecondsByDate());
        assertThat(firstThree.plus(lastSix)).isEqualTo(whole);
    }

    @Test
    void summariesOfTheSameMonthOnDifferentDaysDiffer() {
        ActivitySummary first = ActivitySummary.of(Fixtures.aNightPatrol(
                "a-1", "tanbang", LocalDate.of(2016, 11, 1).atTime(20, 0), Duration.ofHours(2)));
        ActivitySummary second = ActivitySummary.of(Fixtures.aNightPatrol(
                "a-2", "tanbang", LocalDate.of(2016, 11, 2).atTime(20, 0), Duration.ofHours(2)));

        assertThat(first.byMonth()).isEqualTo(second.byMonth());
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void countsSaturateInsteadOfWrappingAround() {
        Activity busy = new Activity.Builder()
                .from(Fixtures.aNightPatrol(
                        "a-1",
                        "tanbang",
                        LocalDate.of(2016, 11, 1).atTime(20, 0),
                        Duration.ofHours(2),
                        Attendance.present(MemberId.of("m-1")),
                        Attendance.of(MemberId.of("m-2"), org.civicpatrol.activity.AttendanceStatus.UNEXCUSED_ABSENCE)))
                .outputs(ActivityOutputs.of(Integer.MAX_VALUE, 1, 1))
                .build();
        ActivitySummary summary = ActivitySummary.of(busy);
        for (int i = 0; i < 70; i++) { // 2^70 activities: far past Long.MAX_VALUE
            summary = summary.plus(summary);
        }

        assertThat(summary.count()).isEqualTo(Long.MAX_VALUE);
        assertThat(summary.byType()).containsEntry(ActivityType.CRIME_PREVENTION_PATROL, Long.MAX_VALUE);
        assertThat(summary.byMonth().values()).containsExactly(Long.MAX_VALUE);
        assertThat(summary.rosteredCount()).isEqualTo(Long.MAX_VALUE);
        assertThat(summary.unexcusedAbsenceCount()).isEqualTo(Long.MAX_VALUE);
        assertThat(summary.reportsToPolice()).isEqualTo(Long.MAX_VALUE);
        assertThat(summary.youthGuidanceCases()).isEqualTo(Long.MAX_VALUE);
        assertThat(summary.memberSecondsByDate().values()).containsExactly(Long.MAX_VALUE);
        assertThat(summary.personShifts()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void activitiesAtTheExtremesOfTimeAddUp() {
        Activity first = Fixtures.aNightPatrol(
                "a-first",
                "tanbang",
                LocalDate.MIN.plusDays(1).atTime(19, 0),
                Duration.ofHours(1),
                Attendance.present(MemberId.of("m-1")));
        Activity last = Fixtures.aNightPatrol(
                "a-last",
                "tanbang",
                LocalDate.MAX.minusDays(1).atTime(19, 0),
                Duration.ofHours(2),
                Attendance.present(MemberId.of("m-1")));

        ActivitySummary both = ActivitySummary.of(first).plus(ActivitySummary.of(last));

        assertThat(both.count()).isEqualTo(2);
        assertThat(both.memberSecondsByDate())
                .containsExactly(
                        Map.entry(LocalDate.MIN.plusDays(1), 3_600L), Map.entry(LocalDate.MAX.minusDays(1), 7_200L));
        assertThat(List.of(
                                first,
                                last,
                                new Activity.Builder()
                                        .from(first)
                                        .id(org.civicpatrol.activity.ActivityId.of("a-again"))
                                        .build())
                        .stream()
                        .collect(ActivitySummary.toActivitySummary())
                        .memberSecondsByDate())
                .containsEntry(LocalDate.MIN.plusDays(1), 7_200L);
    }

    @Test
    void rateTablesAreCheckedWhenBuilt() {
        assertThatThrownBy(() -> HourlyRates.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an hourly rate table needs at least one rate");
        assertThatThrownBy(() -> HourlyRates.of(Map.of(
                        LocalDate.of(2015, 1, 1), Fixtures.won(5_580),
                        LocalDate.of(2016, 1, 1), Money.of(CurrencyUnit.USD, 7.25))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("hourly rates must be in one currency");
        assertThatThrownBy(() -> HourlyRates.of(Map.of(LocalDate.of(2015, 1, 1), Fixtures.won(-1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hourly rate from 2015-01-01 is negative: KRW -1");
    }

    @Test
    void ageBandsSplitAtTheirBounds() {
        AgeBands bands = AgeBands.standard();

        assertThat(bands.bands())
                .extracting(AgeBand::label)
                .containsExactly("under 30", "30-39", "40-49", "50-59", "60 and over", "unknown");
        assertThat(bands.bandOf(java.util.OptionalInt.of(29))).isEqualTo(AgeBand.between(0, 30));
        assertThat(bands.bandOf(java.util.OptionalInt.of(30))).isEqualTo(AgeBand.between(30, 40));
        assertThat(bands.bandOf(java.util.OptionalInt.of(60))).isEqualTo(AgeBand.atLeast(60));
        assertThat(bands.bandOf(java.util.OptionalInt.empty())).isEqualTo(AgeBand.unknown());
        assertThatThrownBy(() -> AgeBands.of(40, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("age band bounds must be positive and strictly ascending: [40, 30]");
    }
}

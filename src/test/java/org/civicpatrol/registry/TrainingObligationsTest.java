package org.civicpatrol.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.SeparationReason;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingObligation;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.member.TrainingRequirement;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The one judgement of training: what a member owes on a date, and what they did of it (Act
 * Art. 10; Rule Art. 17(2)), with the boundaries of the basic period and of the calendar year.
 */
class TrainingObligationsTest {

    private static final TrainingRequirement KOREA = TrainingRequirement.korea();
    private static final LocalDate APPOINTED = LocalDate.of(2014, 3, 1);
    private static final MemberId M1 = MemberId.of("m-1");

    private static Registry.Builder network() {
        return new Registry.Builder()
                .addPatrol(Fixtures.tanbangPatrol())
                .addMember(Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .addMembership(Fixtures.anAppointment("ms-1", "m-1", "tanbang", APPOINTED));
    }

    private static TrainingRecord basic(LocalDate date, int hours) {
        return TrainingRecord.of(M1, TrainingKind.BASIC, date, Duration.ofHours(hours));
    }

    private static TrainingRecord inService(LocalDate date, int hours) {
        return TrainingRecord.of(M1, TrainingKind.IN_SERVICE, date, Duration.ofHours(hours));
    }

    @Test
    void basicTrainingIsOwedOnTheFirstDayAfterTheBasicPeriodAndNotTheDayBefore() {
        Registry registry =
                network().addTrainingRecord(basic(LocalDate.of(2015, 6, 1), 8)).build();
        LocalDate periodEnd = LocalDate.of(2016, 3, 1); // two years after 2014-03-01

        assertThat(registry.trainingObligationsOf(M1, periodEnd.minusDays(1), KOREA))
                .isEmpty();
        assertThat(registry.trainingObligationsOf(M1, periodEnd, KOREA))
                .containsExactly(TrainingObligation.of(
                        M1,
                        TrainingKind.BASIC,
                        DateRange.of(APPOINTED, periodEnd),
                        Duration.ofHours(12),
                        Duration.ofHours(8)));
    }

    @Test
    void basicTrainingCountsSessionsInsideThePeriodOnly() {
        Registry registry = network()
                .addTrainingRecord(basic(APPOINTED.minusDays(1), 4)) // before appointment
                .addTrainingRecord(basic(APPOINTED, 4)) // first day counts
                .addTrainingRecord(basic(LocalDate.of(2016, 2, 29), 4)) // last day counts
                .addTrainingRecord(basic(LocalDate.of(2016, 3, 1), 4)) // first day after: too late
                .build();

        TrainingObligation owed = registry.trainingObligationsOf(M1, LocalDate.of(2016, 11, 29), KOREA)
                .get(0);

        assertThat(owed.completed()).isEqualTo(Duration.ofHours(8));
        assertThat(owed.isMet()).isFalse();
        assertThat(owed.shortfall()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void ruleArt17_inServiceTrainingIsOwedInTheYearsAfterTheYearTheBasicTrainingWasCompleted() {
        Registry completedIn2014 = network()
                .addTrainingRecord(basic(LocalDate.of(2014, 12, 31), 12))
                .addTrainingRecord(inService(LocalDate.of(2015, 5, 1), 12))
                .build();
        Registry completedIn2015 =
                network().addTrainingRecord(basic(LocalDate.of(2015, 1, 1), 12)).build();

        // 2014, the year of completion, is not owed; 2015 is, with the sessions of 2015.
        assertThat(completedIn2014.trainingObligationsOf(M1, LocalDate.of(2015, 6, 1), KOREA))
                .isEmpty();
        assertThat(completedIn2014.trainingObligationsOf(M1, LocalDate.of(2016, 1, 1), KOREA))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.kind()).isEqualTo(TrainingKind.IN_SERVICE);
                    assertThat(o.period()).isEqualTo(DateRange.ofYear(Year.of(2015)));
                    assertThat(o.completed()).isEqualTo(Duration.ofHours(12));
                    assertThat(o.isMet()).isTrue();
                });
        assertThat(completedIn2015.trainingObligationsOf(M1, LocalDate.of(2016, 1, 1), KOREA))
                .isEmpty();
        // Not merely two years after appointment: once the basic period is over (2016-03-01), only
        // the basic training is owed by a member who never completed it.
        assertThat(network().build().trainingObligationsOf(M1, LocalDate.of(2017, 6, 1), KOREA))
                .extracting(TrainingObligation::kind)
                .containsExactly(TrainingKind.BASIC);
    }

    @Test
    void ruleArt17_lateBasicTrainingStillStartsTheInServiceYears() {
        Registry late = network()
                .addTrainingRecord(basic(LocalDate.of(2016, 6, 1), 12)) // after the basic period
                .build();

        // Completed in 2016: 2016 is not owed, 2017 is.
        assertThat(late.trainingObligationsOf(M1, LocalDate.of(2017, 1, 1), KOREA))
                .extracting(TrainingObligation::kind)
                .containsExactly(TrainingKind.BASIC);
        assertThat(late.trainingObligationsOf(M1, LocalDate.of(2018, 1, 1), KOREA))
                .extracting(TrainingObligation::kind)
                .containsExactly(TrainingKind.BASIC, TrainingKind.IN_SERVICE);
        assertThat(late.trainingObligationsOf(M1, LocalDate.of(2018, 1, 1), KOREA)
                        .get(0)
                        .isMet())
                .isFalse(); // the basic obligation counts only sessions in its period
    }

    @Test
    void ruleArt17_aYearSpentOutsideAnyPatrolIsNotJudgedAndRejoiningIsANewAppointment() {
        // Basic training done in 2012; left at the end of 2014; rejoined in mid-2015.
        Registry rejoined = new Registry.Builder()
                .addPatrol(Fixtures.tanbangPatrol())
                .addMember(Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .addMembership(Fixtures.anAppointment("ms-1", "m-1", "tanbang", LocalDate.of(2012, 3, 1))
                        .resignedOn(LocalDate.of(2015, 1, 1), SeparationReason.VOLUNTARY))
                .addMembership(Fixtures.anAppointment("ms-2", "m-1", "tanbang", LocalDate.of(2015, 6, 1)))
                .addTrainingRecord(basic(LocalDate.of(2012, 5, 1), 12))
                .build();

        // 2015 is not judged, and basic training is due again from 2015-06-01.
        assertThat(rejoined.trainingObligationsOf(M1, LocalDate.of(2016, 1, 1), KOREA))
                .isEmpty();
        assertThat(rejoined.trainingObligationsOf(M1, LocalDate.of(2017, 6, 1), KOREA))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.kind()).isEqualTo(TrainingKind.BASIC);
                    assertThat(o.period()).isEqualTo(DateRange.of(LocalDate.of(2015, 6, 1), LocalDate.of(2017, 6, 1)));
                });
        // The other reading: the basic period runs from the first appointment, and 2016 is owed.
        assertThat(rejoined.trainingObligationsOf(M1, LocalDate.of(2017, 6, 1), KOREA.withRestartsAfterBreak(false)))
                .extracting(TrainingObligation::kind)
                .containsExactly(TrainingKind.BASIC, TrainingKind.IN_SERVICE);
        // Even so, 2015 began outside any patrol (she left on its first day): it is not judged.
        assertThat(rejoined.trainingObligationsOf(M1, LocalDate.of(2016, 6, 1), KOREA.withRestartsAfterBreak(false)))
                .extracting(TrainingObligation::kind)
                .containsExactly(TrainingKind.BASIC);
        assertThat(KOREA.restartsAfterBreak()).isTrue();
        assertThat(TrainingRequirement.of(Duration.ofHours(12), Period.ofYears(2), Duration.ofHours(8))
                        .restartsAfterBreak())
                .isTrue();
    }

    @Test
    void ruleArt17_movingToAnotherPatrolWithoutABreakIsNotANewAppointment() {
        Registry moved = movedOn(LocalDate.of(2015, 1, 1)); // left on 2015-01-01, rejoined that day
        Registry withABreak = movedOn(LocalDate.of(2015, 1, 2)); // a day outside any patrol

        assertThat(moved.trainingObligationsOf(M1, LocalDate.of(2016, 1, 1), KOREA))
                .extracting(TrainingObligation::kind)
                .containsExactly(TrainingKind.BASIC, TrainingKind.IN_SERVICE);
        assertThat(withABreak.trainingObligationsOf(M1, LocalDate.of(2016, 1, 1), KOREA))
                .isEmpty(); // a new appointment on 2015-01-02: nothing owed yet
    }

    /** A member appointed in 2012 who did basic training, left on 2015-01-01 and rejoined on {@code again}. */
    private static Registry movedOn(LocalDate again) {
        return new Registry.Builder()
                .addPatrol(Fixtures.tanbangPatrol())
                .addPatrol(Fixtures.dunsan2Patrol())
                .addMember(Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .addMembership(Fixtures.anAppointment("ms-1", "m-1", "tanbang", LocalDate.of(2012, 3, 1))
                        .resignedOn(LocalDate.of(2015, 1, 1), SeparationReason.MOVED_AWAY))
                .addMembership(Fixtures.anAppointment("ms-2", "m-1", "dunsan-2", again))
                .addTrainingRecord(basic(LocalDate.of(2012, 5, 1), 12))
                .build();
    }

    @Test
    void nothingIsOwedByAMemberTheRegistryDoesNotHoldOrWhoIsNotAppointed() {
        Registry ghost = new Registry.Builder()
                .addPatrol(Fixtures.tanbangPatrol())
                .addMembership(Fixtures.anAppointment("ms-1", "m-1", "tanbang", APPOINTED))
                .build();
        Registry resigned = new Registry.Builder()
                .addPatrol(Fixtures.tanbangPatrol())
                .addMember(Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .addMembership(Fixtures.anAppointment("ms-1", "m-1", "tanbang", APPOINTED)
                        .resignedOn(LocalDate.of(2016, 6, 1), SeparationReason.VOLUNTARY))
                .build();

        assertThat(ghost.trainingObligationsOf(M1, LocalDate.of(2016, 11, 29), KOREA))
                .isEmpty();
        assertThat(resigned.trainingObligationsOf(M1, LocalDate.of(2016, 5, 31), KOREA))
                .isNotEmpty();
        assertThat(resigned.trainingObligationsOf(M1, LocalDate.of(2016, 6, 1), KOREA))
                .isEmpty();
    }

    @Test
    void theExtremesOfTimeOweNothingTheyCannotCount() {
        Registry registry = network().build();

        assertThat(registry.trainingObligationsOf(M1, LocalDate.MAX, KOREA))
                .extracting(TrainingObligation::kind)
                .containsExactly(TrainingKind.BASIC); // never completed: no in-service year
        Registry trained = network().addTrainingRecord(basic(APPOINTED, 12)).build();
        assertThat(trained.trainingObligationsOf(M1, LocalDate.MAX, KOREA))
                .extracting(TrainingObligation::kind)
                .containsExactly(TrainingKind.BASIC, TrainingKind.IN_SERVICE);
        assertThat(registry.trainingObligationsOf(M1, LocalDate.MIN, KOREA)).isEmpty();
        TrainingRequirement forever =
                TrainingRequirement.of(Duration.ofHours(1), Period.ofYears(999_999_999), Duration.ZERO);
        assertThat(registry.trainingObligationsOf(M1, LocalDate.MAX, forever))
                .extracting(TrainingObligation::kind)
                .containsExactly(TrainingKind.BASIC); // the basic period saturates at LocalDate.MAX
    }

    @Test
    void withoutBasicHoursInServiceIsOwedFromTheFirstFullYear() {
        // Appointed 2015-03-01, the basic period runs to 2017-03-01 but asks for nothing.
        Registry registry = new Registry.Builder()
                .addPatrol(Fixtures.tanbangPatrol())
                .addMember(Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .addMembership(Fixtures.anAppointment("ms-1", "m-1", "tanbang", LocalDate.of(2015, 3, 1)))
                .build();
        TrainingRequirement noBasic = TrainingRequirement.of(Duration.ZERO, Period.ofYears(2), Duration.ofHours(8));

        assertThat(registry.trainingObligationsOf(M1, LocalDate.of(2017, 2, 1), noBasic))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.kind()).isEqualTo(TrainingKind.IN_SERVICE);
                    assertThat(o.period()).isEqualTo(DateRange.ofYear(java.time.Year.of(2016)));
                });
        assertThat(registry.trainingObligationsOf(M1, LocalDate.of(2017, 2, 1), KOREA))
                .isEmpty();
    }

    @Test
    void theFirstYearOfTheCalendarHasNoYearBefore() {
        Registry registry = new Registry.Builder()
                .addPatrol(Fixtures.tanbangPatrol())
                .addMember(Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .addMembership(Fixtures.anAppointment("ms-1", "m-1", "tanbang", LocalDate.MIN.plusDays(10)))
                .build();

        assertThat(registry.trainingObligationsOf(M1, LocalDate.MIN.plusDays(20), KOREA))
                .isEmpty();
        assertThat(registry.trainingObligationsOf(M1, LocalDate.MIN.plusYears(3), KOREA))
                .extracting(TrainingObligation::kind)
                .containsExactly(TrainingKind.BASIC);
    }

    @Test
    void meaninglessRequirementsAndObligationsAreRejected() {
        assertThatThrownBy(() -> TrainingRequirement.of(Duration.ofHours(-1), Period.ofYears(2), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("basic training must not be negative: PT-1H");
        assertThatThrownBy(() -> TrainingRequirement.of(Duration.ZERO, Period.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("basic training period must be positive: P0D");
        assertThatThrownBy(() -> TrainingRequirement.of(Duration.ZERO, Period.of(1, -13, 0), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("basic training period must be positive: P1Y-13M");
        assertThatThrownBy(() -> TrainingRequirement.of(Duration.ZERO, Period.ofYears(1), Duration.ofHours(-2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("in-service training must not be negative: PT-2H");
        assertThatThrownBy(() -> TrainingObligation.of(
                        M1, TrainingKind.BASIC, DateRange.ofYear(Year.of(2016)), Duration.ofHours(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("training obligation of member m-1 must not be negative: required PT-1H, completed PT0S");
    }
}

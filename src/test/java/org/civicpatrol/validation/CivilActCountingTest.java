package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.member.Disqualification;
import org.civicpatrol.member.DisqualificationKind;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Periods of years are counted as the Civil Act counts them (arts. 157, 160; law.md, "Periods in
 * years"): a period of N years ends before the corresponding day of the final year, and where
 * that day does not exist (29 February) with the last day of the month. Each rule that counts
 * years is tested on each side of its boundary, from 29 February and from an ordinary day.
 */
class CivilActCountingTest {

    private static final LocalDate LEAP_DAY = LocalDate.of(2016, 2, 29);

    private static int count(Registry registry, LocalDate asOf, RuleCode rule) {
        return Validator.korea().validate(registry, asOf).count(rule);
    }

    private static Registry withLeaderTerm(DateRange term) {
        SmallNetwork network = new SmallNetwork();
        network.membership(
                1,
                m -> Fixtures.anAppointment(SmallNetwork.membership(1), "m-01", "tanbang", SmallNetwork.APPOINTED)
                        .withRole(Role.LEADER, term));
        return network.registry();
    }

    // Rule Arts. 5, 19: an officer's term of three years.

    @Test
    void ruleArt5_aClosedTermOfThreeYearsFrom29FebruaryMayRunTo28February() {
        Registry lawful = withLeaderTerm(DateRange.of(LEAP_DAY, LocalDate.of(2019, 3, 1)));
        Registry aDayTooLong = withLeaderTerm(DateRange.of(LEAP_DAY, LocalDate.of(2019, 3, 2)));

        assertThat(count(lawful, LocalDate.of(2019, 6, 1), BuiltInRules.OFFICER_TERM_TOO_LONG))
                .isZero();
        assertThat(count(aDayTooLong, LocalDate.of(2019, 6, 1), BuiltInRules.OFFICER_TERM_TOO_LONG))
                .isEqualTo(1);
    }

    @Test
    void ruleArt5_anOpenTermFrom29FebruaryIsTooLongFrom1March() {
        Registry open = withLeaderTerm(DateRange.startingOn(LEAP_DAY));

        assertThat(count(open, LocalDate.of(2019, 2, 28), BuiltInRules.OFFICER_TERM_TOO_LONG))
                .isZero();
        assertThat(count(open, LocalDate.of(2019, 3, 1), BuiltInRules.OFFICER_TERM_TOO_LONG))
                .isEqualTo(1);
    }

    @Test
    void ruleArt5_anOpenTermIsTooLongOnTheDayAfterItsLastLawfulDay() {
        Registry open = withLeaderTerm(DateRange.startingOn(LocalDate.of(2015, 3, 1)));

        // Three years from 2015-03-01 end with 2018-02-28.
        assertThat(count(open, LocalDate.of(2018, 2, 28), BuiltInRules.OFFICER_TERM_TOO_LONG))
                .isZero();
        assertThat(count(open, LocalDate.of(2018, 3, 1), BuiltInRules.OFFICER_TERM_TOO_LONG))
                .isEqualTo(1);
    }

    // Rule Art. 17(2): basic training within two years of appointment.

    @Test
    void ruleArt17_theBasicPeriodFrom29FebruaryEndsWith28FebruaryTwoYearsLater() {
        Registry registry = new Registry.Builder()
                .addPatrol(Fixtures.tanbangPatrol())
                .addMember(Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .addMembership(Fixtures.anAppointment("ms-1", "m-1", "tanbang", LEAP_DAY))
                // The last day of the period still counts.
                .addTrainingRecord(TrainingRecord.of(
                        org.civicpatrol.member.MemberId.of("m-1"),
                        TrainingKind.BASIC,
                        LocalDate.of(2018, 2, 28),
                        Duration.ofHours(12)))
                .build();

        assertThat(registry.trainingObligationsOf(
                        org.civicpatrol.member.MemberId.of("m-1"),
                        LocalDate.of(2018, 2, 28),
                        Policy.korea().trainingRequirement()))
                .isEmpty(); // the period is not over
        assertThat(registry.trainingObligationsOf(
                                org.civicpatrol.member.MemberId.of("m-1"),
                                LocalDate.of(2018, 3, 1),
                                Policy.korea().trainingRequirement())
                        .get(0))
                .satisfies(o -> {
                    assertThat(o.period()).isEqualTo(DateRange.of(LEAP_DAY, LocalDate.of(2018, 3, 1)));
                    assertThat(o.isMet()).isTrue();
                });
    }

    // Act Art. 5(1)(2): five years after a prison sentence was served.

    @Test
    void actArt5_theFiveYearWindowAfterASentenceServedOn28FebruaryRunsTo28February() {
        // Served to the end of 2016-02-28: the window counts from 2016-02-29, and five years from
        // 29 February end with 2021-02-28.
        Disqualification served = Disqualification.of(
                DisqualificationKind.PRISON_SENTENCE, DateRange.of(LocalDate.of(2014, 3, 1), LEAP_DAY));

        assertThat(served.disqualifiesOn(LocalDate.of(2021, 2, 28), Period.ofYears(5)))
                .isTrue();
        assertThat(served.disqualifiesOn(LocalDate.of(2021, 3, 1), Period.ofYears(5)))
                .isFalse();
        Member member = new Member.Builder()
                .from(Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .addDisqualification(served)
                .build();
        Membership onTheLastDay = Fixtures.anAppointment("ms-1", "m-1", "tanbang", LocalDate.of(2021, 2, 28));
        Membership theDayAfter = Fixtures.anAppointment("ms-1", "m-1", "tanbang", LocalDate.of(2021, 3, 1));
        assertThat(count(
                        appointed(member, onTheLastDay),
                        LocalDate.of(2021, 6, 1),
                        BuiltInRules.MEMBER_DISQUALIFIED_AT_APPOINTMENT))
                .isEqualTo(1);
        assertThat(count(
                        appointed(member, theDayAfter),
                        LocalDate.of(2021, 6, 1),
                        BuiltInRules.MEMBER_DISQUALIFIED_AT_APPOINTMENT))
                .isZero();
    }

    private static Registry appointed(Member member, Membership membership) {
        return new Registry.Builder()
                .addPatrol(Fixtures.tanbangPatrol())
                .addMember(member)
                .addMembership(membership)
                .build();
    }
}

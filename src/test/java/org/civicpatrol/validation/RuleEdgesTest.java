package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.civicpatrol.validation.SmallNetwork.AS_OF;
import static org.civicpatrol.validation.SmallNetwork.member;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.Disqualification;
import org.civicpatrol.member.DisqualificationKind;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.FederationRole;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.member.SeparationReason;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of rules that the rule table's one-breach-per-case cannot show: the order in which
 * facts were entered, chains of three overlapping facts, facts dated after the validation date,
 * and limits met exactly.
 */
class RuleEdgesTest {

    private static final LocalDate EVENING = LocalDate.of(2016, 10, 10);

    private static List<Violation> violationsOf(SmallNetwork network, RuleCode code, LocalDate asOf) {
        return Validator.korea().validate(network.registry(), asOf).filter(code).violations();
    }

    private static Activity patrol(String id, int fromHour, int toHour, Attendance... attendance) {
        return Fixtures.aNightPatrol(
                id,
                "tanbang",
                LocalDateTime.of(EVENING, java.time.LocalTime.of(fromHour, 0)),
                Duration.ofHours(toHour - fromHour),
                attendance);
    }

    private static Subject activity(String id) {
        return Subject.of(ActivityId.of(id));
    }

    // ACTIVITY_OUTSIDE_PATROL_REGISTRATION

    @Test
    void aJointPatrolNotYetRegisteredOnTheActivitysDateIsReportedAsTheOrganiserWouldBe() {
        PatrolId doma = PatrolId.of("doma");
        SmallNetwork network = new SmallNetwork();
        network.patrols.add(new Patrol.Builder()
                .from(Fixtures.tanbangPatrol())
                .id(doma)
                .registeredOn(EVENING.plusDays(1))
                .build());
        for (LocalDate evening : List.of(EVENING, EVENING.plusDays(1))) {
            Activity alone = Fixtures.aNightPatrol(
                    evening.equals(EVENING) ? "a-joint" : "a-joint-later",
                    "tanbang",
                    LocalDateTime.of(evening, LocalTime.of(19, 0)),
                    Duration.ofHours(2),
                    Attendance.present(member(1)));
            network.activities.add(
                    new Activity.Builder().from(alone).addJointPatrols(doma).build());
        }

        // registered the day after a-joint: a-joint is reported for doma alone, a-joint-later not
        assertThat(violationsOf(network, BuiltInRules.ACTIVITY_OUTSIDE_PATROL_REGISTRATION, AS_OF))
                .extracting(Violation::subject, Violation::related)
                .containsExactly(tuple(activity("a-joint"), List.of(Subject.of(doma))));
    }

    // ACTIVITY_TOO_LONG: Korea's policy allows 12 hours. Durations are compared to the
    // nanosecond, across a second boundary where the end's fraction of a second is the smaller.

    private static List<Violation> tooLong(LocalTime start, Duration duration) {
        return tooLong(Policy.korea(), start, duration);
    }

    private static List<Violation> tooLong(Policy policy, LocalTime start, Duration duration) {
        SmallNetwork network = new SmallNetwork();
        network.activities.add(Fixtures.aNightPatrol(
                "a-long", "tanbang", LocalDateTime.of(EVENING, start), duration, Attendance.present(member(1))));
        return Validator.of(policy, RuleSet.builtIn())
                .validate(network.registry(), AS_OF)
                .filter(BuiltInRules.ACTIVITY_TOO_LONG)
                .violations();
    }

    /** A policy whose maximum has a fraction of a second: twelve hours and half a second. */
    private static Policy halfASecondOverTwelveHours() {
        return new Policy.Builder()
                .from(Policy.korea())
                .maximumActivityDuration(Duration.ofHours(12).plusMillis(500))
                .build();
    }

    @Test
    void anActivityLastingTheMaximumExactlyIsNotTooLong() {
        assertThat(tooLong(LocalTime.of(18, 0, 0, 700_000_000), Duration.ofHours(12)))
                .isEmpty();
    }

    @Test
    void anActivityLastingANanosecondMoreThanTheMaximumIsTooLong() {
        assertThat(tooLong(
                        LocalTime.of(18, 0, 0, 700_000_000),
                        Duration.ofHours(12).plusNanos(1)))
                .extracting(Violation::subject)
                .containsExactly(activity("a-long"));
    }

    @Test
    void anActivityEndingAtASmallerFractionOfASecondIsTooLongByWhatItLastsBeyondTheMaximum() {
        // 18:00:00.9 to 06:00:01.1: twelve hours and 0.2 s
        assertThat(tooLong(
                        LocalTime.of(18, 0, 0, 900_000_000),
                        Duration.ofHours(12).plusMillis(200)))
                .extracting(Violation::subject)
                .containsExactly(activity("a-long"));
    }

    @Test
    void anActivityEndingAtASmallerFractionOfASecondWithinTheMaximumIsNotTooLong() {
        // 18:00:00.9 to 06:00:00.8: 0.1 s short of twelve hours, though its ends are twelve
        // hours apart counted in whole seconds
        assertThat(tooLong(
                        LocalTime.of(18, 0, 0, 900_000_000),
                        Duration.ofHours(12).minusMillis(100)))
                .isEmpty();
    }

    @Test
    void anActivityWhoseEndsAreFurtherApartInWholeSecondsThanTheMaximumMayStillBeWithinIt() {
        // 18:00:00.9 to 06:00:01.3: twelve hours and 0.4 s, within twelve hours and 0.5 s
        assertThat(tooLong(
                        halfASecondOverTwelveHours(),
                        LocalTime.of(18, 0, 0, 900_000_000),
                        Duration.ofHours(12).plusMillis(400)))
                .isEmpty();
    }

    @Test
    void anActivityLastingLongerThanAMaximumWithAFractionOfASecondIsTooLong() {
        // 18:00:00.9 to 06:00:01.5: twelve hours and 0.6 s
        assertThat(tooLong(
                        halfASecondOverTwelveHours(),
                        LocalTime.of(18, 0, 0, 900_000_000),
                        Duration.ofHours(12).plusMillis(600)))
                .extracting(Violation::subject)
                .containsExactly(activity("a-long"));
    }

    // MEMBER_IN_OVERLAPPING_ACTIVITIES

    @Test
    void activitiesEnteredLatestFirstThatDoNotOverlapAreFine() {
        SmallNetwork network = new SmallNetwork();
        network.activities.add(patrol("a-late", 21, 22, Attendance.present(member(1))));
        network.activities.add(patrol("a-early", 18, 20, Attendance.present(member(1))));

        assertThat(violationsOf(network, BuiltInRules.MEMBER_IN_OVERLAPPING_ACTIVITIES, AS_OF))
                .isEmpty();
    }

    @Test
    void aLongActivityOverlapsEveryLaterOneThatStartsBeforeItEnds() {
        // 18-23 holds 19-20 and 21-22; the short one ending first does not hide the third overlap.
        SmallNetwork network = new SmallNetwork();
        network.activities.add(patrol("a-x3", 21, 22, Attendance.present(member(1))));
        network.activities.add(patrol("a-x2", 19, 20, Attendance.present(member(1))));
        network.activities.add(patrol("a-x1", 18, 23, Attendance.present(member(1))));

        assertThat(violationsOf(network, BuiltInRules.MEMBER_IN_OVERLAPPING_ACTIVITIES, AS_OF))
                .extracting(Violation::related)
                .containsExactlyInAnyOrder(
                        List.of(activity("a-x1"), activity("a-x2")), List.of(activity("a-x1"), activity("a-x3")));
    }

    @Test
    void ofTwoActivitiesEndingTogetherTheEarlierStartedStaysTheOneLaterActivitiesAreComparedWith() {
        // a-x1 and a-x2 both end at 21:00: a-x1, which started first, stays the activity that
        // later ones are compared with, so a-x3 (which overlaps both) is reported with a-x1
        SmallNetwork network = new SmallNetwork();
        network.activities.add(patrol("a-x1", 18, 21, Attendance.present(member(1))));
        network.activities.add(patrol("a-x2", 19, 21, Attendance.present(member(1))));
        network.activities.add(patrol("a-x3", 20, 22, Attendance.present(member(1))));

        assertThat(violationsOf(network, BuiltInRules.MEMBER_IN_OVERLAPPING_ACTIVITIES, AS_OF))
                .extracting(Violation::related)
                .containsExactly(
                        List.of(activity("a-x1"), activity("a-x2")), List.of(activity("a-x1"), activity("a-x3")));
    }

    // Instants are compared to the nanosecond: the cases below sit inside one second, where an
    // implementation comparing seconds (as numbers, say) would have to fall back on the instants.

    private static Activity patrolAt(String id, LocalTime start, LocalTime end) {
        return Fixtures.aNightPatrol(
                id,
                "tanbang",
                LocalDateTime.of(EVENING, start),
                Duration.between(start, end),
                Attendance.present(member(1)));
    }

    private static List<List<Subject>> activityOverlaps(SmallNetwork network) {
        return violationsOf(network, BuiltInRules.MEMBER_IN_OVERLAPPING_ACTIVITIES, AS_OF).stream()
                .map(Violation::related)
                .toList();
    }

    @Test
    void anActivityThatStartsBeforeTheOtherEndsWithinOneSecondOverlapsIt() {
        SmallNetwork network = new SmallNetwork();
        network.activities.add(patrolAt("a-first", LocalTime.of(18, 0), LocalTime.of(20, 0, 0, 500_000_000)));
        network.activities.add(patrolAt("a-second", LocalTime.of(20, 0, 0, 200_000_000), LocalTime.of(21, 0)));

        assertThat(activityOverlaps(network)).containsExactly(List.of(activity("a-first"), activity("a-second")));
    }

    @Test
    void anActivityThatStartsAfterTheOtherEndsWithinOneSecondDoesNotOverlapIt() {
        SmallNetwork network = new SmallNetwork();
        network.activities.add(patrolAt("a-first", LocalTime.of(18, 0), LocalTime.of(20, 0, 0, 200_000_000)));
        network.activities.add(patrolAt("a-second", LocalTime.of(20, 0, 0, 500_000_000), LocalTime.of(21, 0)));
        network.activities.add(patrolAt("a-third", LocalTime.of(21, 0), LocalTime.of(22, 0))); // starts as one ends

        assertThat(activityOverlaps(network)).isEmpty();
    }

    @Test
    void activitiesStartingInTheSameSecondAreTakenByTheirStartThenByTheirIds() {
        SmallNetwork network = new SmallNetwork();
        network.activities.add(patrolAt("a-b", LocalTime.of(19, 0), LocalTime.of(21, 0)));
        network.activities.add(patrolAt("a-a", LocalTime.of(19, 0), LocalTime.of(20, 0)));
        network.activities.add(patrolAt("a-0", LocalTime.of(19, 0, 0, 300), LocalTime.of(19, 30)));

        // by start: a-a and a-b (19:00, by id), then a-0 (300 ns later); a-b ends last
        assertThat(activityOverlaps(network))
                .containsExactlyInAnyOrder(
                        List.of(activity("a-a"), activity("a-b")), List.of(activity("a-b"), activity("a-0")));
    }

    /**
     * a-long ends 0.4 s after a-short, and a-late starts between the two ends: a-late overlaps
     * a-long alone, whether a-long started first or second.
     */
    @ParameterizedTest(name = "a-long starts first: {0}")
    @ValueSource(booleans = {true, false})
    void theActivityEndingLastWithinOneSecondIsTheOneLaterActivitiesAreComparedWith(boolean longStartsFirst) {
        LocalTime first = LocalTime.of(18, 0);
        LocalTime second = LocalTime.of(18, 30);
        SmallNetwork network = new SmallNetwork();
        network.activities.add(
                patrolAt("a-long", longStartsFirst ? first : second, LocalTime.of(20, 0, 0, 700_000_000)));
        network.activities.add(
                patrolAt("a-short", longStartsFirst ? second : first, LocalTime.of(20, 0, 0, 300_000_000)));
        network.activities.add(patrolAt("a-late", LocalTime.of(20, 0, 0, 500_000_000), LocalTime.of(21, 0)));

        List<Subject> longAndShort = longStartsFirst
                ? List.of(activity("a-long"), activity("a-short"))
                : List.of(activity("a-short"), activity("a-long"));
        assertThat(activityOverlaps(network))
                .containsExactlyInAnyOrder(longAndShort, List.of(activity("a-long"), activity("a-late")));
    }

    // MEMBER_UNEXCUSED_ABSENCES

    @Test
    void theAbsenceThatReachesTheLimitIsTheThirdByDateNotByEntry() {
        SmallNetwork network = new SmallNetwork();
        for (LocalDate date : List.of(LocalDate.of(2016, 11, 4), LocalDate.of(2016, 3, 2), LocalDate.of(2016, 7, 3))) {
            network.activities.add(new Activity.Builder()
                    .from(SmallNetwork.nightPatrol("a-absent-" + date, date, 1, 2, 3))
                    .addAttendance(Attendance.of(member(5), AttendanceStatus.UNEXCUSED_ABSENCE))
                    .build());
        }

        assertThat(violationsOf(network, BuiltInRules.MEMBER_UNEXCUSED_ABSENCES, AS_OF))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.date()).isEqualTo(LocalDate.of(2016, 11, 4));
                    assertThat(v.message()).contains("the 3rd on 2016-11-04");
                });
    }

    // MEMBER_IN_OVERLAPPING_MEMBERSHIPS

    private static Membership appointment(String id, LocalDate appointed) {
        return Fixtures.anAppointment(id, "m-11", "tanbang", appointed);
    }

    private static SmallNetwork withMember11(Membership... memberships) {
        SmallNetwork network = new SmallNetwork();
        network.members.add(Fixtures.aMember("m-11", LocalDate.of(1970, 5, 5)));
        network.memberships.addAll(List.of(memberships));
        return network;
    }

    private static List<List<Subject>> overlaps(SmallNetwork network) {
        return violationsOf(network, BuiltInRules.MEMBER_IN_OVERLAPPING_MEMBERSHIPS, AS_OF).stream()
                .map(Violation::related)
                .toList();
    }

    private static List<Subject> pair(String first, String second) {
        return List.of(Subject.of(MembershipId.of(first)), Subject.of(MembershipId.of(second)));
    }

    @Test
    void aSecondMembershipThatOutlastsTheFirstOverlapsTheThird() {
        SmallNetwork network = withMember11(
                appointment("ms-c", LocalDate.of(2014, 1, 1)),
                appointment("ms-a", LocalDate.of(2011, 1, 1))
                        .resignedOn(LocalDate.of(2013, 1, 1), SeparationReason.VOLUNTARY),
                appointment("ms-b", LocalDate.of(2012, 1, 1)));

        assertThat(overlaps(network)).containsExactlyInAnyOrder(pair("ms-a", "ms-b"), pair("ms-b", "ms-c"));
    }

    @Test
    void aSecondMembershipWithinTheFirstLeavesTheFirstToOverlapTheThird() {
        SmallNetwork network = withMember11(
                appointment("ms-a", LocalDate.of(2011, 1, 1))
                        .resignedOn(LocalDate.of(2016, 1, 1), SeparationReason.VOLUNTARY),
                appointment("ms-b", LocalDate.of(2012, 1, 1))
                        .resignedOn(LocalDate.of(2014, 1, 1), SeparationReason.VOLUNTARY),
                appointment("ms-c", LocalDate.of(2015, 1, 1)));

        assertThat(overlaps(network)).containsExactlyInAnyOrder(pair("ms-a", "ms-b"), pair("ms-a", "ms-c"));
    }

    @Test
    void aSecondMembershipEndingLaterThanTheFirstOverlapsTheThird() {
        SmallNetwork network = withMember11(
                appointment("ms-a", LocalDate.of(2011, 1, 1))
                        .resignedOn(LocalDate.of(2014, 1, 1), SeparationReason.VOLUNTARY),
                appointment("ms-b", LocalDate.of(2012, 1, 1))
                        .resignedOn(LocalDate.of(2016, 1, 1), SeparationReason.VOLUNTARY),
                appointment("ms-c", LocalDate.of(2015, 1, 1)));

        assertThat(overlaps(network)).containsExactlyInAnyOrder(pair("ms-a", "ms-b"), pair("ms-b", "ms-c"));
    }

    // Facts dated after the validation date

    @Test
    void anAppointmentAfterTheValidationDateIsNotYetJudged() {
        LocalDate later = AS_OF.plusDays(11);
        SmallNetwork network = new SmallNetwork();
        network.districts.add(Fixtures.yuseongGu());
        network.members.add(new org.civicpatrol.member.Member.Builder()
                .from(Fixtures.aMember("m-11", LocalDate.of(2000, 1, 1))) // 16 on the appointment
                .addDisqualification(Disqualification.of(
                        DisqualificationKind.ADULT_WARDSHIP, DateRange.startingOn(LocalDate.of(2015, 1, 1))))
                .residenceOrBusinessDistricts(List.of(DistrictId.of("3020000000"))) // in Yuseong-gu
                .build());
        network.memberships.add(appointment("ms-11", later));
        network.memberships.add(Fixtures.anAppointment("ms-1-b", "m-01", "tanbang", later));

        assertJudgedFrom(
                network,
                later,
                BuiltInRules.MEMBER_UNDER_MINIMUM_AGE,
                BuiltInRules.MEMBER_DISQUALIFIED_AT_APPOINTMENT,
                BuiltInRules.MEMBER_OUTSIDE_PATROL_MUNICIPALITY,
                BuiltInRules.MEMBER_IN_OVERLAPPING_MEMBERSHIPS);
    }

    /**
     * Asserts that each rule finds nothing in the network on {@code AS_OF}, and something on
     * {@code later}, the date of facts it could not yet judge on {@code AS_OF}.
     */
    private static void assertJudgedFrom(SmallNetwork network, LocalDate later, RuleCode... codes) {
        for (RuleCode code : codes) {
            assertThat(violationsOf(network, code, AS_OF)).as(code.toString()).isEmpty();
            assertThat(violationsOf(network, code, later)).as(code.toString()).isNotEmpty();
        }
    }

    @Test
    void activitiesAfterTheValidationDateAreNotYetJudged() {
        // Each activity breaks a rule, all of them in the eleven days after AS_OF: none is judged
        // on AS_OF, each is on the last of those days.
        LocalDate later = AS_OF.plusDays(11);
        SmallNetwork network = new SmallNetwork();
        network.patrols.add(new Patrol.Builder()
                .from(Fixtures.tanbangPatrol())
                .id(PatrolId.of("doma"))
                .registeredOn(later.plusDays(1))
                .build());
        // Organised by a patrol registered the day after it, attended by a member of another.
        network.activities.add(activityOn("a-unregistered", "doma", later, 19, 2, Attendance.present(member(1))));
        network.activities.add(
                activityOn("a-long", "tanbang", AS_OF.plusDays(1), 8, 13, Attendance.present(member(2))));
        network.activities.add(activityOn("a-x", "tanbang", AS_OF.plusDays(2), 19, 2, Attendance.present(member(3))));
        network.activities.add(activityOn("a-y", "tanbang", AS_OF.plusDays(2), 20, 2, Attendance.present(member(3))));
        for (int day = 3; day <= 5; day++) {
            network.activities.add(activityOn(
                    "a-absent-" + day,
                    "tanbang",
                    AS_OF.plusDays(day),
                    19,
                    2,
                    Attendance.present(member(5)),
                    Attendance.of(member(4), AttendanceStatus.UNEXCUSED_ABSENCE)));
        }

        assertJudgedFrom(
                network,
                later,
                BuiltInRules.ACTIVITY_OUTSIDE_PATROL_REGISTRATION,
                BuiltInRules.ATTENDEE_NOT_A_MEMBER,
                BuiltInRules.ACTIVITY_TOO_LONG,
                BuiltInRules.MEMBER_IN_OVERLAPPING_ACTIVITIES,
                BuiltInRules.MEMBER_UNEXCUSED_ABSENCES);
    }

    private static Activity activityOn(
            String id, String patrol, LocalDate day, int fromHour, int hours, Attendance... attendance) {
        return Fixtures.aNightPatrol(
                id, patrol, LocalDateTime.of(day, LocalTime.of(fromHour, 0)), Duration.ofHours(hours), attendance);
    }

    @Test
    void aFederationTermStartingAfterTheValidationDateIsNotYetTooLong() {
        // Eight years from 2017: too long once it has started, not before.
        SmallNetwork network = new SmallNetwork();
        network.officers.add(new FederationOfficer.Builder()
                .member(member(2))
                .federation(FederationId.of("daejeon"))
                .role(FederationRole.PRESIDENT)
                .term(DateRange.of(LocalDate.of(2017, 1, 1), LocalDate.of(2025, 1, 1)))
                .build());

        assertThat(violationsOf(network, BuiltInRules.OFFICER_TERM_TOO_LONG, AS_OF))
                .isEmpty();
        assertThat(violationsOf(network, BuiltInRules.OFFICER_TERM_TOO_LONG, LocalDate.of(2017, 1, 1)))
                .extracting(Violation::subject)
                .containsExactly(Subject.of(member(2)));
    }

    // MEMBERSHIP_OUTSIDE_PATROL_LIFE

    @Test
    void noOneIsAppointedToAPatrolThatWasNeverRegistered() {
        SmallNetwork network = new SmallNetwork();
        network.patrol(p -> p.registeredOn(java.util.Optional.empty()).name("탄방동 방범모임"));

        assertThat(violationsOf(network, BuiltInRules.MEMBERSHIP_OUTSIDE_PATROL_LIFE, AS_OF))
                .hasSize(SmallNetwork.MEMBERS)
                .first()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("membership ms-01 starts on 2010-03-01, but patrol tanbang is not registered"));
    }

    // NOMINATED_TERM_OUTLASTS_LEADER

    @Test
    void aLeaderWhoStaysAMemberAfterHisTermLeavesOfficeWithTheTerm() {
        // The leader's term ends on 2018-01-01, his membership a year later; the deputy's term runs
        // to mid-2018, past the leader's time in office.
        SmallNetwork network = new SmallNetwork();
        network.membership(1, m -> m.resignedOn(LocalDate.of(2019, 1, 1), SeparationReason.VOLUNTARY));
        network.membership(
                2,
                m -> SmallNetwork.withoutRole(2)
                        .withRole(
                                org.civicpatrol.member.Role.DEPUTY,
                                DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 7, 1))));

        assertThat(violationsOf(network, BuiltInRules.NOMINATED_TERM_OUTLASTS_LEADER, LocalDate.of(2018, 6, 1)))
                .extracting(Violation::subject)
                .containsExactly(Subject.of(MembershipId.of("ms-02")));
    }

    // GRANT_FUNDER_NOT_ALLOWED

    @Test
    void aGuFundsNoFederationOfAnotherGu() {
        SmallNetwork network = new SmallNetwork();
        network.districts.add(Fixtures.yuseongGu());
        network.grant(g -> g.recipient(org.civicpatrol.funding.Recipient.of(FederationId.of("seo-gu")))
                .funder(org.civicpatrol.geo.Authority.government(
                        org.civicpatrol.geo.AuthorityKind.MUNICIPAL_GOVERNMENT,
                        "대전광역시 유성구",
                        DistrictId.of("3020000000"))));

        assertThat(violationsOf(network, BuiltInRules.GRANT_FUNDER_NOT_ALLOWED, AS_OF))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .endsWith("whose territory 3020000000 does not contain the recipient's district 3017000000"));
    }

    // REFERENCE_UNRESOLVED

    @Test
    void aResidenceInADistrictTheRegistryDoesNotHoldIsADanglingReference() {
        SmallNetwork network = new SmallNetwork();
        network.member(
                10,
                m -> m.addResidence(org.civicpatrol.member.Residence.of(
                        DistrictId.of("4128151000"), DateRange.startingOn(LocalDate.of(2001, 1, 1)))));

        assertThat(violationsOf(network, BuiltInRules.REFERENCE_UNRESOLVED, AS_OF))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.subject()).isEqualTo(Subject.of(member(10)));
                    assertThat(v.message()).doesNotContain("4128151000");
                });
    }

    // FEDERATION_DUPLICATE_IN_TERRITORY

    @Test
    void twoProvincialAgenciesServingAProvinceAllowTwoProvincialFederations() {
        // Act Art. 12: the Dunsan station's patrol under Daejeon's agency, a second agency's station
        // with a Dunsan 2-dong patrol: exactly the two agencies the policy asks for.
        LocalDate conformed = LocalDate.of(2026, 8, 15);
        SmallNetwork network = new SmallNetwork();
        network.federations.add(new org.civicpatrol.patrol.Federation.Builder()
                .id(FederationId.of("daejeon-2"))
                .name("대전광역시 제2 자율방범연합회")
                .tier(org.civicpatrol.patrol.FederationTier.PROVINCIAL)
                .territory(SmallNetwork.DAEJEON)
                .foundedOn(LocalDate.of(2026, 3, 1))
                .build());
        network.policeUnits.add(new org.civicpatrol.geo.PoliceUnit.Builder()
                .id(org.civicpatrol.geo.PoliceUnitId.of("second-agency"))
                .name("제2 경찰청")
                .kind(org.civicpatrol.geo.PoliceUnitKind.PROVINCIAL_AGENCY)
                .build());
        network.policeUnits.add(new org.civicpatrol.geo.PoliceUnit.Builder()
                .id(org.civicpatrol.geo.PoliceUnitId.of("second-station"))
                .name("제2 경찰서")
                .kind(org.civicpatrol.geo.PoliceUnitKind.STATION)
                .parent(org.civicpatrol.geo.PoliceUnitId.of("second-agency"))
                .build());
        network.districts.add(Fixtures.dunsan2Dong());
        network.patrols.add(new org.civicpatrol.patrol.Patrol.Builder()
                .from(Fixtures.dunsan2Patrol())
                .policeUnit(org.civicpatrol.geo.PoliceUnitId.of("second-station"))
                .build());

        assertThat(violationsOf(network, BuiltInRules.FEDERATION_DUPLICATE_IN_TERRITORY, conformed))
                .isEmpty();
    }

    // PATROL_ABOVE_MAXIMUM_COMPLEMENT

    @Test
    void exactlyTheMaximumComplementIsAllowed() {
        SmallNetwork network = new SmallNetwork();
        for (int i = SmallNetwork.MEMBERS + 1; i <= 70; i++) {
            String id = MemberId.of(String.format("m-%02d", i)).toString();
            network.members.add(Fixtures.aMember(id, LocalDate.of(1970, 5, 5)));
            network.memberships.add(Fixtures.anAppointment("ms-" + i, id, "tanbang", SmallNetwork.APPOINTED));
        }

        assertThat(violationsOf(network, BuiltInRules.PATROL_ABOVE_MAXIMUM_COMPLEMENT, AS_OF))
                .isEmpty();
        network.members.add(Fixtures.aMember("m-71", LocalDate.of(1970, 5, 5)));
        network.memberships.add(Fixtures.anAppointment("ms-71", "m-71", "tanbang", SmallNetwork.APPOINTED));
        assertThat(violationsOf(network, BuiltInRules.PATROL_ABOVE_MAXIMUM_COMPLEMENT, AS_OF))
                .singleElement()
                .satisfies(v ->
                        assertThat(v.message()).endsWith("above the maximum of 70 allowed without police approval"));
        // An approval of the maximum itself approves nothing more.
        network.patrol(p ->
                p.addComplementApprovals(org.civicpatrol.patrol.ComplementApproval.of(LocalDate.of(2016, 1, 1), 70)));
        assertThat(violationsOf(network, BuiltInRules.PATROL_ABOVE_MAXIMUM_COMPLEMENT, AS_OF))
                .singleElement()
                .satisfies(v ->
                        assertThat(v.message()).endsWith("above the maximum of 70 allowed without police approval"));
    }

    // EXPENDITURE_EXCEEDS_GRANT

    @Test
    void aGrantIsOverspentFromTheFirstDateByDateNotByEntry() {
        // KRW 5,000,000 awarded, 4,000,000 spent on 2016-05-01; then 2,000,000 on 10-01 and on 06-01.
        SmallNetwork network = new SmallNetwork();
        network.expenditures.add(Expenditure.of(
                SmallNetwork.GRANT,
                LocalDate.of(2016, 10, 1),
                Fixtures.won(2_000_000),
                GrantCategory.POSTS_AND_OFFICES));
        network.expenditures.add(Expenditure.of(
                SmallNetwork.GRANT,
                LocalDate.of(2016, 6, 1),
                Fixtures.won(2_000_000),
                GrantCategory.POSTS_AND_OFFICES));

        assertThat(violationsOf(network, BuiltInRules.EXPENDITURE_EXCEEDS_GRANT, AS_OF))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.date()).isEqualTo(LocalDate.of(2016, 6, 1));
                    assertThat(v.message()).endsWith("more than awarded, from 2016-06-01");
                });
    }
}

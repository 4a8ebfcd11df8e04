package org.civicpatrol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityOutputs;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.activity.Guest;
import org.civicpatrol.activity.Site;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.funding.RefundReason;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.SeparationReason;
import org.civicpatrol.member.Sex;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.FederationTier;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Roll-ups of a small Seo-gu: Tanbang-dong and Dunsan 2-dong patrols, a patrol dissolved in the
 * year, a member who moved from one dong's patrol to the other, a joiner and a leaver, and a
 * joint patrol, with every expected number worked out by hand.
 */
class RollUpTest {

    static final LocalDate AS_OF = LocalDate.of(2016, 11, 29);
    static final DateRange YEAR = DateRange.of(LocalDate.of(2015, 11, 30), LocalDate.of(2016, 11, 30));
    static final PatrolId TANBANG = PatrolId.of("tanbang");
    static final PatrolId DUNSAN_2 = PatrolId.of("dunsan-2");
    static final PatrolId OLD = PatrolId.of("old");
    /** A site of Tanbang-dong without concerns, which coverage does not count. */
    static final Site QUIET_LANE = new Site.Builder()
            .from(Fixtures.namseonPark())
            .id(SiteId.of("quiet-lane"))
            .name("조용한 골목")
            .concerns(List.of())
            .build();

    static Registry seoGu() {
        Patrol tanbang = new Patrol.Builder()
                .from(Fixtures.tanbangPatrol())
                .formedOn(LocalDate.of(2000, 1, 1))
                .registeredOn(LocalDate.of(2000, 1, 1))
                .build();
        Patrol old = new Patrol.Builder()
                .from(tanbang)
                .id(OLD)
                .name("옛 탄방동 자율방범대")
                .dissolvedOn(LocalDate.of(2016, 6, 1))
                .build();
        Activity joint = new Activity.Builder()
                .from(Fixtures.aNightPatrol(
                        "a-joint",
                        "tanbang",
                        LocalDateTime.of(2016, 11, 29, 20, 30),
                        Duration.ofHours(1),
                        Attendance.present(MemberId.of("m-1")),
                        Attendance.present(MemberId.of("m-3")),
                        Attendance.of(MemberId.of("m-2"), AttendanceStatus.EXCUSED_ABSENCE)))
                .addJointPatrol(DUNSAN_2)
                .addGuest(Guest.of("police officer", "둔산경찰서", 9))
                .outputs(ActivityOutputs.of(2, 1, 0))
                .addSites(Fixtures.namseonPark().id(), QUIET_LANE.id())
                .build();
        Activity dunsan = new Activity.Builder()
                .from(Fixtures.aNightPatrol(
                        "a-dunsan",
                        "dunsan-2",
                        LocalDateTime.of(2016, 6, 10, 21, 0),
                        Duration.ofHours(2),
                        Attendance.present(MemberId.of("m-4")),
                        Attendance.of(MemberId.of("m-5"), AttendanceStatus.UNEXCUSED_ABSENCE)))
                .outputs(ActivityOutputs.of(1, 0, 3))
                .addSites(Fixtures.namseonPark().id())
                .build();
        return new Registry.Builder()
                .addDistricts(
                        List.of(Fixtures.daejeon(), Fixtures.seoGu(), Fixtures.tanbangDong(), Fixtures.dunsan2Dong()))
                .addPoliceUnits(List.of(Fixtures.daejeonPoliceAgency(), Fixtures.dunsanStation()))
                .addFederations(List.of(
                        new Federation.Builder()
                                .id(FederationId.of("daejeon"))
                                .name("대전광역시 자율방범연합회")
                                .tier(FederationTier.PROVINCIAL)
                                .territory(DistrictId.of("3000000000"))
                                .build(),
                        new Federation.Builder()
                                .from(Fixtures.seoGuFederation())
                                .parent(FederationId.of("daejeon"))
                                .build()))
                .addPatrols(List.of(tanbang, Fixtures.dunsan2Patrol(), old))
                .addMembers(List.of(
                        member("m-1", LocalDate.of(1950, 1, 1), Sex.MALE),
                        member("m-2", LocalDate.of(1980, 1, 1), Sex.FEMALE),
                        member("m-3", LocalDate.of(1960, 1, 1), Sex.MALE),
                        new Member.Builder()
                                .id(MemberId.of("m-4"))
                                .name("Sample Person m-4")
                                .birthDate(LocalDate.of(1990, 1, 1))
                                .build(),
                        member("m-5", LocalDate.of(1970, 1, 1), Sex.MALE)))
                .addMemberships(List.of(
                        Fixtures.anAppointment("ms-1", "m-1", "tanbang", LocalDate.of(2005, 1, 1))
                                .withRole(
                                        Role.LEADER, DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1))),
                        Fixtures.anAppointment("ms-2", "m-2", "tanbang", LocalDate.of(2010, 1, 1)),
                        Fixtures.anAppointment("ms-3", "m-3", "tanbang", LocalDate.of(2010, 1, 1))
                                .resignedOn(LocalDate.of(2016, 3, 1), SeparationReason.MOVED_AWAY),
                        Fixtures.anAppointment("ms-3b", "m-3", "dunsan-2", LocalDate.of(2016, 3, 1))
                                .withRole(
                                        Role.SECRETARY,
                                        DateRange.of(LocalDate.of(2016, 3, 1), LocalDate.of(2019, 3, 1))),
                        Fixtures.anAppointment("ms-4", "m-4", "dunsan-2", LocalDate.of(2016, 5, 1)),
                        Fixtures.anAppointment("ms-5", "m-5", "dunsan-2", LocalDate.of(2005, 1, 1))
                                .resignedOn(LocalDate.of(2016, 9, 1), SeparationReason.VOLUNTARY)))
                .addSites(List.of(Fixtures.namseonPark(), QUIET_LANE))
                .addActivities(List.of(joint, dunsan))
                .addGrants(List.of(
                        Fixtures.aGrant("g-tanbang", Recipient.of(TANBANG), GrantCategory.POSTS_AND_OFFICES, 5_000_000),
                        new Grant.Builder()
                                .from(Fixtures.aGrant(
                                        "g-federation",
                                        Recipient.of(FederationId.of("seo-gu")),
                                        GrantCategory.VEHICLES,
                                        2_000_000))
                                .funder(Fixtures.seoGuOffice())
                                .build(),
                        new Grant.Builder()
                                .from(Fixtures.aGrant(
                                        "g-2015", Recipient.of(DUNSAN_2), GrantCategory.PUBLICITY, 900_000))
                                .fiscalYear(Year.of(2015))
                                .awardedOn(LocalDate.of(2015, 3, 2))
                                .build()))
                .addExpenditure(Expenditure.of(
                        GrantId.of("g-tanbang"),
                        LocalDate.of(2016, 5, 1),
                        Fixtures.won(4_000_000),
                        GrantCategory.POSTS_AND_OFFICES))
                .addTrainingRecords(List.of(
                        TrainingRecord.of(
                                MemberId.of("m-1"), TrainingKind.BASIC, LocalDate.of(2005, 2, 1), Duration.ofHours(12)),
                        TrainingRecord.of(
                                MemberId.of("m-2"), TrainingKind.BASIC, LocalDate.of(2010, 2, 1), Duration.ofHours(12)),
                        TrainingRecord.of(
                                MemberId.of("m-3"), TrainingKind.BASIC, LocalDate.of(2010, 2, 1), Duration.ofHours(6)),
                        TrainingRecord.of(
                                MemberId.of("m-1"),
                                TrainingKind.IN_SERVICE,
                                LocalDate.of(2015, 6, 1),
                                Duration.ofHours(12))))
                .addRefund(Refund.of(
                        GrantId.of("g-tanbang"),
                        LocalDate.of(2016, 11, 20),
                        Fixtures.won(1_000_000),
                        RefundReason.UNSPENT))
                .build();
    }

    private static Member member(String id, LocalDate born, Sex sex) {
        return new Member.Builder().from(Fixtures.aMember(id, born)).sex(sex).build();
    }

    @Test
    void districtsRollUpInHierarchyOrder() {
        List<Node<District>> nodes = RollUp.of(seoGu(), AS_OF, YEAR).byDistrict(DistrictId.of("3000000000"));

        assertThat(nodes)
                .extracting(n -> n.entity().name(), Node::depth)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("대전광역시", 0),
                        org.assertj.core.groups.Tuple.tuple("서구", 1),
                        org.assertj.core.groups.Tuple.tuple("탄방동", 2),
                        org.assertj.core.groups.Tuple.tuple("둔산2동", 2));
    }

    @Test
    void eachDongCountsItsOwnPatrolsMembersAndActivities() {
        List<Node<District>> nodes = RollUp.of(seoGu(), AS_OF, YEAR).byDistrict(DistrictId.of("3000000000"));
        Summary tanbang = nodes.get(2).summary();
        Summary dunsan = nodes.get(3).summary();

        assertThat(tanbang.registeredPatrols()).containsExactly(TANBANG);
        assertThat(tanbang.activePatrols()).containsExactly(TANBANG);
        assertThat(tanbang.dissolvedPatrols()).containsExactly(OLD);
        assertThat(tanbang.members().count()).isEqualTo(2);
        assertThat(tanbang.members().byRole()).containsExactly(Map.entry(Role.LEADER, 1), Map.entry(Role.MEMBER, 1));
        assertThat(tanbang.members().byAgeBand())
                .containsExactly(Map.entry(AgeBand.between(30, 40), 1), Map.entry(AgeBand.atLeast(60), 1));
        assertThat(tanbang.members().bySex())
                .containsExactly(Map.entry(SexGroup.FEMALE, 1), Map.entry(SexGroup.MALE, 1));
        assertThat(tanbang.members().joinerCount()).isZero();
        assertThat(tanbang.members().leaverCount()).isEqualTo(1); // m-3 moved away
        assertThat(tanbang.members().retention()).hasValueCloseTo(2.0 / 3, within(1e-9));
        assertThat(tanbang.activities().count()).isEqualTo(1); // the joint patrol, for its organiser
        assertThat(tanbang.activities().personShifts()).isEqualTo(2);
        assertThat(tanbang.activities().memberTime()).isEqualTo(Duration.ofHours(2));
        assertThat(tanbang.activities().guestCount()).isEqualTo(9);
        assertThat(tanbang.activities().excusedAbsenceCount()).isEqualTo(1);

        assertThat(dunsan.registeredPatrols()).containsExactly(DUNSAN_2);
        assertThat(dunsan.members().count()).isEqualTo(2); // m-3, who moved in, and m-4
        assertThat(dunsan.members().bySex())
                .containsExactly(Map.entry(SexGroup.MALE, 1), Map.entry(SexGroup.UNKNOWN, 1));
        assertThat(dunsan.members().joinerCount()).isEqualTo(2);
        assertThat(dunsan.members().leaverCount()).isEqualTo(1); // m-5
        assertThat(dunsan.members().retention()).hasValue(0.0);
        assertThat(dunsan.activities().count()).isEqualTo(1);
        assertThat(dunsan.activities().unexcusedAbsenceCount()).isEqualTo(1);
        assertThat(dunsan.activities().attendanceRate()).hasValue(0.5);
    }

    @Test
    void theGuCountsTheMemberWhoMovedOnceAndNeitherAsJoinerNorLeaver() {
        Summary gu = RollUp.of(seoGu(), AS_OF, YEAR)
                .byDistrict(DistrictId.of("3017000000"))
                .get(0)
                .summary();

        assertThat(gu.registeredPatrols()).containsExactlyInAnyOrder(TANBANG, DUNSAN_2);
        assertThat(gu.members().count()).isEqualTo(4);
        assertThat(gu.members().joinerCount()).isEqualTo(1); // m-4 only
        assertThat(gu.members().leaverCount()).isEqualTo(1); // m-5 only
        assertThat(gu.members().retention()).hasValueCloseTo(0.75, within(1e-9));
        assertThat(gu.activities().count()).isEqualTo(2); // the joint patrol once
        assertThat(gu.activities().personHours()).isEqualTo(4.0);
        assertThat(gu.membersPerPatrol()).hasValue(2.0);
        assertThat(gu.hoursPerActiveMember()).hasValue(1.0);
        assertThat(gu.activities().byMonth().keySet().stream().map(Object::toString))
                .containsExactly("2016-06", "2016-11");
    }

    @Test
    void theGuCountsGrantsToItsPatrolsAndItsFederationAwardedInThePeriod() {
        Summary gu = RollUp.of(seoGu(), AS_OF, YEAR)
                .byDistrict(DistrictId.of("3017000000"))
                .get(0)
                .summary();

        FundingSummary funding = gu.funding();
        assertThat(funding.grantCount()).isEqualTo(2); // not the grant of 2015
        assertThat(funding.awarded()).isEqualTo(Fixtures.won(7_000_000));
        assertThat(funding.spent()).isEqualTo(Fixtures.won(4_000_000));
        assertThat(funding.returned()).isEqualTo(Fixtures.won(1_000_000));
        assertThat(funding.awardedByCategory())
                .containsExactly(
                        Map.entry(GrantCategory.VEHICLES, Fixtures.won(2_000_000)),
                        Map.entry(GrantCategory.POSTS_AND_OFFICES, Fixtures.won(5_000_000)));
        assertThat(funding.awardedByFunder())
                .containsOnly(
                        Map.entry(Fixtures.daejeonCity(), Fixtures.won(5_000_000)),
                        Map.entry(Fixtures.seoGuOffice(), Fixtures.won(2_000_000)));
        assertThat(funding.awardedByRecipient()).hasSize(2);
        assertThat(funding.awardedByFiscalYear()).containsExactly(Map.entry(Year.of(2016), Fixtures.won(7_000_000)));
        assertThat(gu.awardedPerMember()).contains(Fixtures.won(1_750_000)); // 4 members
        assertThat(gu.awardedPerPersonHour()).contains(Fixtures.won(1_750_000)); // 4 person-hours
    }

    @Test
    void theGuKnowsItsCoverageAndTrainingCompliance() {
        Summary gu = RollUp.of(seoGu(), AS_OF, YEAR)
                .byDistrict(DistrictId.of("3017000000"))
                .get(0)
                .summary();

        CoverageSummary coverage = gu.coverage();
        assertThat(coverage.neighbourhoods())
                .containsExactlyInAnyOrder(DistrictId.of("3017055500"), DistrictId.of("3017064000"));
        // Both activities cover Tanbang-dong only; both dongs have an active patrol.
        assertThat(coverage.coveredNeighbourhoods()).containsExactly(DistrictId.of("3017055500"));
        assertThat(coverage.neighbourhoodCoverage()).hasValue(0.5);
        assertThat(coverage.neighbourhoodsWithoutActivePatrol()).isEmpty();
        // Namseon Park has concerns and was visited; the quiet lane has none and does not count.
        assertThat(coverage.sitesWithConcerns())
                .containsExactly(Fixtures.namseonPark().id());
        assertThat(coverage.sitesCovered())
                .containsExactly(Fixtures.namseonPark().id());
        assertThat(coverage.siteCoverage()).hasValue(1.0);
        List<Node<District>> twoActivities = RollUp.of(seoGu(), AS_OF, YEAR)
                .withOptions(SummaryOptions.standard().withCoverageThreshold(3))
                .byDistrict(DistrictId.of("3017000000"));
        assertThat(twoActivities.get(0).summary().coverage().coveredNeighbourhoods())
                .isEmpty();

        TrainingSummary training = gu.training();
        // Basic: m-1, m-2 and m-3 (who moved without a break); m-4 is in her first two years.
        assertThat(training.basicDueCount()).isEqualTo(3);
        assertThat(training.basicCompletedCount()).isEqualTo(2); // m-3 did 6 of 12 hours
        assertThat(training.basicCompliance()).hasValueCloseTo(2.0 / 3, within(1e-9));
        // In-service for 2015: those who completed basic training before it, m-1 and m-2.
        assertThat(training.inServiceDueCount()).isEqualTo(2);
        assertThat(training.inServiceCompliance()).hasValueCloseTo(1.0 / 2, within(1e-9));
    }

    @Test
    void federationsAndPoliceUnitsRollUpTheSamePatrols() {
        Registry registry = seoGu();
        Summary gu = RollUp.of(registry, AS_OF, YEAR)
                .byDistrict(DistrictId.of("3017000000"))
                .get(0)
                .summary();

        List<Node<Federation>> federations = RollUp.of(registry, AS_OF, YEAR).byFederation(FederationId.of("daejeon"));
        List<Node<PoliceUnit>> police =
                RollUp.of(registry, AS_OF, YEAR).byPoliceUnit(PoliceUnitId.of("daejeon-agency"));

        assertThat(federations).extracting(n -> n.entity().id().toString()).containsExactly("daejeon", "seo-gu");
        for (Node<Federation> federation : federations) {
            Summary summary = federation.summary();
            assertThat(summary.members()).isEqualTo(gu.members());
            assertThat(summary.activities()).isEqualTo(gu.activities());
            assertThat(summary.funding()).isEqualTo(gu.funding());
            assertThat(summary.training()).isEqualTo(gu.training());
            assertThat(summary.coverage()).isEqualTo(CoverageSummary.empty()); // federations have no districts
        }
        assertThat(police).extracting(n -> n.entity().id().toString()).containsExactly("daejeon-agency", "dunsan");
        Summary patrolsOnly = RollUp.of(registry, AS_OF, YEAR).ofPatrols(List.of(TANBANG, DUNSAN_2, OLD));
        assertThat(police.get(0).summary()).isEqualTo(patrolsOnly); // no federation grants, no coverage
        assertThat(patrolsOnly.members()).isEqualTo(gu.members());
        assertThat(patrolsOnly.activities()).isEqualTo(gu.activities());
        assertThat(patrolsOnly.funding().awarded()).isEqualTo(Fixtures.won(5_000_000));
    }

    @Test
    void everyHierarchyTakesTheOptionsAgeBands() {
        SummaryOptions options = SummaryOptions.standard().withAgeBands(AgeBands.of(40));
        Registry registry = seoGu();

        Summary byFederation = RollUp.of(registry, AS_OF, YEAR)
                .withOptions(options)
                .byFederation(FederationId.of("seo-gu"))
                .get(0)
                .summary();
        Summary byPolice = RollUp.of(registry, AS_OF, YEAR)
                .withOptions(options)
                .byPoliceUnit(PoliceUnitId.of("dunsan"))
                .get(0)
                .summary();
        Summary ofPatrols =
                RollUp.of(registry, AS_OF, YEAR).withOptions(options).ofPatrols(List.of(TANBANG, DUNSAN_2));

        // m-4 (26) and m-2 (36) under 40; m-1 (66) and m-3 (56) 40 and over.
        for (Summary summary : List.of(byFederation, byPolice, ofPatrols)) {
            assertThat(summary.members().byAgeBand())
                    .containsExactly(Map.entry(AgeBand.between(0, 40), 2), Map.entry(AgeBand.atLeast(40), 2));
        }
    }

    @Test
    void fundingCanBeSummarisedByFiscalYearInsteadOfAwardDate() {
        Summary byAward = RollUp.of(seoGu(), AS_OF, YEAR)
                .byDistrict(DistrictId.of("3017000000"))
                .get(0)
                .summary();
        Summary of2015 = RollUp.of(seoGu(), AS_OF, YEAR)
                .withOptions(SummaryOptions.standard().withGrantsOfFiscalYear(Year.of(2015)))
                .byDistrict(DistrictId.of("3017000000"))
                .get(0)
                .summary();

        // g-2015 was awarded on 2015-03-02, before the period, for fiscal 2015.
        assertThat(byAward.funding().awardedByFiscalYear()).doesNotContainKey(Year.of(2015));
        assertThat(of2015.funding().grantCount()).isEqualTo(1);
        assertThat(of2015.funding().awarded()).isEqualTo(Fixtures.won(900_000));
    }

    @Test
    void unknownRootsGiveNoNodes() {
        assertThat(RollUp.of(seoGu(), AS_OF, YEAR).byDistrict(DistrictId.of("nowhere")))
                .isEmpty();
        assertThat(RollUp.of(seoGu(), AS_OF, YEAR).byFederation(FederationId.of("nowhere")))
                .isEmpty();
    }

    @Test
    void summariesNeedABoundedPeriod() {
        assertThatThrownBy(() ->
                        RollUp.of(seoGu(), AS_OF, DateRange.startingOn(AS_OF)).byDistrict(DistrictId.of("3000000000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a summary needs a bounded, non-empty period: [2016-11-29..+∞)");
    }

    /** The gu's summary by district, federation, police unit and patrols, each a merge of patrols. */
    private static List<Summary> theGuEveryWay(Registry registry, DateRange period) {
        return List.of(
                RollUp.of(registry, AS_OF, period)
                        .byDistrict(DistrictId.of("3017000000"))
                        .get(0)
                        .summary(),
                RollUp.of(registry, AS_OF, period)
                        .byDistrict(DistrictId.of("3000000000"))
                        .get(0)
                        .summary(),
                RollUp.of(registry, AS_OF, period)
                        .byFederation(FederationId.of("daejeon"))
                        .get(0)
                        .summary(),
                RollUp.of(registry, AS_OF, period)
                        .byPoliceUnit(PoliceUnitId.of("daejeon-agency"))
                        .get(0)
                        .summary(),
                RollUp.of(registry, AS_OF, period).ofPatrols(List.of(TANBANG, DUNSAN_2, OLD)),
                RollUp.of(registry, AS_OF, period).ofPatrols(List.of(OLD, DUNSAN_2, TANBANG)));
    }

    @Test
    void aRegisteredPatrolWithoutAnActivityInThePeriodIsNotActiveAndLeavesItsDongWithoutOne() {
        // From July, Dunsan 2-dong's own patrol went out no more (it joined Tanbang-dong's once).
        DateRange autumn = DateRange.of(LocalDate.of(2016, 7, 1), LocalDate.of(2016, 11, 30));
        List<Node<District>> nodes = RollUp.of(seoGu(), AS_OF, autumn).byDistrict(DistrictId.of("3017000000"));
        Summary gu = nodes.get(0).summary();
        Summary dunsan = nodes.get(2).summary();

        assertThat(dunsan.registeredPatrols()).containsExactly(DUNSAN_2);
        assertThat(dunsan.activePatrols()).isEmpty();
        assertThat(dunsan.coverage().neighbourhoodsWithoutActivePatrol()).containsExactly(DistrictId.of("3017064000"));
        assertThat(gu.activePatrols()).containsExactly(TANBANG);
        assertThat(gu.coverage().neighbourhoodsWithoutActivePatrol()).containsExactly(DistrictId.of("3017064000"));
        // Over the whole year it was active, and no dong is left without an active patrol.
        Summary year = RollUp.of(seoGu(), AS_OF, YEAR)
                .byDistrict(DistrictId.of("3017000000"))
                .get(0)
                .summary();
        assertThat(year.activePatrols()).containsExactlyInAnyOrder(TANBANG, DUNSAN_2);
        assertThat(year.coverage().neighbourhoodsWithoutActivePatrol()).isEmpty();
    }

    @Test
    void coverageAtExactlyTheThresholdCounts() {
        // Both activities of the year cover Tanbang-dong: two activities, a threshold of two.
        Summary atThreshold = RollUp.of(seoGu(), AS_OF, YEAR)
                .withOptions(SummaryOptions.standard().withCoverageThreshold(2))
                .byDistrict(DistrictId.of("3017000000"))
                .get(0)
                .summary();
        Summary aboveIt = RollUp.of(seoGu(), AS_OF, YEAR)
                .withOptions(SummaryOptions.standard().withCoverageThreshold(3))
                .byDistrict(DistrictId.of("3017000000"))
                .get(0)
                .summary();

        assertThat(atThreshold.coverage().coveredNeighbourhoods()).containsExactly(DistrictId.of("3017055500"));
        assertThat(aboveIt.coverage().coveredNeighbourhoods()).isEmpty();
        // Both visited Namseon Park, a site with concerns.
        assertThat(atThreshold.coverage().sitesCovered())
                .containsExactly(Fixtures.namseonPark().id());
        assertThat(aboveIt.coverage().sitesCovered()).isEmpty();
        assertThat(aboveIt.coverage().sitesWithConcerns())
                .containsExactly(Fixtures.namseonPark().id());
    }

    @Test
    void spendingByCategorySurvivesEveryMerge() {
        for (Summary gu : theGuEveryWay(seoGu(), YEAR)) {
            assertThat(gu.funding().spentByCategory())
                    .containsExactly(Map.entry(GrantCategory.POSTS_AND_OFFICES, Fixtures.won(4_000_000)));
            assertThat(gu.funding().spent()).isEqualTo(Fixtures.won(4_000_000));
            assertThat(gu.funding().returned()).isEqualTo(Fixtures.won(1_000_000));
        }
    }

    @Test
    void activityOutputsAddUpAcrossMerges() {
        for (Summary gu : theGuEveryWay(seoGu(), YEAR)) {
            assertThat(gu.activities().reportsToPolice()).isEqualTo(3);
            assertThat(gu.activities().youthGuidanceCases()).isEqualTo(1);
            assertThat(gu.activities().hazardsReported()).isEqualTo(3);
        }
    }

    @Test
    void aMemberAppointedAfterThePeriodIsNoJoinerOfIt() {
        // As of 2016-11-29, over 2015: m-4, appointed in 2016, is active but joined after 2015.
        Summary gu = RollUp.of(seoGu(), AS_OF, DateRange.ofYear(Year.of(2015)))
                .byDistrict(DistrictId.of("3017000000"))
                .get(0)
                .summary();

        assertThat(gu.members().active()).contains(MemberId.of("m-4"));
        assertThat(gu.members().joinerCount()).isZero();
    }

    @Test
    void theProfileOfTheActiveMembershipWinsWhicheverSummaryComesFirst() {
        List<Node<District>> dongs = RollUp.of(seoGu(), AS_OF, YEAR).byDistrict(DistrictId.of("3017000000"));
        MemberSummary tanbang = dongs.get(1).summary().members(); // m-3 left it
        MemberSummary dunsan = dongs.get(2).summary().members(); // m-3 is its secretary

        assertThat(tanbang.plus(dunsan)).isEqualTo(dunsan.plus(tanbang)).isNotEqualTo(tanbang);
        assertThat(dunsan).isNotEqualTo(tanbang).isNotEqualTo(dunsan.plus(tanbang));
        for (MemberSummary both : List.of(tanbang.plus(dunsan), dunsan.plus(tanbang))) {
            assertThat(both.byRole())
                    .containsExactly(
                            Map.entry(Role.LEADER, 1), Map.entry(Role.SECRETARY, 1), Map.entry(Role.MEMBER, 2));
            assertThat(both.bySex())
                    .containsExactly(
                            Map.entry(SexGroup.FEMALE, 1), Map.entry(SexGroup.MALE, 2), Map.entry(SexGroup.UNKNOWN, 1));
        }
    }

    @Test
    void aMemberWhoMovedKeepsTheProfileOfHerActiveMembership() {
        // m-3 (male, born 1960) left Tanbang-dong as a member and is Dunsan 2-dong's secretary.
        for (Summary gu : theGuEveryWay(seoGu(), YEAR)) {
            assertThat(gu.members().byRole())
                    .containsExactly(
                            Map.entry(Role.LEADER, 1), Map.entry(Role.SECRETARY, 1), Map.entry(Role.MEMBER, 2));
            assertThat(gu.members().byAgeBand())
                    .containsExactly(
                            Map.entry(AgeBand.between(0, 30), 1),
                            Map.entry(AgeBand.between(30, 40), 1),
                            Map.entry(AgeBand.between(50, 60), 1),
                            Map.entry(AgeBand.atLeast(60), 1));
            assertThat(gu.members().bySex())
                    .containsExactly(
                            Map.entry(SexGroup.FEMALE, 1), Map.entry(SexGroup.MALE, 2), Map.entry(SexGroup.UNKNOWN, 1));
        }
    }
}

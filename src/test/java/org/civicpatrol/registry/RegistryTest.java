package org.civicpatrol.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicpatrol.fixtures.Fixtures.aMember;
import static org.civicpatrol.fixtures.Fixtures.aNightPatrol;
import static org.civicpatrol.fixtures.Fixtures.anAppointment;
import static org.civicpatrol.fixtures.Fixtures.daejeon;
import static org.civicpatrol.fixtures.Fixtures.daejeonPoliceAgency;
import static org.civicpatrol.fixtures.Fixtures.dunsan2Dong;
import static org.civicpatrol.fixtures.Fixtures.dunsan2Patrol;
import static org.civicpatrol.fixtures.Fixtures.dunsanStation;
import static org.civicpatrol.fixtures.Fixtures.seoGu;
import static org.civicpatrol.fixtures.Fixtures.seoGuFederation;
import static org.civicpatrol.fixtures.Fixtures.tanbangDong;
import static org.civicpatrol.fixtures.Fixtures.tanbangPatrol;
import static org.civicpatrol.fixtures.Fixtures.yuseongGu;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.DistrictLevel;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.FederationRole;
import org.civicpatrol.member.Member;
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
import org.junit.jupiter.params.provider.CsvSource;

class RegistryTest {

    private static final LocalDate DAY = LocalDate.of(2016, 11, 29);
    private static final DistrictId DAEJEON = DistrictId.of("3000000000");
    private static final DistrictId SEO_GU = DistrictId.of("3017000000");
    private static final DistrictId TANBANG = DistrictId.of("3017055500");

    private static Registry.Builder network() {
        return new Registry.Builder()
                .addDistricts(List.of(daejeon(), seoGu(), tanbangDong(), dunsan2Dong(), yuseongGu()))
                .addPoliceUnit(daejeonPoliceAgency())
                .addPoliceUnit(dunsanStation())
                .addFederation(seoGuFederation())
                .addPatrol(tanbangPatrol())
                .addPatrol(dunsan2Patrol())
                .addMember(aMember("m-1", LocalDate.of(1960, 1, 1)))
                .addMember(aMember("m-2", LocalDate.of(1970, 1, 1)))
                .addMember(aMember("m-3", LocalDate.of(1980, 1, 1)))
                .addMembership(anAppointment("ms-1", "m-1", "tanbang", LocalDate.of(2010, 1, 1)))
                .addMembership(anAppointment("ms-2", "m-2", "tanbang", LocalDate.of(2010, 1, 1))
                        .resignedOn(LocalDate.of(2015, 1, 1), SeparationReason.VOLUNTARY))
                .addMembership(anAppointment("ms-3", "m-2", "dunsan-2", LocalDate.of(2015, 1, 1)))
                .addMembership(anAppointment("ms-4", "m-3", "dunsan-2", LocalDate.of(2017, 1, 1)))
                .addFederationOfficer(new FederationOfficer.Builder()
                        .member(MemberId.of("m-1"))
                        .federation(FederationId.of("seo-gu"))
                        .role(FederationRole.PRESIDENT)
                        .term(DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1)))
                        .build());
    }

    @Test
    void looksUpEntitiesById() {
        Registry registry = network().build();
        assertThat(registry.district(TANBANG)).contains(tanbangDong());
        assertThat(registry.district(DistrictId.of("nowhere"))).isEmpty();
        assertThat(registry.patrol(PatrolId.of("tanbang"))).contains(tanbangPatrol());
        assertThat(registry.policeUnit(PoliceUnitId.of("dunsan"))).contains(dunsanStation());
        assertThat(registry.federation(FederationId.of("seo-gu"))).contains(seoGuFederation());
        assertThat(registry.member(MemberId.of("m-3"))).isPresent();
        assertThat(registry.membership(MembershipId.of("ms-4"))).isPresent();
        assertThat(registry.membership(MembershipId.of("ms-9"))).isEmpty();
    }

    @Test
    void handsBackTheEntitiesItWasGivenNotCopies() {
        Member member = aMember("m-9", LocalDate.of(1975, 5, 5));
        Activity activity =
                aNightPatrol("a-1", "tanbang", DAY.atTime(20, 0), Duration.ofHours(2), Attendance.present(member.id()));
        Registry registry = network().addMember(member).addActivity(activity).build();
        DateRange day = DateRange.of(DAY, DAY.plusDays(1));

        assertThat(registry.member(member.id())).containsSame(member);
        assertThat(registry.members()).filteredOn(m -> m == member).hasSize(1);
        assertThat(registry.activity(activity.id())).containsSame(activity);
        assertThat(registry.activities()).singleElement().isSameAs(activity);
        assertThat(registry.activitiesOf(PatrolId.of("tanbang"), day))
                .singleElement()
                .isSameAs(activity);
        assertThat(registry.activitiesOf(member.id(), day)).singleElement().isSameAs(activity);

        // a change keeps what it does not touch, and hands back what it was given
        Activity later =
                aNightPatrol("a-2", "tanbang", DAY.atTime(22, 0), Duration.ofHours(1), Attendance.present(member.id()));
        Registry changed = registry.change().addActivity(later).apply();
        assertThat(changed.activity(activity.id())).containsSame(activity);
        assertThat(changed.activity(later.id())).containsSame(later);
        assertThat(changed.member(member.id())).containsSame(member);
    }

    @Test
    void keepsTheOrderInWhichEntitiesWereAdded() {
        Registry registry = network().build();
        assertThat(registry.districts())
                .extracting(District::name)
                .containsExactly("대전광역시", "서구", "탄방동", "둔산2동", "유성구");
        assertThat(registry.memberships())
                .extracting(m -> m.id().value())
                .containsExactly("ms-1", "ms-2", "ms-3", "ms-4");
    }

    @Test
    void walksTheDistrictHierarchy() {
        Registry registry = network().build();
        assertThat(registry.childrenOf(DAEJEON)).extracting(District::name).containsExactly("서구", "유성구");
        assertThat(registry.subtreeOf(DAEJEON))
                .extracting(District::name)
                .containsExactly("대전광역시", "서구", "탄방동", "둔산2동", "유성구");
        assertThat(registry.subtreeOf(DistrictId.of("nowhere"))).isEmpty();
        assertThat(registry.ancestryOf(TANBANG)).extracting(District::name).containsExactly("탄방동", "서구", "대전광역시");
    }

    @Test
    void findsPatrolsInADistrictAndItsSubtree() {
        Registry registry = network().build();
        assertThat(registry.patrolsIn(TANBANG)).containsExactly(tanbangPatrol());
        assertThat(registry.patrolsIn(SEO_GU)).isEmpty();
        assertThat(registry.patrolsWithin(SEO_GU)).containsExactly(tanbangPatrol(), dunsan2Patrol());
        assertThat(registry.patrolsWithin(DAEJEON)).hasSize(2);
        assertThat(registry.patrolsWithin(DistrictId.of("3020000000"))).isEmpty();
    }

    @Test
    void patrolCoveringTwoDistrictsIsListedOnceInTheirSubtree() {
        Patrol joint = new Patrol.Builder()
                .from(tanbangPatrol())
                .addActivityArea(DistrictId.of("3017064000"))
                .build();
        Registry registry = new Registry.Builder()
                .addDistricts(List.of(seoGu(), tanbangDong(), dunsan2Dong()))
                .addPatrol(joint)
                .build();
        assertThat(registry.patrolsWithin(SEO_GU)).containsExactly(joint);
        assertThat(registry.patrolsIn(DistrictId.of("3017064000"))).containsExactly(joint);
    }

    @Test
    void findsPatrolsByPoliceUnitAndFederation() {
        Registry registry = network().build();
        assertThat(registry.patrolsOf(PoliceUnitId.of("dunsan"))).containsExactly(tanbangPatrol(), dunsan2Patrol());
        assertThat(registry.patrolsOf(FederationId.of("seo-gu"))).hasSize(2);
        assertThat(registry.officersOf(FederationId.of("seo-gu"))).hasSize(1);
        assertThat(registry.officersOf(FederationId.of("daejeon"))).isEmpty();
    }

    @Test
    void findsMembershipsActiveOnADate() {
        Registry registry = network().build();
        assertThat(registry.activeMembershipsOf(PatrolId.of("tanbang"), DAY))
                .extracting(m -> m.id().value())
                .containsExactly("ms-1");
        assertThat(registry.activeMembershipsOf(PatrolId.of("tanbang"), LocalDate.of(2014, 1, 1)))
                .hasSize(2);
        assertThat(registry.activeMembershipsOf(PatrolId.of("dunsan-2"), DAY))
                .extracting(m -> m.id().value())
                .containsExactly("ms-3");
        assertThat(registry.membershipsOf(PatrolId.of("dunsan-2"))).hasSize(2);
    }

    @Test
    void findsAMembersMembershipOnADateAndKeepsTheirHistory() {
        Registry registry = network().build();
        MemberId moved = MemberId.of("m-2");
        assertThat(registry.membershipOn(moved, LocalDate.of(2014, 1, 1)).map(Membership::patrol))
                .contains(PatrolId.of("tanbang"));
        assertThat(registry.membershipOn(moved, DAY).map(Membership::patrol)).contains(PatrolId.of("dunsan-2"));
        assertThat(registry.membershipOn(MemberId.of("m-3"), DAY)).isEmpty();
        assertThat(registry.membershipsOf(moved)).hasSize(2);
    }

    @Test
    void holdsImperfectData() {
        Registry registry = network()
                .addMembership(anAppointment("ms-5", "m-1", "dunsan-2", LocalDate.of(2012, 1, 1)))
                .addMembership(anAppointment("ms-6", "ghost", "no-such-patrol", LocalDate.of(2012, 1, 1)))
                .build();
        assertThat(registry.membershipsOf(MemberId.of("m-1"))).hasSize(2);
        assertThat(registry.membershipOn(MemberId.of("m-1"), DAY).map(m -> m.id().value()))
                .contains("ms-1");
        assertThat(registry.membershipsOf(PatrolId.of("no-such-patrol"))).hasSize(1);
        assertThat(registry.member(MemberId.of("ghost"))).isEmpty();
    }

    @Test
    void cyclicHierarchyDoesNotLoop() {
        DistrictLevel level = DistrictLevel.of("area", 1);
        District a = new District.Builder()
                .id(DistrictId.of("a"))
                .name("A")
                .level(level)
                .parent(DistrictId.of("b"))
                .build();
        District b = new District.Builder()
                .id(DistrictId.of("b"))
                .name("B")
                .level(level)
                .parent(DistrictId.of("a"))
                .build();
        Registry registry = new Registry.Builder().addDistrict(a).addDistrict(b).build();
        assertThat(registry.subtreeOf(DistrictId.of("a"))).containsExactly(a, b);
        assertThat(registry.ancestryOf(DistrictId.of("a"))).containsExactly(a, b);
    }

    @ParameterizedTest
    @CsvSource({"m-2, m-1", "m-1, m-2"})
    void ofSeveralDuplicateIdsTheFirstAddedIsNamed(String first, String second) {
        // the network already holds members m-1 and m-2
        assertThatIllegalArgumentException()
                .isThrownBy(() -> network()
                        .addMember(aMember(first, LocalDate.of(1990, 1, 1)))
                        .addMember(aMember(second, LocalDate.of(1990, 1, 1)))
                        .build())
                .withMessage("registry has two members with id " + first);
    }

    @Test
    void duplicateIdsAreRejectedWithTheId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> network().addDistrict(tanbangDong()).build())
                .withMessage("registry has two districts with id 3017055500");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> network().addPatrol(tanbangPatrol()).build())
                .withMessage("registry has two patrols with id tanbang");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> network()
                        .addMember(aMember("m-1", LocalDate.of(1990, 1, 1)))
                        .build())
                .withMessage("registry has two members with id m-1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> network()
                        .addMembership(anAppointment("ms-1", "m-3", "tanbang", DAY))
                        .build())
                .withMessage("registry has two memberships with id ms-1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> network().addPoliceUnit(dunsanStation()).build())
                .withMessage("registry has two police units with id dunsan");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> network().addFederation(seoGuFederation()).build())
                .withMessage("registry has two federations with id seo-gu");
    }

    @Test
    void emptyRegistryAnswersEveryLookup() {
        assertThat(Registry.empty().rostersRecorded()).isTrue();
        assertThat(new Registry.Builder().build().rostersRecorded()).isTrue();
        Registry empty = Registry.empty();
        assertThat(empty.patrols()).isEmpty();
        assertThat(empty.patrolsWithin(DAEJEON)).isEmpty();
        assertThat(empty.activeMembershipsOf(PatrolId.of("tanbang"), DAY)).isEmpty();
        assertThat(empty)
                .hasToString("Registry{districts=0, policeUnits=0, federations=0, patrols=0, members=0,"
                        + " memberships=0, federationOfficers=0, trainingRecords=0, sites=0, activities=0, vehicles=0,"
                        + " equipmentIssues=0, grants=0, expenditures=0, refunds=0}");
    }
}

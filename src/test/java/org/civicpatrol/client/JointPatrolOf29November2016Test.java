package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.activity.Guest;
import org.civicpatrol.activity.PatrolMode;
import org.civicpatrol.activity.Site;
import org.civicpatrol.activity.SiteConcern;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.activity.SiteKind;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evening the library was born from (domain.md, section 1): Daejeon, 29 November 2016, about
 * 20:30, a one-hour joint civilian-government-police night patrol of the Tanbang-dong and Dunsan
 * 2-dong patrols with about 80 volunteers, joined by the mayor, the head of Seo-gu, the president
 * of the Daejeon patrol federation and officers of the Dunsan police station, through alleys, a
 * shopping street and the area of Namseon Park.
 *
 * <p>The account gives "about 80" volunteers; here 80 were present, of 84 rostered. The number of
 * police officers is not reported; six are assumed. Which dong the alleys and the shopping street
 * are in is not reported either; they are placed in one dong each. The federation president takes
 * part as a guest, as the federation's officer rather than as a member of either patrol.
 */
class JointPatrolOf29November2016Test {

    private static final PatrolId TANBANG = PatrolId.of("tanbang");
    private static final PatrolId DUNSAN_2 = PatrolId.of("dunsan-2");
    private static final DistrictId TANBANG_DONG = DistrictId.of("3017055500");
    private static final DistrictId DUNSAN_2_DONG = DistrictId.of("3017064000");
    private static final LocalDate EVENING = LocalDate.of(2016, 11, 29);

    private final List<Member> members = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final List<Attendance> attendance = new ArrayList<>();
    private Registry registry = Registry.empty();
    private Activity jointPatrol = Fixtures.aNightPatrol("unset", "unset", EVENING.atStartOfDay(), Duration.ofHours(1));

    private void roster(PatrolId patrol, int present, int excused, int unexcused) {
        int rostered = present + excused + unexcused;
        for (int i = 0; i < rostered; i++) {
            String id = patrol + "-" + (i + 1);
            members.add(Fixtures.aMember(id, LocalDate.of(1955 + i % 30, 1 + i % 12, 1 + i % 28)));
            memberships.add(new Membership.Builder()
                    .id(MembershipId.of("ms-" + id))
                    .member(MemberId.of(id))
                    .patrol(patrol)
                    .recommendedOn(LocalDate.of(2010, 2, 20).plusDays(i * 30L))
                    .appointedOn(LocalDate.of(2010, 3, 1).plusDays(i * 30L))
                    .build());
            AttendanceStatus status = i < present
                    ? AttendanceStatus.PRESENT
                    : i < present + excused ? AttendanceStatus.EXCUSED_ABSENCE : AttendanceStatus.UNEXCUSED_ABSENCE;
            attendance.add(Attendance.of(MemberId.of(id), status));
        }
    }

    @BeforeEach
    void buildTheEvening() {
        roster(TANBANG, 41, 2, 1);
        roster(DUNSAN_2, 39, 1, 0);
        Site namseonPark = new Site.Builder()
                .id(SiteId.of("namseon-park"))
                .name("남선공원 일대")
                .district(TANBANG_DONG)
                .kind(SiteKind.PARK)
                .addConcerns(SiteConcern.YOUTH_MISBEHAVIOUR, SiteConcern.WOMENS_SAFETY)
                .build();
        Site alleys = new Site.Builder()
                .id(SiteId.of("tanbang-alleys"))
                .name("탄방동 골목길")
                .district(TANBANG_DONG)
                .kind(SiteKind.ALLEY)
                .build();
        Site shops = new Site.Builder()
                .id(SiteId.of("dunsan-2-shops"))
                .name("둔산2동 상가")
                .district(DUNSAN_2_DONG)
                .kind(SiteKind.SHOPPING_STREET)
                .build();
        ZonedDateTime start = LocalDateTime.of(EVENING, LocalTime.of(20, 30)).atZone(Activity.DEFAULT_ZONE);
        jointPatrol = new Activity.Builder()
                .id(ActivityId.of("2016-11-29-joint"))
                .patrol(TANBANG)
                .addJointPatrol(DUNSAN_2)
                .type(ActivityType.CRIME_PREVENTION_PATROL)
                .start(start.toInstant())
                .end(start.plusHours(1).toInstant())
                .addAllAttendance(attendance)
                .addGuests(
                        Guest.of("mayor", "대전광역시"),
                        Guest.of("head of gu", "대전광역시 서구"),
                        Guest.of("federation president", "대전광역시 자율방범연합회"),
                        Guest.of("police officer", "둔산경찰서", 6))
                .addDistricts(TANBANG_DONG, DUNSAN_2_DONG)
                .addSites(alleys.id(), shops.id(), namseonPark.id())
                .addMode(PatrolMode.ON_FOOT)
                .build();
        registry = new Registry.Builder()
                .addDistricts(
                        List.of(Fixtures.daejeon(), Fixtures.seoGu(), Fixtures.tanbangDong(), Fixtures.dunsan2Dong()))
                .addPoliceUnit(Fixtures.daejeonPoliceAgency())
                .addPoliceUnit(Fixtures.dunsanStation())
                .addFederation(Fixtures.seoGuFederation())
                .addPatrol(Fixtures.tanbangPatrol())
                .addPatrol(Fixtures.dunsan2Patrol())
                .addMembers(members)
                .addMemberships(memberships)
                .addSites(List.of(namseonPark, alleys, shops))
                .addActivity(jointPatrol)
                .build();
    }

    @Test
    void itWasAOneHourPatrolThatEvening() {
        assertThat(jointPatrol.date()).isEqualTo(EVENING);
        assertThat(jointPatrol.localStart()).isEqualTo(LocalDateTime.of(2016, 11, 29, 20, 30));
        assertThat(jointPatrol.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(jointPatrol.crossesMidnight()).isFalse();
        assertThat(jointPatrol.start()).hasToString("2016-11-29T11:30:00Z");
    }

    @Test
    void aboutEightyVolunteersTookPartAndGuestsAreNotMembers() {
        assertThat(jointPatrol.attendance()).hasSize(84);
        assertThat(jointPatrol.membersPresent()).isEqualTo(80);
        assertThat(jointPatrol.participants()).isEqualTo(80 + 3 + 6);
        assertThat(registry.members()).hasSize(84);
        for (Attendance a : jointPatrol.attendance()) {
            assertThat(registry.membershipOn(a.member(), EVENING))
                    .as("member %s is appointed to one of the two patrols that evening", a.member())
                    .hasValueSatisfying(
                            m -> assertThat(jointPatrol.involves(m.patrol())).isTrue());
        }
    }

    @Test
    void itIsAnActivityOfBothPatrols() {
        DateRange evening = DateRange.ofClosed(EVENING, EVENING);
        assertThat(registry.activitiesOf(TANBANG, evening)).containsExactly(jointPatrol);
        assertThat(registry.activitiesOf(DUNSAN_2, evening)).containsExactly(jointPatrol);
        assertThat(registry.activitiesOf(TANBANG, DateRange.ofClosed(EVENING.plusDays(1), EVENING.plusDays(1))))
                .isEmpty();
        assertThat(registry.activitiesCovering(TANBANG_DONG, evening)).containsExactly(jointPatrol);
        assertThat(registry.activitiesCovering(DUNSAN_2_DONG, evening)).containsExactly(jointPatrol);
    }

    @Test
    void theParkAreaWasCoveredWithItsTwoConcerns() {
        Site park = registry.site(SiteId.of("namseon-park")).orElseThrow();
        assertThat(park.concerns()).containsExactly(SiteConcern.YOUTH_MISBEHAVIOUR, SiteConcern.WOMENS_SAFETY);
        assertThat(registry.activitiesCovering(park.id(), DateRange.ofClosed(EVENING, EVENING)))
                .containsExactly(jointPatrol);
        assertThat(registry.sitesIn(TANBANG_DONG))
                .extracting(Site::kind)
                .containsExactly(SiteKind.PARK, SiteKind.ALLEY);
        assertThat(registry.sitesIn(DUNSAN_2_DONG)).extracting(Site::kind).containsExactly(SiteKind.SHOPPING_STREET);
    }

    @Test
    void absencesAreRecordedForTheRuleOnUnexcusedAbsences() {
        assertThat(jointPatrol.attendanceOf(MemberId.of("tanbang-44"))).contains(AttendanceStatus.UNEXCUSED_ABSENCE);
        assertThat(registry.attendanceOf(MemberId.of("tanbang-44"), Year.of(2016))
                        .count(AttendanceStatus.UNEXCUSED_ABSENCE))
                .isEqualTo(1);
        assertThat(jointPatrol.attendanceOf(MemberId.of("dunsan-2-40"))).contains(AttendanceStatus.EXCUSED_ABSENCE);
    }

    @Test
    void theRegistryHoldsTheEvening() {
        assertThat(registry.toString()).contains("members=84", "sites=3", "activities=1");
    }
}

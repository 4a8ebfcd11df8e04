package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.DistrictLevel;
import org.civicpatrol.geo.KoreanAdministrativeCode;
import org.civicpatrol.geo.KoreanDistrictLevels;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.geo.PoliceUnitKind;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.Role;
import org.civicpatrol.patrol.Headcount;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.patrol.PatrolPost;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.RollUp;
import org.civicpatrol.report.Summary;
import org.civicpatrol.time.DateRange;
import org.civicpatrol.validation.BuiltInRules;
import org.civicpatrol.validation.Severity;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * Korean geography as it is, with real administrative codes: cities with non-autonomous gu
 * (고양시 with 덕양구 and 일산동구, 성남시 with 분당구, 수원시 with 장안구), Sejong, and Jeju with its two
 * administrative cities. The hierarchy is expressible without district errors, and residence is
 * judged by the local government: the city above its gu, Jeju and Sejong as wholes (Rule Art.
 * 4(1)).
 */
class KoreanGeographyTest {

    private static final LocalDate CREATED = LocalDate.of(2010, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2016, 11, 29);

    private static District district(String code, String name, DistrictLevel level, String parent) {
        return new District.Builder()
                .id(DistrictId.of(code))
                .name(name)
                .level(level)
                .parent(DistrictId.of(parent))
                .code(KoreanAdministrativeCode.of(code).toDistrictCode())
                .validity(DateRange.startingOn(CREATED))
                .build();
    }

    private static final List<District> DISTRICTS = List.of(
            new District.Builder()
                    .id(DistrictId.of("KR"))
                    .name("대한민국")
                    .level(KoreanDistrictLevels.NATION)
                    .build(),
            // 경기도: two cities with non-autonomous gu, and a third
            district("4100000000", "경기도", KoreanDistrictLevels.PROVINCE, "KR"),
            district("4128000000", "고양시", KoreanDistrictLevels.MUNICIPALITY, "4100000000"),
            district("4128100000", "덕양구", KoreanDistrictLevels.ADMINISTRATIVE_DISTRICT, "4128000000"),
            district("4128151000", "주교동", KoreanDistrictLevels.NEIGHBOURHOOD, "4128100000"),
            district("4128500000", "일산동구", KoreanDistrictLevels.ADMINISTRATIVE_DISTRICT, "4128000000"),
            district("4113000000", "성남시", KoreanDistrictLevels.MUNICIPALITY, "4100000000"),
            district("4113500000", "분당구", KoreanDistrictLevels.ADMINISTRATIVE_DISTRICT, "4113000000"),
            district("4113554500", "정자동", KoreanDistrictLevels.NEIGHBOURHOOD, "4113500000"),
            district("4111000000", "수원시", KoreanDistrictLevels.MUNICIPALITY, "4100000000"),
            district("4111100000", "장안구", KoreanDistrictLevels.ADMINISTRATIVE_DISTRICT, "4111000000"),
            district("4111113000", "정자동", KoreanDistrictLevels.NEIGHBOURHOOD, "4111100000"),
            // Sejong, a special self-governing city
            district("3600000000", "세종특별자치시", KoreanDistrictLevels.PROVINCE, "KR"),
            district("3611000000", "세종특별자치시", KoreanDistrictLevels.MUNICIPALITY, "3600000000"),
            district("3611051000", "한솔동", KoreanDistrictLevels.NEIGHBOURHOOD, "3611000000"),
            district("3611051500", "새롬동", KoreanDistrictLevels.NEIGHBOURHOOD, "3611000000"),
            // Jeju, a special self-governing province with two administrative cities
            district("5000000000", "제주특별자치도", KoreanDistrictLevels.PROVINCE, "KR"),
            district("5011000000", "제주시", KoreanDistrictLevels.ADMINISTRATIVE_DISTRICT, "5000000000"),
            district("5011025000", "한림읍", KoreanDistrictLevels.NEIGHBOURHOOD, "5011000000"),
            district("5013000000", "서귀포시", KoreanDistrictLevels.ADMINISTRATIVE_DISTRICT, "5000000000"),
            district("5013025900", "성산읍", KoreanDistrictLevels.NEIGHBOURHOOD, "5013000000"));

    /** A patrol in {@code area}, whose ten members live in {@code home}. */
    private static Registry patrolIn(String area, String home) {
        Registry.Builder registry = new Registry.Builder()
                .addDistricts(DISTRICTS)
                .addPoliceUnit(new PoliceUnit.Builder()
                        .id(PoliceUnitId.of("station"))
                        .name("경찰서")
                        .kind(PoliceUnitKind.STATION)
                        .build())
                .addPatrol(new Patrol.Builder()
                        .id(PatrolId.of("p"))
                        .name("시범 자율방범대")
                        .registeredOn(CREATED)
                        .addActivityArea(DistrictId.of(area))
                        .policeUnit(PoliceUnitId.of("station"))
                        .build());
        for (int i = 1; i <= 10; i++) {
            String id = "m-" + i;
            registry.addMember(new Member.Builder()
                    .from(Fixtures.aMember(id, LocalDate.of(1960, 1, 1)))
                    .residenceOrBusinessDistricts(List.of(DistrictId.of(home)))
                    .build());
            var membership = Fixtures.anAppointment("ms-" + i, id, "p", LocalDate.of(2015, 1, 1));
            if (i <= 3) {
                membership = membership.withRole(
                        List.of(Role.LEADER, Role.DEPUTY, Role.SECRETARY).get(i - 1),
                        DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1)));
            }
            registry.addMembership(membership);
        }
        return registry.build();
    }

    private static int outsideTheMunicipality(Registry registry) {
        return Validator.korea().validate(registry, AS_OF).count(BuiltInRules.MEMBER_OUTSIDE_PATROL_MUNICIPALITY);
    }

    @Test
    void citiesWithNonAutonomousGuSejongAndJejuDrawNoDistrictError() {
        ValidationReport report = Validator.korea().validate(patrolIn("4128151000", "4128151000"), AS_OF);

        assertThat(report.filter(Severity.ERROR).violations()).isEmpty();
        assertThat(report.count(BuiltInRules.DISTRICT_CODE_INCONSISTENT)).isZero();
        assertThat(report.count(BuiltInRules.DISTRICT_LEVEL_NOT_BELOW_PARENT)).isZero();
    }

    @Test
    void aGuThatIsNotUnderItsCityIsReported() {
        List<District> wrong = DISTRICTS.stream()
                .map(d -> d.id().value().equals("4113500000")
                        ? new District.Builder()
                                .from(d)
                                .parent(DistrictId.of("4128000000"))
                                .build()
                        : d)
                .toList();
        Registry registry = new Registry.Builder().addDistricts(wrong).build();

        assertThat(Validator.korea()
                        .validate(registry, AS_OF)
                        .filter(BuiltInRules.DISTRICT_CODE_INCONSISTENT)
                        .violations())
                .singleElement()
                .satisfies(v -> assertThat(v.subject().id()).isEqualTo("4113500000"));
    }

    @Test
    void ruleArt4_residenceInAnotherGuOfTheSameCityIsResidenceInTheMunicipality() {
        // 주교동 lies in 덕양구; the members live in 일산동구, another gu of 고양시.
        assertThat(outsideTheMunicipality(patrolIn("4128151000", "4128500000"))).isZero();
    }

    @Test
    void ruleArt4_residenceInAGuOfAnotherCityIsNot() {
        // 분당구 is a gu of 성남시, not of 고양시; and 장안구 정자동 of 수원시 is not 분당구 정자동.
        assertThat(outsideTheMunicipality(patrolIn("4128151000", "4113554500"))).isEqualTo(10);
        assertThat(outsideTheMunicipality(patrolIn("4113554500", "4111113000"))).isEqualTo(10);
    }

    @Test
    void ruleArt4_jejuIsJudgedAsAWhole() {
        // 한림읍 lies in 제주시, 성산읍 in 서귀포시: both administrative cities of one province.
        assertThat(outsideTheMunicipality(patrolIn("5011025000", "5013025900"))).isZero();
        assertThat(outsideTheMunicipality(patrolIn("5011025000", "4128151000"))).isEqualTo(10);
    }

    @Test
    void ruleArt4_sejongIsJudgedAsAWhole() {
        assertThat(outsideTheMunicipality(patrolIn("3611051000", "3611051500"))).isZero();
        assertThat(outsideTheMunicipality(patrolIn("3611051000", "5013025900"))).isEqualTo(10);
    }

    @Test
    void theCodeNamesTheCityOfANonAutonomousGu() {
        assertThat(KoreanAdministrativeCode.of("4128100000").cityCode())
                .hasValue(KoreanAdministrativeCode.of("4128000000"));
        assertThat(KoreanAdministrativeCode.of("4128000000").cityCode()).isEmpty();
        assertThat(KoreanAdministrativeCode.of("4128151000").cityCode()).isEmpty();
        assertThat(KoreanAdministrativeCode.of("4100000000").cityCode()).isEmpty();
    }

    private static Patrol listed(String id, String name, String dong, int reported) {
        return new Patrol.Builder()
                .id(PatrolId.of(id))
                .name(name)
                .registeredOn(LocalDate.of(2005, 3, 1))
                .addActivityArea(DistrictId.of(dong))
                .policeUnit(PoliceUnitId.of("station"))
                .addPost(PatrolPost.of(name + " 초소", DistrictId.of(dong)))
                .addReportedHeadcount(Headcount.of(LocalDate.of(2016, 1, 1), reported))
                .build();
    }

    /** Two patrols of a public list: posts and member counts, no rosters. */
    private static Registry publicList() {
        return new Registry.Builder()
                .rostersRecorded(false)
                .addDistricts(DISTRICTS)
                .addPoliceUnit(new PoliceUnit.Builder()
                        .id(PoliceUnitId.of("station"))
                        .name("고양경찰서")
                        .kind(PoliceUnitKind.STATION)
                        .build())
                .addPatrol(listed("p-jugyo", "주교동 자율방범대", "4128151000", 24))
                .addPatrol(listed("p-jeongja", "정자동 자율방범대", "4113554500", 8))
                .build();
    }

    @Test
    void ruleArt7_aPublicListOfPatrolsAndPostsWithoutRostersValidatesWithoutError() {
        ValidationReport report = Validator.korea().validate(publicList(), AS_OF);

        assertThat(report.isValid()).as("%s", report).isTrue();
        assertThat(report.count(BuiltInRules.PATROL_WITHOUT_LEADER)).isZero();
        assertThat(report.count(BuiltInRules.PATROL_ROSTER_NOT_RECORDED)).isEqualTo(2);
        assertThat(report.filter(BuiltInRules.PATROL_BELOW_MINIMUM_COMPLEMENT).violations())
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("patrol p-jeongja reported 8 members on 2016-01-01, below the minimum of 10"));
    }

    @Test
    void rollUpsReportHeadcountsBesideRosteredMembers() {
        Summary gyeonggi = RollUp.of(publicList(), AS_OF, DateRange.ofYear(java.time.Year.of(2016)))
                .byDistrict(DistrictId.of("4100000000"))
                .get(0)
                .summary();

        assertThat(gyeonggi.registeredPatrols()).hasSize(2);
        assertThat(gyeonggi.members().count()).isZero();
        assertThat(gyeonggi.reportedMembers()).isEqualTo(32);
        assertThat(gyeonggi.reportedHeadcounts())
                .containsOnly(
                        java.util.Map.entry(PatrolId.of("p-jugyo"), 24),
                        java.util.Map.entry(PatrolId.of("p-jeongja"), 8));
    }

    @Test
    void aPatrolCanSayItsOwnRosterIsNotRecorded() {
        Registry registry = patrolIn("4128151000", "4128151000");
        Patrol unrostered = new Patrol.Builder()
                .from(registry.patrol(PatrolId.of("p")).orElseThrow())
                .rosterRecorded(false)
                .build();

        assertThat(registry.recordsRosterOf(registry.patrol(PatrolId.of("p")).orElseThrow()))
                .isTrue();
        assertThat(registry.recordsRosterOf(unrostered)).isFalse();
        assertThat(publicList().recordsRosterOf(unrostered)).isFalse();
        assertThat(publicList().rostersRecorded()).isFalse();
    }
}

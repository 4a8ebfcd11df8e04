package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.Guest;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.AuthorityKind;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.KoreanAdministrativeCode;
import org.civicpatrol.geo.KoreanDistrictLevels;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.geo.PoliceUnitKind;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.Sex;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;
import org.civicpatrol.validation.BuiltInRules;
import org.civicpatrol.validation.Subject;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.civicpatrol.validation.Violation;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The code tour of the README, written as a client would, from outside the library's packages
 * and with its public API only. The README shows the lines between the {@code tour:start} and
 * {@code tour:end} markers, and {@link #readmeShowsThisTour()} fails when they differ.
 */
class ReadmeTourTest {

    @Test
    void tour() {
        // tour:start
        // Districts: a hierarchy of any depth; Korea's official codes are one convention.
        KoreanAdministrativeCode code = KoreanAdministrativeCode.of("3017055500");
        District tanbangDong = new District.Builder()
                .id(DistrictId.of(code.value()))
                .name("탄방동")
                .level(code.level()) // KoreanDistrictLevels.NEIGHBOURHOOD
                .parent(DistrictId.of(code.municipalityCode().orElseThrow().value()))
                .code(code.toDistrictCode())
                .validity(DateRange.startingOn(LocalDate.of(1995, 1, 1)))
                .build();
        District seoGu = new District.Builder()
                .id(DistrictId.of("3017000000"))
                .name("서구")
                .level(KoreanDistrictLevels.MUNICIPALITY)
                .build();

        // The competent police station is named, not derived from the district.
        PoliceUnit dunsan = new PoliceUnit.Builder()
                .id(PoliceUnitId.of("dunsan"))
                .name("둔산경찰서")
                .kind(PoliceUnitKind.STATION)
                .build();

        Patrol patrol = new Patrol.Builder()
                .id(PatrolId.of("tanbang"))
                .name("탄방동 자율방범대")
                .formedOn(LocalDate.of(1993, 3, 1))
                .registeredOn(LocalDate.of(1993, 3, 1))
                .addActivityArea(tanbangDong.id())
                .policeUnit(dunsan.id())
                .build();

        // A person, and their appointment to the patrol with a dated role.
        Member member = new Member.Builder()
                .id(MemberId.of("m-0001"))
                .name("Sample Person 0001")
                .birthDate(LocalDate.of(1958, 4, 2))
                .sex(Sex.MALE)
                .addResidenceOrBusinessDistrict(tanbangDong.id())
                .build();
        Membership membership = new Membership.Builder()
                .id(MembershipId.of("ms-0001"))
                .member(member.id())
                .patrol(patrol.id())
                .recommendedOn(LocalDate.of(2014, 2, 20))
                .appointedOn(LocalDate.of(2014, 3, 1))
                .addRole(Role.LEADER, DateRange.of(LocalDate.of(2015, 3, 1), LocalDate.of(2018, 3, 1)))
                .build();

        // An activity spans instants in a zone (Asia/Seoul by default); guests are not members.
        ZonedDateTime start = LocalDateTime.of(2016, 11, 29, 20, 30).atZone(Activity.DEFAULT_ZONE);
        Activity night = new Activity.Builder()
                .id(ActivityId.of("a-20161129"))
                .patrol(patrol.id())
                .type(ActivityType.CRIME_PREVENTION_PATROL)
                .start(start.toInstant())
                .end(start.plusHours(1).toInstant())
                .addAttendance(Attendance.present(member.id()))
                .addGuest(Guest.of("mayor", "대전광역시"))
                .addDistrict(tanbangDong.id())
                .build();

        // A grant in exact money: Korean won has no minor unit, currencies never mix silently.
        Grant grant = new Grant.Builder()
                .id(GrantId.of("g-2016-001"))
                .funder(Authority.government(AuthorityKind.PROVINCIAL_GOVERNMENT, "대전광역시", DistrictId.of("3000000000")))
                .recipient(Recipient.of(patrol.id()))
                .category(GrantCategory.POSTS_AND_OFFICES)
                .fiscalYear(Year.of(2016))
                .amount(Money.ofMajor(CurrencyUnit.of("KRW"), 4_500_000))
                .awardedOn(LocalDate.of(2016, 3, 15))
                .legalBasis("대전광역시 자율방범대 육성 및 지원 조례")
                .build();

        // One immutable snapshot, indexed once; time is always a parameter.
        Registry registry = new Registry.Builder()
                .addDistricts(List.of(seoGu, tanbangDong))
                .addPoliceUnit(dunsan)
                .addPatrol(patrol)
                .addMember(member)
                .addMembership(membership)
                .addActivity(night)
                .addGrant(grant)
                .build();
        LocalDate evening = LocalDate.of(2016, 11, 29);
        List<Patrol> inSeoGu = List.copyOf(registry.patrolsWithin(seoGu.id()));
        List<Membership> active = registry.activeMembershipsOf(patrol.id(), evening);
        Optional<Role> role = registry.membershipOn(member.id(), evening).flatMap(m -> m.roleOn(evening));
        List<Activity> nights = registry.activitiesOf(patrol.id(), DateRange.ofYear(Year.of(2016)));
        long participants = night.participants(); // 2: one member present and one guest
        List<Grant> grants = registry.grantsOf(Recipient.of(patrol.id()), Year.of(2016));

        String shown = member.toString(); // "Member{id=m-0001}": no personal data

        // Validation: every rule at once; every violation is returned, none is thrown.
        ValidationReport report = Validator.korea().validate(registry, evening);
        boolean valid = report.isValid(); // false: the funder's district is not in the registry
        Violation first = report.violations().get(0); // errors come first
        // Everything about the patrol: its own findings and its members', activities' and grants'.
        ValidationReport aboutPatrol = report.about(Subject.of(patrol.id()));
        // tour:end
        assertThat(inSeoGu).containsExactly(patrol);
        assertThat(active).containsExactly(membership);
        assertThat(role).contains(Role.LEADER);
        assertThat(shown).isEqualTo("Member{id=m-0001}");
        assertThat(nights).containsExactly(night);
        assertThat(night.date()).isEqualTo(evening);
        assertThat(night.membersPresent()).isEqualTo(1);
        assertThat(participants).isEqualTo(2);
        assertThat(grants).containsExactly(grant);
        assertThat(valid).isFalse();
        assertThat(first)
                .hasToString("ERROR REFERENCE_UNRESOLVED grant g-2016-001 on 2016-03-15: grant g-2016-001 refers to"
                        + " district 3000000000 as the district of its funder, which the registry does not hold");
        assertThat(report.countsByRule().keySet())
                .containsExactly(
                        BuiltInRules.BASIC_TRAINING_INCOMPLETE,
                        BuiltInRules.PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY,
                        BuiltInRules.PATROL_BELOW_MINIMUM_COMPLEMENT,
                        BuiltInRules.PATROL_WITHOUT_DEPUTY,
                        BuiltInRules.PATROL_WITHOUT_SECRETARY,
                        BuiltInRules.REFERENCE_UNRESOLVED);
        // The grant's dangling funder and the member's training are the patrol's findings too.
        assertThat(aboutPatrol.violations()).isEqualTo(report.violations());
    }

    @Test
    void readmeShowsThisTour() throws IOException {
        Path source = Path.of("src/test/java/org/civicpatrol/client/ReadmeTourTest.java");
        String tour =
                between(Files.readString(source, StandardCharsets.UTF_8), "// tour:start\n", "        // tour:end");
        String indented = tour.lines()
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n", "", "\n"));
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("```java\n" + indented + "```");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}

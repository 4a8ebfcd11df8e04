package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicpatrol.fixtures.Fixtures.won;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.Site;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.activity.SiteKind;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.EquipmentKind;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.equipment.VehicleId;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.funding.RefundReason;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.AuthorityKind;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.KoreanDistrictLevels;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.geo.PoliceUnitKind;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.FederationRole;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.FederationTier;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.patrol.PatrolPost;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** REFERENCE_UNRESOLVED names every kind of reference that does not resolve, and only those. */
class ReferencesTest {

    private static final LocalDate DAY = LocalDate.of(2016, 5, 2);

    /** An activity from 20:00 to 22:00 on {@link #DAY}, to be completed. */
    private static Activity.Builder evening(String id) {
        return new Activity.Builder()
                .id(ActivityId.of(id))
                .start(LocalDateTime.of(DAY, LocalTime.of(20, 0))
                        .atZone(Activity.DEFAULT_ZONE)
                        .toInstant())
                .end(LocalDateTime.of(DAY, LocalTime.of(22, 0))
                        .atZone(Activity.DEFAULT_ZONE)
                        .toInstant());
    }

    @Test
    void everyKindOfDanglingReferenceIsReported() {
        SmallNetwork n = new SmallNetwork();
        n.districts.add(new District.Builder()
                .id(DistrictId.of("orphan"))
                .name("Orphan")
                .level(KoreanDistrictLevels.NEIGHBOURHOOD)
                .parent(DistrictId.of("x-parent"))
                .build());
        n.policeUnits.add(new PoliceUnit.Builder()
                .id(PoliceUnitId.of("box"))
                .name("Box")
                .kind(PoliceUnitKind.BOX)
                .parent(PoliceUnitId.of("x-station"))
                .build());
        n.federations.add(new Federation.Builder()
                .id(FederationId.of("f-x"))
                .name("Federation X")
                .tier(FederationTier.DISTRICT)
                .territory(DistrictId.of("x-territory"))
                .parent(FederationId.of("x-federation"))
                .build());
        n.patrols.add(new Patrol.Builder()
                .id(PatrolId.of("p-x"))
                .name("X 자율방범대")
                .registeredOn(LocalDate.of(2000, 1, 1))
                .addActivityArea(DistrictId.of("x-area"))
                .policeUnit(PoliceUnitId.of("x-unit"))
                .federation(FederationId.of("x-patrol-federation"))
                .addPost(PatrolPost.of("Post", DistrictId.of("x-post")))
                .build());
        n.memberships.add(org.civicpatrol.fixtures.Fixtures.anAppointment("ms-x", "x-member", "x-patrol", DAY));
        n.officers.add(new FederationOfficer.Builder()
                .member(MemberId.of("x-officer"))
                .federation(FederationId.of("x-office"))
                .role(FederationRole.AUDITOR)
                .term(DateRange.startingOn(DAY))
                .build());
        n.training.add(TrainingRecord.of(MemberId.of("x-trainee"), TrainingKind.BASIC, DAY, Duration.ofHours(4)));
        n.sites.add(new Site.Builder()
                .id(SiteId.of("s-x"))
                .name("Site X")
                .district(DistrictId.of("x-site-district"))
                .kind(SiteKind.PARK)
                .build());
        n.activities.add(evening("a-x")
                .patrol(PatrolId.of("x-organiser"))
                .addJointPatrol(PatrolId.of("x-joint"))
                .type(ActivityType.POLICE_REQUEST)
                .requestedBy(Authority.police("X station", PoliceUnitId.of("x-requester")))
                .addDistrict(DistrictId.of("x-covered"))
                .addSite(SiteId.of("x-visited"))
                .addAttendance(Attendance.present(MemberId.of("x-attendee")))
                .build());
        n.vehicles.add(new Vehicle.Builder()
                .id(VehicleId.of("v-x"))
                .patrol(PatrolId.of("x-vehicle-patrol"))
                .build());
        n.equipment.add(new EquipmentIssue.Builder()
                .patrol(PatrolId.of("x-equipped"))
                .member(MemberId.of("x-holder"))
                .kind(EquipmentKind.WHISTLE)
                .quantity(1)
                .issuedOn(DAY)
                .build());
        n.grants.add(new Grant.Builder()
                .id(GrantId.of("g-x"))
                .funder(Authority.government(
                        AuthorityKind.MUNICIPAL_GOVERNMENT, "X gu", DistrictId.of("x-funder-district")))
                .recipient(Recipient.of(FederationId.of("x-recipient")))
                .category(GrantCategory.PUBLICITY)
                .fiscalYear(Year.of(2016))
                .amount(won(1_000))
                .awardedOn(DAY)
                .legalBasis("X ordinance")
                .build());
        n.expenditures.add(Expenditure.of(GrantId.of("x-spent"), DAY, won(10), GrantCategory.PUBLICITY));
        n.refunds.add(Refund.of(GrantId.of("x-refunded"), DAY, won(10), RefundReason.UNSPENT));

        ValidationReport report = Validator.korea().validate(n.registry(), SmallNetwork.AS_OF);

        assertThat(report.filter(BuiltInRules.REFERENCE_UNRESOLVED).violations().stream()
                        .map(Violation::message))
                .containsExactlyInAnyOrder(
                        "district orphan refers to district x-parent as its parent, which the registry does not hold",
                        "police unit box refers to police unit x-station as its parent, which the registry does not"
                                + " hold",
                        "federation f-x refers to district x-territory as its territory, which the registry does not"
                                + " hold",
                        "federation f-x refers to federation x-federation as its parent, which the registry does not"
                                + " hold",
                        "patrol p-x refers to district x-area in its activity area, which the registry does not hold",
                        "patrol p-x refers to police unit x-unit as its police unit, which the registry does not hold",
                        "patrol p-x refers to federation x-patrol-federation as its federation, which the registry"
                                + " does not hold",
                        "patrol p-x refers to district x-post as the district of a post, which the registry does not"
                                + " hold",
                        "membership ms-x refers to member x-member as its member, which the registry does not hold",
                        "membership ms-x refers to patrol x-patrol as its patrol, which the registry does not hold",
                        "federation x-office refers to member x-officer as an officer, which the registry does not"
                                + " hold",
                        "member x-officer refers to federation x-office as the federation of an office, which the"
                                + " registry does not hold",
                        "a training record of 2016-05-02 refers to member x-trainee, which the registry does not hold",
                        "site s-x refers to district x-site-district as its district, which the registry does not"
                                + " hold",
                        "activity a-x refers to patrol x-organiser as its patrol, which the registry does not hold",
                        "activity a-x refers to patrol x-joint as a joint patrol, which the registry does not hold",
                        "activity a-x refers to district x-covered as a district covered, which the registry does not"
                                + " hold",
                        "activity a-x refers to site x-visited as a site visited, which the registry does not hold",
                        "activity a-x refers to member x-attendee as an attendee, which the registry does not hold",
                        "activity a-x refers to police unit x-requester as its requester, which the registry does not"
                                + " hold",
                        "vehicle v-x refers to patrol x-vehicle-patrol as its patrol, which the registry does not hold",
                        "an equipment issue of 2016-05-02 refers to patrol x-equipped, which the registry does not"
                                + " hold",
                        "patrol x-equipped refers to member x-holder as the holder of equipment, which the registry"
                                + " does not hold",
                        "grant g-x refers to federation x-recipient as its recipient, which the registry does not"
                                + " hold",
                        "grant g-x refers to district x-funder-district as the district of its funder, which the"
                                + " registry does not hold",
                        "an expenditure of 2016-05-02 refers to grant x-spent, which the registry does not hold",
                        "a refund of 2016-05-02 refers to grant x-refunded, which the registry does not hold");
    }

    // The requester is looked up before anything else of its finding is made: each side of that
    // look-up, held and not held, for a government's district and for a police unit.
    static Stream<Arguments> requesters() {
        return Stream.of(
                Arguments.of(
                        Authority.government(
                                AuthorityKind.MUNICIPAL_GOVERNMENT, "X gu", DistrictId.of("x-requester-district")),
                        List.of("activity a-r refers to district x-requester-district as the district of its requester,"
                                + " which the registry does not hold")),
                Arguments.of(
                        Authority.government(AuthorityKind.MUNICIPAL_GOVERNMENT, "Seo-gu", SmallNetwork.SEO_GU),
                        List.of()),
                Arguments.of(
                        Authority.police("X station", PoliceUnitId.of("x-requester")),
                        List.of("activity a-r refers to police unit x-requester as its requester, which the registry"
                                + " does not hold")),
                Arguments.of(Authority.police("Dunsan", Fixtures.dunsanStation().id()), List.of()));
    }

    @ParameterizedTest
    @MethodSource("requesters")
    void aRequesterIsReportedExactlyWhenTheRegistryDoesNotHoldWhatItNames(Authority requester, List<String> expected) {
        SmallNetwork n = new SmallNetwork();
        n.activities.add(evening("a-r")
                .patrol(SmallNetwork.TANBANG)
                .type(ActivityType.POLICE_REQUEST)
                .requestedBy(requester)
                .build());

        ValidationReport report = Validator.korea().validate(n.registry(), SmallNetwork.AS_OF);

        assertThat(report.filter(BuiltInRules.REFERENCE_UNRESOLVED).violations().stream()
                        .map(Violation::message))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theDistrictOfAMembersResidenceIsNotShown() {
        SmallNetwork n = new SmallNetwork()
                .member(
                        1,
                        m -> m.residenceOrBusinessDistricts(
                                java.util.List.of(DistrictId.of("x-home"), DistrictId.of("x-work"))));

        ValidationReport report = Validator.korea().validate(n.registry(), SmallNetwork.AS_OF);

        assertThat(report.violations())
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("member m-01 refers to a district of residence or business that the registry does"
                                + " not hold"));
    }
}

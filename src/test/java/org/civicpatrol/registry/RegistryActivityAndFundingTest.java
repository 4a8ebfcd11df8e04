package org.civicpatrol.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicpatrol.fixtures.Fixtures.aGrant;
import static org.civicpatrol.fixtures.Fixtures.aNightPatrol;
import static org.civicpatrol.fixtures.Fixtures.namseonPark;
import static org.civicpatrol.fixtures.Fixtures.won;

import com.google.common.collect.ImmutableMultiset;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.EquipmentKind;
import org.civicpatrol.equipment.LightColour;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.equipment.VehicleId;
import org.civicpatrol.equipment.WarningLight;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.funding.RefundReason;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/** Lookups of activities, training, equipment and funding. */
class RegistryActivityAndFundingTest {

    private static final PatrolId TANBANG = PatrolId.of("tanbang");
    private static final PatrolId DUNSAN_2 = PatrolId.of("dunsan-2");
    private static final MemberId KIM = MemberId.of("m-1");
    private static final MemberId LEE = MemberId.of("m-2");
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    private static Activity night(String id, String patrol, LocalDateTime start, Attendance... attendance) {
        return aNightPatrol(id, patrol, start, TWO_HOURS, attendance);
    }

    private static List<String> ids(List<Activity> activities) {
        return activities.stream().map(a -> a.id().toString()).toList();
    }

    /** Activities added out of date order, with a New Year's Eve patrol across midnight. */
    private static Registry activities() {
        Activity joint = new Activity.Builder()
                .from(night("a-joint", "tanbang", LocalDateTime.of(2016, 11, 29, 20, 30), Attendance.present(LEE)))
                .addJointPatrol(DUNSAN_2)
                .addDistrict(DistrictId.of("3017064000"))
                .addSite(SiteId.of("namseon-park"))
                .build();
        return new Registry.Builder()
                .addSite(namseonPark())
                .addActivities(List.of(
                        night("a-dec", "tanbang", LocalDateTime.of(2016, 12, 31, 23, 0), Attendance.present(KIM)),
                        night(
                                "a-late",
                                "tanbang",
                                LocalDateTime.of(2016, 3, 2, 21, 0),
                                Attendance.of(KIM, AttendanceStatus.UNEXCUSED_ABSENCE)),
                        night(
                                "a-early",
                                "tanbang",
                                LocalDateTime.of(2016, 3, 2, 19, 0),
                                Attendance.of(KIM, AttendanceStatus.UNEXCUSED_ABSENCE)),
                        joint,
                        night(
                                "a-2017",
                                "tanbang",
                                LocalDateTime.of(2017, 1, 1, 0, 30),
                                Attendance.of(KIM, AttendanceStatus.EXCUSED_ABSENCE)),
                        night("a-dunsan", "dunsan-2", LocalDateTime.of(2016, 5, 1, 20, 0), Attendance.present(LEE))))
                .build();
    }

    @Test
    void activitiesOfAPatrolAreByDateThenStart() {
        Registry registry = activities();
        assertThat(ids(registry.activitiesOf(TANBANG, DateRange.always())))
                .containsExactly("a-early", "a-late", "a-joint", "a-dec", "a-2017");
        assertThat(ids(registry.activitiesOf(TANBANG, DateRange.ofYear(Year.of(2016)))))
                .containsExactly("a-early", "a-late", "a-joint", "a-dec");
    }

    @Test
    void periodsAreHalfOpenOnLocalDates() {
        Registry registry = activities();
        assertThat(ids(registry.activitiesOf(
                        TANBANG, DateRange.of(LocalDate.of(2016, 3, 2), LocalDate.of(2016, 3, 3)))))
                .containsExactly("a-early", "a-late");
        assertThat(ids(registry.activitiesOf(
                        TANBANG, DateRange.of(LocalDate.of(2016, 3, 3), LocalDate.of(2016, 11, 29)))))
                .isEmpty();
        assertThat(ids(registry.activitiesOf(TANBANG, DateRange.startingOn(LocalDate.of(2016, 12, 31)))))
                .containsExactly("a-dec", "a-2017");
        assertThat(ids(registry.activitiesOf(TANBANG, DateRange.until(LocalDate.of(2016, 3, 2)))))
                .isEmpty();
    }

    @Test
    void aJointPatrolIsAnActivityOfEveryPatrolInIt() {
        Registry registry = activities();
        assertThat(ids(registry.activitiesOf(DUNSAN_2, DateRange.always()))).containsExactly("a-dunsan", "a-joint");
        assertThat(registry.activitiesOf(PatrolId.of("nobody"), DateRange.always()))
                .isEmpty();
    }

    @Test
    void attendanceOfAMemberCountsByLocalYear() {
        Registry registry = activities();
        // a-dec starts at 23:00 on 31 December 2016 in Seoul (14:00 UTC) and ends in 2017: it is a 2016 activity.
        assertThat(registry.attendanceOf(KIM, Year.of(2016)))
                .isEqualTo(ImmutableMultiset.of(
                        AttendanceStatus.UNEXCUSED_ABSENCE,
                        AttendanceStatus.UNEXCUSED_ABSENCE,
                        AttendanceStatus.PRESENT));
        assertThat(registry.attendanceOf(KIM, Year.of(2016)).count(AttendanceStatus.UNEXCUSED_ABSENCE))
                .isEqualTo(2);
        assertThat(registry.attendanceOf(KIM, Year.of(2017))).containsExactly(AttendanceStatus.EXCUSED_ABSENCE);
        assertThat(registry.attendanceOf(KIM, Year.of(2015))).isEmpty();
        assertThat(ids(registry.activitiesOf(LEE, DateRange.always()))).containsExactly("a-dunsan", "a-joint");
    }

    @Test
    void activitiesCoveringADistrictOrASite() {
        Registry registry = activities();
        DateRange year = DateRange.ofYear(Year.of(2016));
        assertThat(ids(registry.activitiesCovering(DistrictId.of("3017064000"), year)))
                .containsExactly("a-joint");
        assertThat(ids(registry.activitiesCovering(DistrictId.of("3017055500"), year)))
                .containsExactly("a-early", "a-late", "a-dunsan", "a-joint", "a-dec");
        assertThat(ids(registry.activitiesCovering(SiteId.of("namseon-park"), year)))
                .containsExactly("a-joint");
        assertThat(registry.site(SiteId.of("namseon-park"))).contains(namseonPark());
        assertThat(registry.sitesIn(DistrictId.of("3017055500"))).containsExactly(namseonPark());
        assertThat(registry.activity(ActivityId.of("a-dec"))).isPresent();
        assertThat(registry.activity(ActivityId.of("a-none"))).isEmpty();
    }

    @Test
    void trainingOfAMemberIsByDate() {
        TrainingRecord april =
                TrainingRecord.of(KIM, TrainingKind.BASIC, LocalDate.of(2016, 4, 9), Duration.ofHours(4));
        TrainingRecord march =
                TrainingRecord.of(KIM, TrainingKind.BASIC, LocalDate.of(2016, 3, 5), Duration.ofHours(4));
        TrainingRecord other = TrainingRecord.of(LEE, TrainingKind.IN_SERVICE, LocalDate.of(2016, 3, 5), TWO_HOURS);
        Registry registry = new Registry.Builder()
                .addTrainingRecords(List.of(april, other, march))
                .build();
        assertThat(registry.trainingOf(KIM)).containsExactly(march, april);
        assertThat(registry.trainingOf(LEE)).containsExactly(other);
        assertThat(registry.trainingOf(MemberId.of("m-9"))).isEmpty();
        assertThat(registry.trainingRecords()).containsExactly(april, other, march);
    }

    @Test
    void vehiclesAndEquipmentOfAPatrol() {
        Vehicle car = new Vehicle.Builder()
                .id(VehicleId.of("v-1"))
                .patrol(TANBANG)
                .warningLight(WarningLight.of(LightColour.BLUE, 800))
                .build();
        EquipmentIssue whistles = new EquipmentIssue.Builder()
                .patrol(TANBANG)
                .kind(EquipmentKind.WHISTLE)
                .quantity(20)
                .issuedOn(LocalDate.of(2016, 5, 2))
                .build();
        Registry registry = new Registry.Builder()
                .addVehicle(car)
                .addEquipmentIssue(whistles)
                .build();
        assertThat(registry.vehiclesOf(TANBANG)).containsExactly(car);
        assertThat(registry.vehicle(VehicleId.of("v-1"))).contains(car);
        assertThat(registry.vehiclesOf(DUNSAN_2)).isEmpty();
        assertThat(registry.equipmentOf(TANBANG)).containsExactly(whistles);
        assertThat(registry.equipmentIssues()).containsExactly(whistles);
    }

    @Test
    void grantsOfARecipientWithTheirSpendingAndRefunds() {
        Recipient tanbang = Recipient.of(TANBANG);
        Grant post = aGrant("g-1", tanbang, GrantCategory.POSTS_AND_OFFICES, 4_500_000);
        Grant lights = new Grant.Builder()
                .from(aGrant("g-2", tanbang, GrantCategory.UNIFORMS_AND_EQUIPMENT, 1_200_000))
                .fiscalYear(Year.of(2017))
                .build();
        Grant office = aGrant("g-3", Recipient.of(FederationId.of("seo-gu")), GrantCategory.POSTS_AND_OFFICES, 900_000);
        Expenditure paid = Expenditure.of(
                GrantId.of("g-1"), LocalDate.of(2016, 6, 1), won(4_300_000), GrantCategory.POSTS_AND_OFFICES);
        Refund returned = Refund.of(GrantId.of("g-1"), LocalDate.of(2016, 12, 20), won(200_000), RefundReason.UNSPENT);
        Registry registry = new Registry.Builder()
                .addGrants(List.of(post, lights, office))
                .addExpenditure(paid)
                .addRefund(returned)
                .build();
        assertThat(registry.grantsOf(tanbang)).containsExactly(post, lights);
        assertThat(registry.grantsOf(tanbang, Year.of(2016))).containsExactly(post);
        assertThat(registry.grantsOf(tanbang, Year.of(2015))).isEmpty();
        assertThat(registry.grantsOf(Recipient.of(FederationId.of("seo-gu")), Year.of(2016)))
                .containsExactly(office);
        assertThat(registry.grant(GrantId.of("g-2"))).contains(lights);
        assertThat(registry.expendituresOf(GrantId.of("g-1"))).containsExactly(paid);
        assertThat(registry.expendituresOf(GrantId.of("g-2"))).isEmpty();
        assertThat(registry.refundsOf(GrantId.of("g-1"))).containsExactly(returned);
        assertThat(registry.expenditures()).containsExactly(paid);
        assertThat(registry.refunds()).containsExactly(returned);
    }

    @Test
    void twoEntitiesOfOneKindWithOneIdAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Registry.Builder()
                        .addSites(List.of(namseonPark(), namseonPark()))
                        .build())
                .withMessage("registry has two sites with id namseon-park");
        Activity night = night("a-1", "tanbang", LocalDateTime.of(2016, 3, 2, 19, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Registry.Builder()
                        .addActivity(night)
                        .addActivity(night("a-1", "dunsan-2", LocalDateTime.of(2016, 3, 3, 19, 0)))
                        .build())
                .withMessage("registry has two activities with id a-1");
        Vehicle car =
                new Vehicle.Builder().id(VehicleId.of("v-1")).patrol(TANBANG).build();
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new Registry.Builder().addVehicles(List.of(car, car)).build())
                .withMessage("registry has two vehicles with id v-1");
        Grant grant = aGrant("g-1", Recipient.of(TANBANG), GrantCategory.PUBLICITY, 100_000);
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new Registry.Builder().addGrant(grant).addGrant(grant).build())
                .withMessage("registry has two grants with id g-1");
    }

    @Test
    void trainingAndSpendingRecordsMayRepeat() {
        // Two identical sessions on one day are two records: they have no id to clash.
        TrainingRecord session = TrainingRecord.of(KIM, TrainingKind.IN_SERVICE, LocalDate.of(2016, 4, 9), TWO_HOURS);
        Expenditure paid =
                Expenditure.of(GrantId.of("g-1"), LocalDate.of(2016, 6, 1), won(10_000), GrantCategory.OTHER);
        Registry registry = new Registry.Builder()
                .addTrainingRecords(List.of(session, session))
                .addExpenditures(List.of(paid, paid))
                .addEquipmentIssues(List.of())
                .addRefunds(List.of())
                .build();
        assertThat(registry.trainingOf(KIM)).hasSize(2);
        assertThat(registry.expendituresOf(GrantId.of("g-1"))).hasSize(2);
    }
}

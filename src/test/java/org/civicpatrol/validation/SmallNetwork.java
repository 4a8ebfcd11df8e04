package org.civicpatrol.validation;

import static org.civicpatrol.fixtures.Fixtures.won;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.Site;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.EquipmentKind;
import org.civicpatrol.equipment.LightColour;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.equipment.VehicleId;
import org.civicpatrol.equipment.WarningLight;
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
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.FederationRole;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.FederationTier;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;

/**
 * A small network that breaks no rule as of {@link #AS_OF}, with every kind of entity, for
 * tests to break one rule at a time: Daejeon, Seo-gu and Tanbang-dong; the Dunsan station; the
 * Daejeon and Seo-gu federations; a Tanbang-dong patrol of ten members with its three officers;
 * their training; a night patrol; a vehicle, flashlights, and a grant partly spent and partly
 * returned.
 *
 * <p>The lists are mutable: a test changes them, then calls {@link #registry()}.
 */
final class SmallNetwork {

    static final LocalDate AS_OF = LocalDate.of(2016, 11, 29);
    static final LocalDate APPOINTED = LocalDate.of(2010, 3, 1);
    static final DateRange OFFICER_TERM = DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1));
    static final PatrolId TANBANG = PatrolId.of("tanbang");
    static final FederationId DAEJEON_FEDERATION = FederationId.of("daejeon");
    static final DistrictId TANBANG_DONG = DistrictId.of("3017055500");
    static final DistrictId SEO_GU = DistrictId.of("3017000000");
    static final DistrictId DAEJEON = DistrictId.of("3000000000");
    static final GrantId GRANT = GrantId.of("g-1");
    static final int MEMBERS = 10;

    final List<District> districts = new ArrayList<>();
    final List<PoliceUnit> policeUnits = new ArrayList<>();
    final List<Federation> federations = new ArrayList<>();
    final List<Patrol> patrols = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    final List<Membership> memberships = new ArrayList<>();
    final List<FederationOfficer> officers = new ArrayList<>();
    final List<TrainingRecord> training = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<Vehicle> vehicles = new ArrayList<>();
    final List<EquipmentIssue> equipment = new ArrayList<>();
    final List<Grant> grants = new ArrayList<>();
    final List<Expenditure> expenditures = new ArrayList<>();
    final List<Refund> refunds = new ArrayList<>();

    SmallNetwork() {
        districts.add(Fixtures.daejeon());
        districts.add(Fixtures.seoGu());
        districts.add(Fixtures.tanbangDong());
        policeUnits.add(Fixtures.daejeonPoliceAgency());
        policeUnits.add(Fixtures.dunsanStation());
        federations.add(new Federation.Builder()
                .id(DAEJEON_FEDERATION)
                .name("대전광역시 자율방범연합회")
                .tier(FederationTier.PROVINCIAL)
                .territory(DAEJEON)
                .foundedOn(LocalDate.of(1995, 1, 1))
                .build());
        federations.add(new Federation.Builder()
                .from(Fixtures.seoGuFederation())
                .parent(DAEJEON_FEDERATION)
                .foundedOn(LocalDate.of(1995, 1, 1))
                .build());
        patrols.add(new Patrol.Builder()
                .from(Fixtures.tanbangPatrol())
                .id(TANBANG)
                .formedOn(LocalDate.of(2000, 1, 1))
                .registeredOn(LocalDate.of(2000, 1, 1))
                .build());
        for (int i = 1; i <= MEMBERS; i++) {
            String member = member(i).toString();
            members.add(Fixtures.aMember(member, LocalDate.of(1970, 5, 5)));
            Membership membership = Fixtures.anAppointment(membership(i), member, TANBANG.toString(), APPOINTED);
            if (i <= 3) {
                Role role = List.of(Role.LEADER, Role.DEPUTY, Role.SECRETARY).get(i - 1);
                membership = membership.withRole(role, OFFICER_TERM);
            }
            memberships.add(membership);
            training.add(
                    TrainingRecord.of(member(i), TrainingKind.BASIC, LocalDate.of(2010, 4, 10), Duration.ofHours(12)));
            training.add(TrainingRecord.of(
                    member(i), TrainingKind.IN_SERVICE, LocalDate.of(2015, 6, 10), Duration.ofHours(12)));
        }
        officers.add(new FederationOfficer.Builder()
                .member(member(1))
                .federation(FederationId.of("seo-gu"))
                .role(FederationRole.PRESIDENT)
                .term(OFFICER_TERM)
                .build());
        sites.add(Fixtures.namseonPark());
        activities.add(nightPatrol("a-1", LocalDate.of(2016, 11, 1), 1, 2, 3, 4));
        vehicles.add(new Vehicle.Builder()
                .id(VehicleId.of("v-1"))
                .patrol(TANBANG)
                .warningLight(WarningLight.of(LightColour.BLUE, 1_000))
                .build());
        equipment.add(new EquipmentIssue.Builder()
                .patrol(TANBANG)
                .kind(EquipmentKind.FLASHLIGHT)
                .quantity(10)
                .issuedOn(LocalDate.of(2016, 1, 10))
                .build());
        grants.add(
                Fixtures.aGrant(GRANT.toString(), Recipient.of(TANBANG), GrantCategory.POSTS_AND_OFFICES, 5_000_000));
        expenditures.add(
                Expenditure.of(GRANT, LocalDate.of(2016, 5, 1), won(4_000_000), GrantCategory.POSTS_AND_OFFICES));
        refunds.add(Refund.of(GRANT, LocalDate.of(2016, 11, 20), won(1_000_000), RefundReason.UNSPENT));
    }

    static MemberId member(int i) {
        return MemberId.of(String.format("m-%02d", i));
    }

    static String membership(int i) {
        return String.format("ms-%02d", i);
    }

    /** A two-hour crime-prevention patrol of the Tanbang patrol from 20:00, members present. */
    static Activity nightPatrol(String id, LocalDate date, int... present) {
        Attendance[] attendance = new Attendance[present.length];
        for (int i = 0; i < present.length; i++) {
            attendance[i] = Attendance.present(member(present[i]));
        }
        return Fixtures.aNightPatrol(
                id,
                TANBANG.toString(),
                LocalDateTime.of(date, java.time.LocalTime.of(20, 0)),
                Duration.ofHours(2),
                attendance);
    }

    /** Returns membership {@code i} as the network has it, without any role. */
    static Membership withoutRole(int i) {
        return Fixtures.anAppointment(membership(i), member(i).toString(), TANBANG.toString(), APPOINTED);
    }

    /** Replaces each element of {@code list} that {@code which} accepts by {@code how} of it. */
    static <T> void replace(List<T> list, Predicate<T> which, UnaryOperator<T> how) {
        boolean found = false;
        for (int i = 0; i < list.size(); i++) {
            if (which.test(list.get(i))) {
                list.set(i, how.apply(list.get(i)));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("nothing to replace");
        }
    }

    /** Changes the patrol. */
    @CanIgnoreReturnValue
    SmallNetwork patrol(UnaryOperator<Patrol.Builder> how) {
        replace(
                patrols,
                p -> p.id().equals(TANBANG),
                p -> how.apply(new Patrol.Builder().from(p)).build());
        return this;
    }

    /** Changes member {@code i}. */
    @CanIgnoreReturnValue
    SmallNetwork member(int i, UnaryOperator<Member.Builder> how) {
        replace(
                members,
                m -> m.id().equals(member(i)),
                m -> how.apply(new Member.Builder().from(m)).build());
        return this;
    }

    /** Changes membership {@code i}. */
    @CanIgnoreReturnValue
    SmallNetwork membership(int i, UnaryOperator<Membership> how) {
        replace(memberships, m -> m.id().toString().equals(membership(i)), how);
        return this;
    }

    /** Changes the grant. */
    @CanIgnoreReturnValue
    SmallNetwork grant(UnaryOperator<Grant.Builder> how) {
        replace(
                grants,
                g -> g.id().equals(GRANT),
                g -> how.apply(new Grant.Builder().from(g)).build());
        return this;
    }

    Registry registry() {
        return new Registry.Builder()
                .addDistricts(districts)
                .addPoliceUnits(policeUnits)
                .addFederations(federations)
                .addPatrols(patrols)
                .addMembers(members)
                .addMemberships(memberships)
                .addFederationOfficers(officers)
                .addTrainingRecords(training)
                .addSites(sites)
                .addActivities(activities)
                .addVehicles(vehicles)
                .addEquipmentIssues(equipment)
                .addGrants(grants)
                .addExpenditures(expenditures)
                .addRefunds(refunds)
                .build();
    }
}

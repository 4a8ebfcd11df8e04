package org.civicpatrol.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.Site;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRequirement;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.time.DateRange;

/** Compares two registries through every lookup of the public API. */
final class RegistryViews {

    private static final List<DateRange> PERIODS = List.of(
            DateRange.startingOn(LocalDate.MIN),
            DateRange.ofYear(Year.of(2016)),
            DateRange.of(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 20)),
            DateRange.of(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 2)));

    private static final List<LocalDate> DATES =
            List.of(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 6, 30), LocalDate.of(2016, 12, 31));

    private RegistryViews() {}

    /**
     * Asserts that {@code actual} answers every lookup as {@code expected} does: every collection
     * in the same order, and every lookup by each id, key and period that either holds.
     */
    static void assertSameAnswers(Registry actual, Registry expected) {
        assertThat(actual.toString()).isEqualTo(expected.toString());
        for (Function<Registry, List<?>> kind : Fixtures.registryContents()) {
            assertThat(kind.apply(actual)).isEqualTo(kind.apply(expected));
        }
        assertThat(actual.rostersRecorded()).isEqualTo(expected.rostersRecorded());

        Set<DistrictId> districts = new LinkedHashSet<>();
        Set<PoliceUnitId> policeUnits = new LinkedHashSet<>();
        Set<FederationId> federations = new LinkedHashSet<>();
        Set<PatrolId> patrols = new LinkedHashSet<>();
        Set<MemberId> members = new LinkedHashSet<>();
        Set<SiteId> sites = new LinkedHashSet<>();
        Set<GrantId> grants = new LinkedHashSet<>();
        Set<Recipient> recipients = new LinkedHashSet<>();
        for (Registry registry : List.of(actual, expected)) {
            registry.districts().forEach(d -> {
                districts.add(d.id());
                d.parent().ifPresent(districts::add);
            });
            registry.policeUnits().forEach(p -> policeUnits.add(p.id()));
            registry.federations().forEach(f -> federations.add(f.id()));
            registry.federationOfficers().forEach(o -> federations.add(o.federation()));
            for (Patrol patrol : registry.patrols()) {
                patrols.add(patrol.id());
                policeUnits.add(patrol.policeUnit());
                patrol.federation().ifPresent(federations::add);
                districts.addAll(patrol.activityArea());
            }
            registry.members().forEach(m -> members.add(m.id()));
            for (Membership membership : registry.memberships()) {
                members.add(membership.member());
                patrols.add(membership.patrol());
            }
            registry.trainingRecords().forEach(r -> members.add(r.member()));
            for (Site site : registry.sites()) {
                sites.add(site.id());
                districts.add(site.district());
            }
            for (Activity activity : registry.activities()) {
                patrols.add(activity.patrol());
                patrols.addAll(activity.jointPatrols());
                districts.addAll(activity.districts());
                sites.addAll(activity.sites());
                activity.attendance().stream().map(Attendance::member).forEach(members::add);
            }
            registry.vehicles().forEach(v -> patrols.add(v.patrol()));
            registry.equipmentIssues().forEach(e -> patrols.add(e.patrol()));
            for (Grant grant : registry.grants()) {
                grants.add(grant.id());
                recipients.add(grant.recipient());
            }
            registry.expenditures().forEach(e -> grants.add(e.grant()));
            registry.refunds().forEach(r -> grants.add(r.grant()));
        }

        for (DistrictId id : districts) {
            assertThat(actual.district(id)).isEqualTo(expected.district(id));
            assertThat(actual.childrenOf(id)).containsExactlyElementsOf(expected.childrenOf(id));
            assertThat(actual.subtreeOf(id)).containsExactlyElementsOf(expected.subtreeOf(id));
            assertThat(actual.ancestryOf(id)).containsExactlyElementsOf(expected.ancestryOf(id));
            assertThat(actual.patrolsIn(id)).containsExactlyElementsOf(expected.patrolsIn(id));
            assertThat(actual.patrolsWithin(id)).containsExactlyElementsOf(expected.patrolsWithin(id));
            assertThat(actual.sitesIn(id)).containsExactlyElementsOf(expected.sitesIn(id));
            for (DateRange period : PERIODS) {
                assertThat(actual.activitiesCovering(id, period))
                        .containsExactlyElementsOf(expected.activitiesCovering(id, period));
            }
        }
        for (PoliceUnitId id : policeUnits) {
            assertThat(actual.policeUnit(id)).isEqualTo(expected.policeUnit(id));
            assertThat(actual.patrolsOf(id)).containsExactlyElementsOf(expected.patrolsOf(id));
        }
        for (FederationId id : federations) {
            assertThat(actual.federation(id)).isEqualTo(expected.federation(id));
            assertThat(actual.patrolsOf(id)).containsExactlyElementsOf(expected.patrolsOf(id));
            assertThat(actual.officersOf(id)).containsExactlyElementsOf(expected.officersOf(id));
        }
        for (PatrolId id : patrols) {
            assertThat(actual.patrol(id)).isEqualTo(expected.patrol(id));
            assertThat(actual.membershipsOf(id)).containsExactlyElementsOf(expected.membershipsOf(id));
            assertThat(actual.vehiclesOf(id)).containsExactlyElementsOf(expected.vehiclesOf(id));
            assertThat(actual.equipmentOf(id)).containsExactlyElementsOf(expected.equipmentOf(id));
            for (LocalDate date : DATES) {
                assertThat(actual.activeMembershipsOf(id, date))
                        .containsExactlyElementsOf(expected.activeMembershipsOf(id, date));
            }
            for (DateRange period : PERIODS) {
                assertThat(actual.activitiesOf(id, period))
                        .containsExactlyElementsOf(expected.activitiesOf(id, period));
            }
        }
        for (MemberId id : members) {
            assertThat(actual.member(id)).isEqualTo(expected.member(id));
            assertThat(actual.membershipsOf(id)).containsExactlyElementsOf(expected.membershipsOf(id));
            assertThat(actual.trainingOf(id)).containsExactlyElementsOf(expected.trainingOf(id));
            assertThat(actual.firstAppointmentOf(id)).isEqualTo(expected.firstAppointmentOf(id));
            assertThat(actual.attendanceOf(id, Year.of(2016))).isEqualTo(expected.attendanceOf(id, Year.of(2016)));
            for (LocalDate date : DATES) {
                assertThat(actual.membershipOn(id, date)).isEqualTo(expected.membershipOn(id, date));
                assertThat(actual.trainingObligationsOf(id, date, TrainingRequirement.korea()))
                        .isEqualTo(expected.trainingObligationsOf(id, date, TrainingRequirement.korea()));
            }
            for (DateRange period : PERIODS) {
                assertThat(actual.activitiesOf(id, period))
                        .containsExactlyElementsOf(expected.activitiesOf(id, period));
                assertThat(actual.trainingTimeOf(id, TrainingKind.BASIC, period))
                        .isEqualTo(expected.trainingTimeOf(id, TrainingKind.BASIC, period));
            }
        }
        for (SiteId id : sites) {
            assertThat(actual.site(id)).isEqualTo(expected.site(id));
            for (DateRange period : PERIODS) {
                assertThat(actual.activitiesCovering(id, period))
                        .containsExactlyElementsOf(expected.activitiesCovering(id, period));
            }
        }
        for (Activity activity : expected.activities()) {
            assertThat(actual.activity(activity.id())).contains(activity);
        }
        for (Vehicle vehicle : expected.vehicles()) {
            assertThat(actual.vehicle(vehicle.id())).contains(vehicle);
        }
        for (Membership membership : expected.memberships()) {
            assertThat(actual.membership(membership.id())).contains(membership);
        }
        for (GrantId id : grants) {
            assertThat(actual.grant(id)).isEqualTo(expected.grant(id));
            assertThat(actual.expendituresOf(id)).containsExactlyElementsOf(expected.expendituresOf(id));
            assertThat(actual.refundsOf(id)).containsExactlyElementsOf(expected.refundsOf(id));
        }
        for (Recipient recipient : recipients) {
            assertThat(actual.grantsOf(recipient)).containsExactlyElementsOf(expected.grantsOf(recipient));
            assertThat(actual.grantsOf(recipient, Year.of(2016)))
                    .containsExactlyElementsOf(expected.grantsOf(recipient, Year.of(2016)));
        }
    }
}

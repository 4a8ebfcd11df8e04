package org.civicpatrol.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.member.Member;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.civicpatrol.validation.BuiltInRules;
import org.civicpatrol.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The count of references to ids a registry does not hold, which the registry logs when it is
 * built: zero for a whole registry, and, for an entity removed, exactly the references to it that
 * the registry's own lookups find.
 */
class DanglingReferencesTest {

    private static final DateRange ALL_TIME = DateRange.startingOn(LocalDate.MIN);

    private static Registry whole() {
        return RegistryGenerator.withSeed(21).patrols(12).membersPerPatrol(6).generate();
    }

    @Test
    void aWholeRegistryHasNone() {
        assertThat(whole().danglingReferences()).isZero();
    }

    @Test
    void aRemovedMemberLeavesEveryReferenceToIt() {
        Registry registry = whole();
        Member member = List.copyOf(registry.members()).get(7);
        long expected = registry.membershipsOf(member.id()).size()
                + registry.trainingOf(member.id()).size()
                + registry.activitiesOf(member.id(), ALL_TIME).size()
                + registry.federationOfficers().stream()
                        .filter(o -> o.member().equals(member.id()))
                        .count()
                + registry.equipmentIssues().stream()
                        .filter(e -> e.member().equals(Optional.of(member.id())))
                        .count();

        Registry without = registry.change().removeMember(member.id()).apply();

        assertThat(expected).isPositive();
        assertThat(without.danglingReferences()).isEqualTo(expected);
    }

    @Test
    void aRemovedPatrolLeavesEveryReferenceToIt() {
        Registry registry = whole();
        Patrol patrol = List.copyOf(registry.patrols()).get(3);
        long expected = (long) registry.membershipsOf(patrol.id()).size()
                + registry.activitiesOf(patrol.id(), ALL_TIME).size()
                + registry.vehiclesOf(patrol.id()).size()
                + registry.equipmentOf(patrol.id()).size()
                + registry.grantsOf(Recipient.of(patrol.id())).size();

        Registry without = registry.change().removePatrol(patrol.id()).apply();

        assertThat(expected).isPositive();
        assertThat(without.danglingReferences()).isEqualTo(expected);
    }

    @Test
    void aRemovedDistrictLeavesEveryReferenceToIt() {
        Registry registry = whole();
        District district = registry.districts().stream()
                .filter(d -> !registry.patrolsIn(d.id()).isEmpty())
                .findFirst()
                .orElseThrow();
        long expected = registry.childrenOf(district.id()).size()
                + registry.patrolsIn(district.id()).size()
                + registry.sitesIn(district.id()).size()
                + registry.activitiesCovering(district.id(), ALL_TIME).size()
                + registry.federations().stream()
                        .filter(f -> f.territory().equals(district.id()))
                        .count()
                + registry.patrols().stream()
                        .flatMap(p -> p.posts().stream())
                        .filter(post -> post.district().equals(district.id()))
                        .count()
                + registry.members().stream()
                        .filter(m -> m.residenceOrBusinessDistricts().contains(district.id())
                                || m.residences().stream()
                                        .anyMatch(r -> r.district().equals(district.id())))
                        .count()
                + registry.grants().stream()
                        .filter(g -> g.funder().district().equals(Optional.of(district.id())))
                        .count()
                + registry.activities().stream()
                        .filter(a ->
                                a.requestedBy().flatMap(Authority::district).equals(Optional.of(district.id())))
                        .count();

        Registry without = registry.change().removeDistrict(district.id()).apply();

        assertThat(without.danglingReferences()).isEqualTo(expected);
    }

    @Test
    void removedGrantsFederationsAndPoliceUnitsLeaveTheirReferences() {
        Registry registry = whole();
        Grant grant = registry.grants().iterator().next();
        Federation federation = registry.federations().iterator().next();
        PoliceUnit unit = registry.policeUnits().iterator().next();
        long expected = registry.expendituresOf(grant.id()).size()
                + registry.refundsOf(grant.id()).size()
                + registry.patrolsOf(federation.id()).size()
                + registry.officersOf(federation.id()).size()
                + registry.federations().stream()
                        .filter(f -> f.parent().equals(Optional.of(federation.id())))
                        .count()
                + registry.grantsOf(Recipient.of(federation.id())).size()
                + registry.patrolsOf(unit.id()).size()
                + registry.policeUnits().stream()
                        .filter(u -> u.parent().equals(Optional.of(unit.id())))
                        .count();

        Registry without = registry.change()
                .removeGrant(grant.id())
                .removeFederation(federation.id())
                .removePoliceUnit(unit.id())
                .apply();

        assertThat(expected).isPositive();
        assertThat(without.danglingReferences()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theCountIsWhatValidationReportsAsUnresolved(long seed) {
        Registry broken = RegistryGenerator.withSeed(seed)
                .patrols(20)
                .membersPerPatrol(6)
                .breakage(0.2)
                .generate();
        Registry fewer = broken.change()
                .removeDistrict(broken.districts().iterator().next().id())
                .removePoliceUnit(broken.policeUnits().iterator().next().id())
                .apply();

        for (Registry registry : List.of(broken, fewer)) {
            long reported = Validator.korea()
                    .validate(registry, LocalDate.of(2016, 12, 31))
                    .count(BuiltInRules.REFERENCE_UNRESOLVED);
            assertThat(reported).isPositive();
            assertThat(registry.danglingReferences()).isEqualTo(reported);
        }
    }
}

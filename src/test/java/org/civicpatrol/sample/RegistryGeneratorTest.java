package org.civicpatrol.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.geo.District;
import org.civicpatrol.member.Membership;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

class RegistryGeneratorTest {

    /** The defaults and ids that the class comment documents. */
    @Test
    void theDocumentedDefaultsAndIdsHold() {
        Registry registry = RegistryGenerator.withSeed(3).generate();

        assertThat(registry.patrols()).hasSize(20);
        assertThat(registry.district(org.civicpatrol.geo.DistrictId.of("KR"))
                        .orElseThrow()
                        .parent())
                .isEmpty();
        assertThat(registry.district(org.civicpatrol.geo.DistrictId.of("P00M00N00")))
                .isPresent();
        assertThat(registry.policeUnit(org.civicpatrol.geo.PoliceUnitId.of("police"))
                        .orElseThrow()
                        .parent())
                .isEmpty();
        assertThat(registry.policeUnit(org.civicpatrol.geo.PoliceUnitId.of("police-P00M00")))
                .isPresent();
        assertThat(registry.federation(org.civicpatrol.patrol.FederationId.of("f-KR")))
                .isPresent();
        assertThat(registry.federation(org.civicpatrol.patrol.FederationId.of("f-P00M00")))
                .isPresent();
        assertThat(registry.activities())
                .hasSize(20 * 120)
                .allSatisfy(activity -> assertThat(activity.date().getYear()).isEqualTo(2016));
    }

    @Test
    void theSameSeedGivesTheSameRegistry() {
        Registry a = RegistryGenerator.withSeed(7).patrols(40).breakage(0.1).generate();
        Registry b = RegistryGenerator.withSeed(7).patrols(40).breakage(0.1).generate();
        assertThat(List.copyOf(b.districts())).isEqualTo(List.copyOf(a.districts()));
        assertThat(List.copyOf(b.patrols())).isEqualTo(List.copyOf(a.patrols()));
        assertThat(List.copyOf(b.members())).isEqualTo(List.copyOf(a.members()));
        assertThat(List.copyOf(b.memberships())).isEqualTo(List.copyOf(a.memberships()));
        assertThat(List.copyOf(b.activities())).isEqualTo(List.copyOf(a.activities()));
        assertThat(List.copyOf(b.grants())).isEqualTo(List.copyOf(a.grants()));
        assertThat(b.expenditures()).isEqualTo(a.expenditures());
        Registry other = RegistryGenerator.withSeed(8).patrols(40).breakage(0.1).generate();
        assertThat(List.copyOf(other.activities())).isNotEqualTo(List.copyOf(a.activities()));
    }

    @Test
    void generatesTheSizeAskedFor() {
        Registry registry = RegistryGenerator.withSeed(1)
                .patrols(37)
                .membersPerPatrol(10)
                .activitiesPerPatrol(5)
                .generate();
        assertThat(registry.patrols()).hasSize(37);
        // 37 neighbourhoods in 3 municipalities of one province, and the nation.
        assertThat(registry.districts()).hasSize(1 + 1 + 3 + 37);
        assertThat(registry.members()).hasSizeBetween(37 * 6, 37 * 14);
        assertThat(registry.activities()).hasSize(37 * 5);
        assertThat(registry.grants()).hasSize(37);
        assertThat(registry.federations()).hasSize(1 + 1 + 3);
    }

    @Test
    void withoutBreakageEveryReferenceResolves() {
        RegistryGenerator generator = RegistryGenerator.withSeed(3).patrols(45);
        Registry registry = generator.generate();
        assertThat(generator.brokenCount()).isZero();
        for (Patrol patrol : registry.patrols()) {
            assertThat(registry.policeUnit(patrol.policeUnit())).isPresent();
            assertThat(registry.federation(patrol.federation().orElseThrow())).isPresent();
            assertThat(patrol.activityArea())
                    .allSatisfy(d -> assertThat(registry.district(d)).isPresent());
        }
        for (District district : registry.districts()) {
            district.parent()
                    .ifPresent(parent -> assertThat(registry.district(parent)).isPresent());
        }
        for (Membership membership : registry.memberships()) {
            assertThat(registry.patrol(membership.patrol())).isPresent();
            assertThat(registry.member(membership.member())).isPresent();
        }
        for (Activity activity : registry.activities()) {
            for (Attendance attendance : activity.attendance()) {
                assertThat(registry.membershipOn(attendance.member(), activity.date()))
                        .hasValueSatisfying(m -> assertThat(m.patrol()).isEqualTo(activity.patrol()));
            }
        }
        assertThat(registry.expenditures().stream().map(e -> e.amount().getCurrencyUnit()))
                .containsOnly(CurrencyUnit.of("KRW"));
    }

    @Test
    void breakageBreaksThingsOnPurpose() {
        RegistryGenerator generator = RegistryGenerator.withSeed(5).patrols(60).breakage(0.2);
        Registry registry = generator.generate();
        assertThat(generator.brokenCount()).isPositive();
        Set<String> patrols =
                registry.patrols().stream().map(p -> p.id().value()).collect(Collectors.toSet());
        assertThat(registry.memberships())
                .anySatisfy(m -> assertThat(patrols).doesNotContain(m.patrol().value()));
        assertThat(registry.activities())
                .anySatisfy(a -> assertThat(a.attendance())
                        .anySatisfy(
                                att -> assertThat(registry.member(att.member())).isEmpty()));
        assertThat(registry.expenditures().stream().map(Expenditure::amount).map(m -> m.getCurrencyUnit()))
                .contains(CurrencyUnit.USD);
    }

    @Test
    void meaninglessSettingsAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegistryGenerator.withSeed(1).patrols(0))
                .withMessage("a network needs at least one patrol: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegistryGenerator.withSeed(1).membersPerPatrol(2))
                .withMessage("a patrol needs at least three members (its officers): 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegistryGenerator.withSeed(1).activitiesPerPatrol(-1))
                .withMessage("activities per patrol must not be negative: -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegistryGenerator.withSeed(1).breakage(1.5))
                .withMessage("breakage must be between 0 and 1: 1.5");
    }
}

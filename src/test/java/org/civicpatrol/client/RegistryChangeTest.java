package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.validation.BuiltInRules;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.civicpatrol.validation.Violation;
import org.junit.jupiter.api.Test;

/** What a city system sees when it changes a registry: the verbs, their errors and what stays. */
class RegistryChangeTest {

    private static final LocalDate APPOINTED = LocalDate.of(2015, 3, 1);
    private static final PatrolId TANBANG = PatrolId.of("tanbang");
    private static final PatrolId DUNSAN_2 = PatrolId.of("dunsan-2");

    private static TrainingRecord basicTraining() {
        return TrainingRecord.of(MemberId.of("m-1"), TrainingKind.BASIC, APPOINTED.plusDays(20), Duration.ofHours(6));
    }

    private static Registry registry() {
        return new Registry.Builder()
                .addDistricts(
                        List.of(Fixtures.daejeon(), Fixtures.seoGu(), Fixtures.tanbangDong(), Fixtures.dunsan2Dong()))
                .addPoliceUnits(List.of(Fixtures.daejeonPoliceAgency(), Fixtures.dunsanStation()))
                .addFederation(Fixtures.seoGuFederation())
                .addPatrols(List.of(Fixtures.tanbangPatrol(), Fixtures.dunsan2Patrol()))
                .addMember(Fixtures.aMember("m-1", LocalDate.of(1970, 5, 5)))
                .addMember(Fixtures.aMember("m-2", LocalDate.of(1980, 5, 5)))
                .addMembership(Fixtures.anAppointment("ms-1", "m-1", "tanbang", APPOINTED))
                .addMembership(Fixtures.anAppointment("ms-2", "m-2", "tanbang", APPOINTED))
                .addTrainingRecord(basicTraining())
                .addTrainingRecord(basicTraining())
                .build();
    }

    @Test
    void aRenamedPatrolKeepsItsPlaceItsHistoryAndTheOldRegistry() {
        Registry before = registry();
        Patrol tanbang = before.patrol(TANBANG).orElseThrow();

        Registry after =
                before.change().replacePatrol(tanbang.renamed("탄방동자율방범대")).apply();

        assertThat(after.patrols()).extracting(Patrol::id).containsExactly(TANBANG, DUNSAN_2);
        assertThat(after.patrol(TANBANG).orElseThrow().name()).isEqualTo("탄방동자율방범대");
        assertThat(after.membershipsOf(TANBANG)).hasSize(2);
        assertThat(before.patrol(TANBANG)).contains(tanbang);
        assertThat(after.patrolsIn(tanbang.activityArea().iterator().next()))
                .extracting(Patrol::name)
                .containsExactly("탄방동자율방범대");
    }

    @Test
    void aTransferredPatrolIsListedUnderItsNewPoliceUnitOnly() {
        Registry before = registry();
        PoliceUnitId agency = Fixtures.daejeonPoliceAgency().id();
        PoliceUnitId station = Fixtures.dunsanStation().id();
        Patrol tanbang = before.patrol(TANBANG).orElseThrow();
        assertThat(tanbang.policeUnit()).isEqualTo(station);

        Registry after =
                before.change().replacePatrol(tanbang.transferredTo(agency)).apply();

        assertThat(after.patrolsOf(agency)).extracting(Patrol::id).containsExactly(TANBANG);
        assertThat(after.patrolsOf(station)).extracting(Patrol::id).doesNotContain(TANBANG);
        assertThat(before.patrolsOf(station)).extracting(Patrol::id).contains(TANBANG);
    }

    @Test
    void addingAnIdItsKindHoldsIsRefusedAndChangesNothing() {
        Registry before = registry();
        Registry.Change change = before.change().addMember(Fixtures.aMember("m-3", LocalDate.of(1990, 1, 1)));

        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> change.addPatrol(Fixtures.tanbangPatrol()))
                .withMessage("registry has two patrols with id tanbang");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> change.addMember(Fixtures.aMember("m-3", LocalDate.of(1990, 1, 1))))
                .withMessage("registry has two members with id m-3");

        Registry after = change.apply();
        assertThat(after.patrols()).hasSize(2);
        assertThat(after.members()).extracting(m -> m.id().toString()).containsExactly("m-1", "m-2", "m-3");
    }

    @Test
    void replacingOrRemovingAnIdItsKindDoesNotHoldIsRefused() {
        Registry.Change change = registry().change().removeMembership(MembershipId.of("ms-2"));

        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> change.removeMembership(MembershipId.of("ms-2")))
                .withMessage("registry has no membership with id ms-2");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> change.replacePatrol(new Patrol.Builder()
                        .from(Fixtures.tanbangPatrol())
                        .id(PatrolId.of("nowhere"))
                        .build()))
                .withMessage("registry has no patrol with id nowhere");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> change.removeMembers(List.of(MemberId.of("m-1"), MemberId.of("m-9"))))
                .withMessage("registry has no member with id m-9");

        Registry after = change.apply();
        assertThat(after.memberships()).extracting(m -> m.id().toString()).containsExactly("ms-1");
        assertThat(after.members()).extracting(m -> m.id().toString()).containsExactly("m-2"); // m-1 went first
    }

    @Test
    void aFactWithoutIdIsRemovedByValueOneAtATime() {
        Registry before = registry();

        Registry once = before.change().removeTrainingRecord(basicTraining()).apply();
        Registry twice = once.change().removeTrainingRecord(basicTraining()).apply();

        assertThat(once.trainingRecords()).containsExactly(basicTraining());
        assertThat(twice.trainingRecords()).isEmpty();
        assertThat(twice.trainingOf(MemberId.of("m-1"))).isEmpty();
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> twice.change().removeTrainingRecord(basicTraining()))
                .withMessage("registry has no such training record");
        assertThat(before.trainingRecords()).hasSize(2);
    }

    @Test
    void removingAnEntityOthersReferToLeavesTheReferencesForValidationToReport() {
        Registry after = registry().change().removeMember(MemberId.of("m-2")).apply();

        ValidationReport report = Validator.korea().validate(after, LocalDate.of(2016, 1, 1));

        assertThat(after.membershipsOf(MemberId.of("m-2"))).hasSize(1);
        assertThat(report.violations()).extracting(Violation::rule).contains(BuiltInRules.REFERENCE_UNRESOLVED);
        assertThat(Validator.korea()
                        .validate(registry(), LocalDate.of(2016, 1, 1))
                        .violations())
                .extracting(Violation::rule)
                .doesNotContain(BuiltInRules.REFERENCE_UNRESOLVED);
    }

    @Test
    void aChangeMayBeAppliedAgainAndLeavesWhatItReturnedAsItWas() {
        Registry.Change change = registry().change().addMember(Fixtures.aMember("m-3", LocalDate.of(1990, 1, 1)));
        Registry first = change.apply();

        Registry second =
                change.removeMember(MemberId.of("m-1")).rostersRecorded(false).apply();

        assertThat(first.members()).hasSize(3);
        assertThat(first.rostersRecorded()).isTrue();
        assertThat(second.members()).extracting(m -> m.id().toString()).containsExactly("m-2", "m-3");
        assertThat(second.rostersRecorded()).isFalse();
        assertThat(second.change().apply().rostersRecorded()).isFalse();
    }

    @Test
    void anEmptyChangeGivesTheSameAnswers() {
        Registry before = registry();

        Registry after = before.change().apply();

        assertThat(after).isNotSameAs(before);
        assertThat(after.toString()).isEqualTo(before.toString());
        assertThat(after.memberships()).containsExactlyElementsOf(before.memberships());
    }

    @Test
    void theFixturesListEveryKindTheBuilderAdds() {
        long kinds = Arrays.stream(Registry.Builder.class.getMethods())
                .filter(m -> m.getName().startsWith("add") && m.getParameterTypes()[0] != Iterable.class)
                .count();

        assertThat(Fixtures.registryContents()).hasSize((int) kinds).hasSize(15);
    }

    @Test
    void everyKindTheBuilderAddsCanBeAddedReplacedOrRemovedByAChange() {
        Set<String> change = Arrays.stream(Registry.Change.class.getMethods())
                .map(RegistryChangeTest::signature)
                .collect(Collectors.toSet());
        for (Method add : Registry.Builder.class.getMethods()) {
            if (!add.getName().startsWith("add") || add.getParameterTypes()[0] == Iterable.class) {
                continue;
            }
            Class<?> kind = add.getParameterTypes()[0];
            String name = add.getName().substring("add".length());
            assertThat(change).contains(signature(add));
            Class<?> id = idTypeOf(kind);
            if (id == null) {
                assertThat(change).contains("remove" + name + "(" + kind.getSimpleName() + ")");
            } else {
                assertThat(change)
                        .contains("remove" + name + "(" + id.getSimpleName() + ")")
                        .contains("replace" + name + "(" + kind.getSimpleName() + ")");
            }
        }
    }

    private static Class<?> idTypeOf(Class<?> kind) {
        try {
            return kind.getMethod("id").getReturnType();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String signature(Method method) {
        return method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(","))
                + ")";
    }

    @Test
    void valuesHaveTheVerbsAChangeNeeds() {
        Patrol tanbang = Fixtures.tanbangPatrol();
        Federation seoGu = Fixtures.seoGuFederation();

        assertThat(tanbang.renamed("탄방").name()).isEqualTo("탄방");
        assertThat(tanbang.renamed("탄방"))
                .isEqualTo(new Patrol.Builder().from(tanbang).name("탄방").build());
        assertThat(tanbang.transferredTo(PoliceUnitId.of("other")).policeUnit()).isEqualTo(PoliceUnitId.of("other"));
        assertThat(seoGu.renamed("서구 연합회").name()).isEqualTo("서구 연합회");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> tanbang.renamed("\u3000"))
                .withMessage("patrol tanbang has a blank name");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> seoGu.renamed(" "))
                .withMessage("federation seo-gu has a blank name");
    }
}

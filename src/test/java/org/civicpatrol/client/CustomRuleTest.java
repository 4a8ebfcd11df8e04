package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.DaejeonSample;
import org.civicpatrol.validation.BuiltInRules;
import org.civicpatrol.validation.Policy;
import org.civicpatrol.validation.Rule;
import org.civicpatrol.validation.RuleCode;
import org.civicpatrol.validation.RuleContext;
import org.civicpatrol.validation.RuleDefinition;
import org.civicpatrol.validation.RuleSet;
import org.civicpatrol.validation.Severity;
import org.civicpatrol.validation.Subject;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * A city system's own rule and policy, written from outside the library's packages with its
 * public API only: a city that wants every registered patrol to have a vehicle in service, treats
 * unexcused absences as information, does not check training, and tries a higher absence limit.
 */
class CustomRuleTest {

    /** The city's rule: every registered patrol has a vehicle in service. */
    static final class EveryPatrolHasAVehicle implements Rule {
        static final RuleCode CODE = RuleCode.of("CITY_PATROL_WITHOUT_VEHICLE");

        @Override
        public RuleDefinition definition() {
            return RuleDefinition.of(
                    CODE, Severity.WARNING, "A registered patrol has a vehicle in service.", "city ordinance");
        }

        @Override
        public void check(RuleContext context) {
            for (Patrol patrol : context.registry().patrols()) {
                if (patrol.isRegisteredOn(context.asOf()) && !hasVehicle(context.registry(), patrol, context.asOf())) {
                    context.report(
                            Subject.of(patrol.id()), context.asOf(), "patrol " + patrol.id() + " has no vehicle");
                }
            }
        }
    }

    static boolean hasVehicle(Registry registry, Patrol patrol, LocalDate date) {
        return registry.vehiclesOf(patrol.id()).stream()
                .anyMatch(v -> v.inService().contains(date));
    }

    @Test
    void aCitysRulesRunWithTheBuiltInOnes() {
        Registry sample = DaejeonSample.registry();
        LocalDate asOf = DaejeonSample.AS_OF;
        RuleSet rules = RuleSet.builtIn()
                .without(BuiltInRules.BASIC_TRAINING_INCOMPLETE, BuiltInRules.IN_SERVICE_TRAINING_INCOMPLETE)
                .withSeverity(BuiltInRules.MEMBER_UNEXCUSED_ABSENCES, Severity.INFO)
                .with(new EveryPatrolHasAVehicle());
        Policy policy = new Policy.Builder()
                .from(Policy.korea())
                .unexcusedAbsenceLimit(4)
                .build();

        ValidationReport city = Validator.of(Policy.korea(), rules).validate(sample, asOf);
        ValidationReport stricterLimit = Validator.of(policy, rules).validate(sample, asOf);

        long withoutVehicle = sample.patrols().stream()
                .filter(p -> p.isRegisteredOn(asOf) && !hasVehicle(sample, p, asOf))
                .count();
        assertThat(withoutVehicle).isPositive();
        assertThat(city.count(EveryPatrolHasAVehicle.CODE)).isEqualTo(withoutVehicle);
        assertThat(city.count(BuiltInRules.BASIC_TRAINING_INCOMPLETE)).isZero();
        assertThat(city.filter(BuiltInRules.MEMBER_UNEXCUSED_ABSENCES).violations())
                .singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.INFO));
        assertThat(stricterLimit.count(BuiltInRules.MEMBER_UNEXCUSED_ABSENCES)).isZero();
        assertThat(city.isValid()).isTrue();
    }
}

package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.civicpatrol.patrol.Patrol;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    /** Reports every patrol without a post: a rule of a caller's own. */
    static final Rule PATROL_WITHOUT_POST = new Rule() {
        private final RuleDefinition definition = RuleDefinition.of(
                RuleCode.of("PATROL_WITHOUT_POST"),
                Severity.WARNING,
                "A registered patrol has at least one patrol post.",
                RuleDefinition.GENERAL);

        @Override
        public RuleDefinition definition() {
            return definition;
        }

        @Override
        public void check(RuleContext context) {
            for (Patrol patrol : context.registry().patrols()) {
                if (patrol.isRegisteredOn(context.asOf()) && patrol.posts().isEmpty()) {
                    context.report(Subject.of(patrol.id()), context.asOf(), "patrol " + patrol.id() + " has no post");
                }
            }
        }
    };

    @Test
    void theBuiltInSetRunsTheWholeCatalogueAtDefaultSeverities() {
        RuleSet rules = RuleSet.builtIn();

        assertThat(rules.enabledRules().stream().map(Rule::definition))
                .containsExactlyElementsOf(BuiltInRules.catalogue());
        assertThat(rules.severityOf(BuiltInRules.ACTIVITY_TOO_LONG)).isEqualTo(Severity.WARNING);
        assertThat(rules.isEnabled(BuiltInRules.ACTIVITY_TOO_LONG)).isTrue();
        assertThat(RuleSet.empty().enabledRules()).isEmpty();
    }

    @Test
    void disabledRulesDoNotRun() {
        RuleSet rules = RuleSet.builtIn().without(BuiltInRules.PATROL_WITHOUT_DEPUTY, BuiltInRules.ACTIVITY_TOO_LONG);
        SmallNetwork network = new SmallNetwork().membership(2, m -> SmallNetwork.withoutRole(2));

        ValidationReport report = Validator.of(Policy.korea(), rules).validate(network.registry(), SmallNetwork.AS_OF);

        assertThat(rules.isEnabled(BuiltInRules.PATROL_WITHOUT_DEPUTY)).isFalse();
        assertThat(rules.enabledRules()).hasSize(BuiltInRules.catalogue().size() - 2);
        assertThat(report.violations()).isEmpty();
        assertThat(Validator.korea()
                        .validate(network.registry(), SmallNetwork.AS_OF)
                        .count(BuiltInRules.PATROL_WITHOUT_DEPUTY))
                .isEqualTo(1);
    }

    @Test
    void overriddenSeveritiesApplyToTheViolations() {
        RuleSet rules = RuleSet.builtIn().withSeverity(BuiltInRules.PATROL_WITHOUT_DEPUTY, Severity.ERROR);
        SmallNetwork network = new SmallNetwork().membership(2, m -> SmallNetwork.withoutRole(2));

        ValidationReport report = Validator.of(Policy.korea(), rules).validate(network.registry(), SmallNetwork.AS_OF);

        assertThat(rules.severityOf(BuiltInRules.PATROL_WITHOUT_DEPUTY)).isEqualTo(Severity.ERROR);
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(BuiltInRules.PATROL_WITHOUT_DEPUTY);
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void callersAddTheirOwnRules() {
        RuleSet rules = RuleSet.builtIn().with(PATROL_WITHOUT_POST);

        ValidationReport report =
                Validator.of(Policy.korea(), rules).validate(new SmallNetwork().registry(), SmallNetwork.AS_OF);

        assertThat(rules.enabledRules()).last().isSameAs(PATROL_WITHOUT_POST);
        assertThat(report.violations())
                .singleElement()
                .hasToString("WARNING PATROL_WITHOUT_POST patrol tanbang on 2016-11-29: patrol tanbang has no post");
        assertThat(rules.withSeverity(RuleCode.of("PATROL_WITHOUT_POST"), Severity.INFO)
                        .severityOf(RuleCode.of("PATROL_WITHOUT_POST")))
                .isEqualTo(Severity.INFO);
    }

    @Test
    void anExceptionFromACallersRulePropagates() {
        Rule failing = new Rule() {
            @Override
            public RuleDefinition definition() {
                return RuleDefinition.of(RuleCode.of("FAILING"), Severity.ERROR, "Fails.", RuleDefinition.GENERAL);
            }

            @Override
            public void check(RuleContext context) {
                throw new UnsupportedOperationException("not written yet");
            }
        };
        Validator validator = Validator.of(Policy.korea(), RuleSet.empty().with(failing));

        assertThatThrownBy(() -> validator.validate(new SmallNetwork().registry(), SmallNetwork.AS_OF))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("not written yet");
    }

    @Test
    void codesMustBeUniqueAndKnown() {
        assertThatThrownBy(() -> RuleSet.builtIn().with(PATROL_WITHOUT_POST).with(PATROL_WITHOUT_POST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule set already has a rule PATROL_WITHOUT_POST");
        assertThatThrownBy(() -> RuleSet.builtIn().without(RuleCode.of("NO_SUCH_RULE")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule set has no rule NO_SUCH_RULE");
        assertThatThrownBy(() -> RuleSet.empty().withSeverity(BuiltInRules.ACTIVITY_TOO_LONG, Severity.INFO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule set has no rule ACTIVITY_TOO_LONG");
        assertThatThrownBy(() -> RuleSet.empty().severityOf(BuiltInRules.ACTIVITY_TOO_LONG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule set has no rule ACTIVITY_TOO_LONG");
    }

    @Test
    void ruleSetsAreValues() {
        new EqualsTester()
                .addEqualityGroup(RuleSet.builtIn(), RuleSet.builtIn().without().without())
                .addEqualityGroup(
                        RuleSet.builtIn().without(BuiltInRules.ACTIVITY_TOO_LONG),
                        RuleSet.builtIn().without(BuiltInRules.ACTIVITY_TOO_LONG))
                .addEqualityGroup(RuleSet.builtIn().withSeverity(BuiltInRules.ACTIVITY_TOO_LONG, Severity.INFO))
                .addEqualityGroup(RuleSet.empty())
                .testEquals();
        assertThat(RuleSet.builtIn().without(BuiltInRules.ACTIVITY_TOO_LONG))
                .hasToString("RuleSet{rules=" + BuiltInRules.catalogue().size()
                        + ", disabled=[ACTIVITY_TOO_LONG], overrides={}}");
    }
}

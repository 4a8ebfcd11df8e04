package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicpatrol.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a whole registry against a rule set under a policy, and returns every violation.
 *
 * <pre>{@code
 * ValidationReport report = Validator.korea().validate(registry, LocalDate.of(2016, 11, 29));
 * if (!report.isValid()) {
 *     List<Violation> errors = report.filter(Severity.ERROR).violations();
 *     // ... hand them to whoever fixes the data
 * }
 * }</pre>
 *
 * <p>A validator is immutable and thread-safe; one instance can validate any number of
 * registries, concurrently.
 */
public final class Validator {

    private static final Logger LOG = LoggerFactory.getLogger(Validator.class);

    private static final Validator KOREA = new Validator(Policy.korea(), RuleSet.builtIn());

    private final Policy policy;
    private final RuleSet rules;

    private Validator(Policy policy, RuleSet rules) {
        this.policy = policy;
        this.rules = rules;
    }

    /**
     * Returns a validator that runs {@code rules} under {@code policy}.
     *
     * @param policy the numbers of the law to apply
     * @param rules the rules to run
     * @return the validator
     */
    public static Validator of(Policy policy, RuleSet rules) {
        return new Validator(checkNotNull(policy, "policy"), checkNotNull(rules, "rules"));
    }

    /**
     * Returns a validator that runs every built-in rule under Korea's policy.
     *
     * @return the validator
     */
    public static Validator korea() {
        return KOREA;
    }

    /**
     * Returns the policy.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Returns the rule set.
     *
     * @return the rules
     */
    public RuleSet rules() {
        return rules;
    }

    /**
     * Checks {@code registry} as of {@code asOf} and returns every violation of every enabled
     * rule.
     *
     * <p>States (who is active, who leads, how many members) are judged on {@code asOf}; facts
     * dated after it (appointments, activities, training, spending) are not judged, while
     * references, hierarchies and codes are checked whatever their dates. Built-in rules never
     * throw; an exception thrown by a caller's own rule propagates unchanged.
     *
     * @param registry the registry to check
     * @param asOf the validation date
     * @return the report, in the order of {@link ValidationReport#violations()}
     */
    public ValidationReport validate(Registry registry, LocalDate asOf) {
        checkNotNull(registry, "registry");
        checkNotNull(asOf, "asOf");
        List<Violation> violations = new ArrayList<>();
        RunFacts run = new RunFacts(registry, asOf);
        for (Rule rule : rules.enabledRules()) {
            RuleDefinition definition = rule.definition();
            RuleContext context = new RuleContext(
                    registry,
                    asOf,
                    policy,
                    definition.code(),
                    rules.severityOf(definition.code()),
                    definition.texts(),
                    run);
            rule.check(context);
            violations.addAll(context.violations());
        }
        ValidationReport report = ValidationReport.of(violations);
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "validated as of {} with {} rules: {} errors, {} warnings, {} infos",
                    asOf,
                    rules.enabledRules().size(),
                    report.count(Severity.ERROR),
                    report.count(Severity.WARNING),
                    report.count(Severity.INFO));
        }
        return report;
    }

    /** Returns the rule set's description; the policy's many numbers are left out. */
    @Override
    public String toString() {
        return "Validator{" + rules + "}";
    }
}

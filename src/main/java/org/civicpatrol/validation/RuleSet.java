package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which rules a validator runs and at which severity: the built-in rules by default, some
 * disabled, some at another severity, plus rules of the caller's own.
 *
 * <p>A rule set is an immutable value; its verbs return a new one:
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builtIn()
 *         .without(BuiltInRules.PATROL_NAME_NOT_STANDARD)
 *         .withSeverity(BuiltInRules.PATROL_BELOW_MINIMUM_COMPLEMENT, Severity.INFO)
 *         .with(everyPatrolHasAPost);
 * }</pre>
 */
public final class RuleSet {

    private static final RuleSet BUILT_IN = new RuleSet(BuiltInRules.rules(), ImmutableSet.of(), ImmutableMap.of());
    private static final RuleSet EMPTY = new RuleSet(ImmutableList.of(), ImmutableSet.of(), ImmutableMap.of());

    private final ImmutableMap<RuleCode, Rule> rules;
    private final ImmutableSet<RuleCode> disabled;
    private final ImmutableMap<RuleCode, Severity> overrides;

    private RuleSet(Iterable<Rule> rules, ImmutableSet<RuleCode> disabled, ImmutableMap<RuleCode, Severity> overrides) {
        Map<RuleCode, Rule> byCode = new LinkedHashMap<>();
        for (Rule rule : rules) {
            RuleCode code = rule.definition().code();
            checkArgument(byCode.putIfAbsent(code, rule) == null, "rule set already has a rule %s", code);
        }
        this.rules = ImmutableMap.copyOf(byCode);
        this.disabled = disabled;
        this.overrides = overrides;
    }

    /**
     * Returns every built-in rule at its default severity, in the order of {@link
     * BuiltInRules#catalogue()}.
     *
     * @return the built-in rule set
     */
    public static RuleSet builtIn() {
        return BUILT_IN;
    }

    /**
     * Returns a rule set without any rule, to which a caller adds only its own.
     *
     * @return the empty rule set
     */
    public static RuleSet empty() {
        return EMPTY;
    }

    /**
     * Returns this rule set with {@code rule} added after the others.
     *
     * @param rule the rule to add
     * @return the new rule set
     * @throws IllegalArgumentException if this set already has a rule with the same code
     */
    public RuleSet with(Rule rule) {
        checkNotNull(rule, "rule");
        RuleDefinition definition = checkNotNull(rule.definition(), "definition of %s", rule);
        checkArgument(!rules.containsKey(definition.code()), "rule set already has a rule %s", definition.code());
        return new RuleSet(
                ImmutableList.<Rule>builder().addAll(rules.values()).add(rule).build(), disabled, overrides);
    }

    /**
     * Returns this rule set with the rules of {@code codes} disabled.
     *
     * @param codes the codes of the rules not to run
     * @return the new rule set
     * @throws IllegalArgumentException if this set has no rule with one of the codes
     */
    public RuleSet without(RuleCode... codes) {
        ImmutableSet.Builder<RuleCode> newDisabled =
                ImmutableSet.<RuleCode>builder().addAll(disabled);
        for (RuleCode code : codes) {
            newDisabled.add(known(code));
        }
        return new RuleSet(rules.values(), newDisabled.build(), overrides);
    }

    /**
     * Returns this rule set with the violations of rule {@code code} reported at {@code
     * severity} instead of its default.
     *
     * @param code the rule's code
     * @param severity the severity to report its violations at
     * @return the new rule set
     * @throws IllegalArgumentException if this set has no rule with that code
     */
    public RuleSet withSeverity(RuleCode code, Severity severity) {
        checkNotNull(severity, "severity");
        Map<RuleCode, Severity> newOverrides = new LinkedHashMap<>(overrides);
        newOverrides.put(known(code), severity);
        return new RuleSet(rules.values(), disabled, ImmutableMap.copyOf(newOverrides));
    }

    private RuleCode known(RuleCode code) {
        checkArgument(rules.containsKey(checkNotNull(code, "code")), "rule set has no rule %s", code);
        return code;
    }

    /**
     * Returns the rules that run, in order: disabled ones left out.
     *
     * @return the enabled rules
     */
    public ImmutableList<Rule> enabledRules() {
        return rules.values().stream()
                .filter(rule -> !disabled.contains(rule.definition().code()))
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * Tells whether the rule of {@code code} is in this set and enabled.
     *
     * @param code the rule's code
     * @return whether it runs
     */
    public boolean isEnabled(RuleCode code) {
        return rules.containsKey(checkNotNull(code, "code")) && !disabled.contains(code);
    }

    /**
     * Returns the severity at which the rule of {@code code} reports.
     *
     * @param code the rule's code
     * @return its overridden severity, or else its default one
     * @throws IllegalArgumentException if this set has no rule with that code
     */
    public Severity severityOf(RuleCode code) {
        Rule rule = rules.get(checkNotNull(code, "code"));
        checkArgument(rule != null, "rule set has no rule %s", code);
        Severity override = overrides.get(code);
        return override != null ? override : rule.definition().defaultSeverity();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof RuleSet other
                && rules.equals(other.rules)
                && disabled.equals(other.disabled)
                && overrides.equals(other.overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules, disabled, overrides);
    }

    /** Returns the number of rules, the disabled codes and the severity overrides. */
    @Override
    public String toString() {
        return "RuleSet{rules=" + rules.size() + ", disabled=" + disabled + ", overrides=" + overrides + "}";
    }
}

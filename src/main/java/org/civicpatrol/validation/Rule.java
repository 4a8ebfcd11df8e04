package org.civicpatrol.validation;

/**
 * A rule that a registry should satisfy: the interface through which callers add rules of their
 * own to a {@link RuleSet}.
 *
 * <p>A rule reads the registry, the validation date and the policy from its {@link RuleContext}
 * and reports each breach there; it does not choose the severity, which the rule set decides
 * from {@link RuleDefinition#defaultSeverity()} and its overrides. A rule must be stateless and
 * thread-safe, must never report personal data, and should never throw: the built-in rules
 * don't, for any registry that can be built, and an exception from a caller's rule propagates
 * out of {@link Validator#validate} unchanged.
 *
 * <pre>{@code
 * Rule everyPatrolHasAPost = new Rule() {
 *     public RuleDefinition definition() {
 *         return RuleDefinition.of(RuleCode.of("PATROL_WITHOUT_POST"), Severity.WARNING,
 *                 "A registered patrol has at least one patrol post.", RuleDefinition.GENERAL);
 *     }
 *
 *     public void check(RuleContext context) {
 *         for (Patrol patrol : context.registry().patrols()) {
 *             if (patrol.isRegisteredOn(context.asOf()) && patrol.posts().isEmpty()) {
 *                 context.report(Subject.of(patrol.id()), context.asOf(), "patrol " + patrol.id() + " has no post");
 *             }
 *         }
 *     }
 * };
 * }</pre>
 */
public interface Rule {

    /**
     * Returns what the rule is: code, default severity, description and source.
     *
     * @return the definition, the same on every call
     */
    RuleDefinition definition();

    /**
     * Checks the registry of {@code context} and reports every breach to it.
     *
     * @param context the registry, date and policy to check, and where to report
     */
    void check(RuleContext context);
}

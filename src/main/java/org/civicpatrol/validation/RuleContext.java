package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicpatrol.registry.Registry;

/**
 * What one rule sees during a validation run: the registry, the validation date and the policy,
 * and the place where it reports breaches.
 *
 * <p>The validator creates one context per rule and run; a context is not thread-safe and must
 * not be kept after {@link Rule#check} returns.
 */
public final class RuleContext {

    private final Registry registry;
    private final LocalDate asOf;
    private final Policy policy;
    private final RuleCode rule;
    private final Severity severity;
    private final List<Violation> violations = new ArrayList<>();

    RuleContext(Registry registry, LocalDate asOf, Policy policy, RuleCode rule, Severity severity) {
        this.registry = registry;
        this.asOf = asOf;
        this.policy = policy;
        this.rule = rule;
        this.severity = severity;
    }

    /**
     * Returns the registry under validation.
     *
     * @return the registry
     */
    public Registry registry() {
        return registry;
    }

    /**
     * Returns the validation date: states (who is active, who leads) are judged on it, and facts
     * after it are ignored.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the policy whose numbers the rule applies.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Reports a breach about {@code subject} alone.
     *
     * @param subject the entity to fix
     * @param date the date the breach applies to
     * @param message an English message free of personal data
     * @throws IllegalArgumentException if {@code message} is blank
     */
    public void report(Subject subject, LocalDate date, String message) {
        report(subject, ImmutableList.of(), date, message);
    }

    /**
     * Reports a breach about {@code subject} that involves {@code related} entities too. The
     * violation's {@linkplain Violation#patrols() patrols} and {@linkplain Violation#federations()
     * federations} are worked out from them, as for every rule.
     *
     * @param subject the entity to fix
     * @param related the other entities involved
     * @param date the date the breach applies to
     * @param message an English message free of personal data
     * @throws IllegalArgumentException if {@code message} is blank
     */
    public void report(Subject subject, List<Subject> related, LocalDate date, String message) {
        checkNotNull(subject, "subject");
        checkNotNull(related, "related");
        checkNotNull(date, "date");
        Concerned concerned = Concerned.of(registry, subject, related, date);
        violations.add(new Violation.Builder()
                .rule(rule)
                .severity(severity)
                .subject(subject)
                .addAllRelated(related)
                .date(date)
                .message(checkNotNull(message, "message"))
                .patrols(concerned.patrols())
                .federations(concerned.federations())
                .build());
    }

    List<Violation> violations() {
        return violations;
    }
}

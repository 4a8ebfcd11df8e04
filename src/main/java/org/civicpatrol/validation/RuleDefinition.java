package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkArgument;

import org.civicpatrol.internal.TextChecks;
import org.immutables.value.Value;

/**
 * What a rule is: its code, its default severity, a one-line description and its legal source.
 *
 * <p>The source cites the article that the rule enforces ({@code Act Art. 5}, {@code Rule Art.
 * 4(1)}), or is {@value #GENERAL} for consistency rules that no article states.
 */
@Value.Immutable
public abstract class RuleDefinition {

    /** The source of rules that keep a registry consistent rather than enforce an article. */
    public static final String GENERAL = "general";

    RuleDefinition() {}

    /**
     * Returns the rule's stable code.
     *
     * @return the code
     */
    @Value.Parameter
    public abstract RuleCode code();

    /**
     * Returns the severity of the rule's violations unless a rule set overrides it.
     *
     * @return the default severity
     */
    @Value.Parameter
    public abstract Severity defaultSeverity();

    /**
     * Returns one sentence that says what the rule requires.
     *
     * @return the non-blank description
     */
    @Value.Parameter
    public abstract String description();

    /**
     * Returns the legal source, or {@value #GENERAL}.
     *
     * @return the non-blank source
     */
    @Value.Parameter
    public abstract String source();

    /**
     * Returns a definition.
     *
     * @param code the rule's code
     * @param defaultSeverity the severity of its violations by default
     * @param description what it requires, in one sentence
     * @param source the article it enforces, or {@value #GENERAL}
     * @return the definition
     * @throws IllegalArgumentException if the description or the source is blank, or either
     *     spans several lines
     */
    public static RuleDefinition of(RuleCode code, Severity defaultSeverity, String description, String source) {
        return ImmutableRuleDefinition.of(code, defaultSeverity, description, source);
    }

    @Value.Check
    final void check() {
        checkArgument(
                !TextChecks.isBlank(description()) && description().lines().count() == 1,
                "rule %s needs a one-line description: \"%s\"",
                code(),
                description());
        checkArgument(
                !TextChecks.isBlank(source()) && source().lines().count() == 1,
                "rule %s needs a one-line source: \"%s\"",
                code(),
                source());
    }
}

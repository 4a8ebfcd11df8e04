package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.civicpatrol.internal.TextChecks;
import org.immutables.value.Value;

/**
 * What a rule is: its code, its default severity, a one-line description and its legal source,
 * and the {@linkplain #texts() texts} of its title, description and messages in other languages.
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
     * Returns the texts of the rule's title, description and messages in other languages: {@link
     * RuleTexts#builtIn()} unless {@linkplain #withTexts(RuleTexts) given}. They are not part of
     * the definition's value: {@link #equals} and {@link #hashCode} leave them out.
     *
     * @return the texts
     */
    @Value.Default
    @Value.Auxiliary
    public RuleTexts texts() {
        return RuleTexts.builtIn();
    }

    /**
     * Returns this definition with the texts of a caller's rule. The rule's messages are rendered
     * from them too: its violations' {@link Violation#texts()} are these.
     *
     * @param texts the texts, holding {@code CODE.title}, {@code CODE.description} and the
     *     templates {@code CODE.<key>} of the messages the rule reports
     * @return a definition equal to this one, with these texts
     */
    public final RuleDefinition withTexts(RuleTexts texts) {
        checkNotNull(texts, "texts");
        return ImmutableRuleDefinition.builder().from(this).texts(texts).build();
    }

    /**
     * Returns the rule's title in the language of {@code locale}, such as {@code Patrol without a
     * leader} or {@code 대장 없는 방범대}: the text {@code CODE.title} of {@link #texts()}, or the
     * code where there is none.
     *
     * @param locale the language wanted
     * @return the title
     */
    public final String title(Locale locale) {
        checkNotNull(locale, "locale");
        return texts().find(code() + ".title", locale).orElse(code().value());
    }

    /**
     * Returns the description in the language of {@code locale}: the text {@code
     * CODE.description} of {@link #texts()}, or {@link #description()} where there is none.
     *
     * @param locale the language wanted
     * @return the description
     */
    public final String description(Locale locale) {
        checkNotNull(locale, "locale");
        return texts().find(code() + ".description", locale).orElse(description());
    }

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

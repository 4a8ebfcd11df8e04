package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The texts of rules in one or more languages, by key: a rule's title ({@code CODE.title}), its
 * description ({@code CODE.description}) and the templates of its messages ({@code
 * CODE.message}, {@code CODE.message.joint}, …).
 *
 * <p>A template writes an argument of the {@link Message} as its name between braces: {@code
 * patrol {patrol} has no leader among its active members on {date}}. {@code {limit,ordinal}}
 * shows a number as an English ordinal ({@code 3rd}), and {@code {level,name}} a district level
 * by its bare name ({@code municipality}, not {@code municipality(2)}); in Korean both show the
 * plain value. Other braces and quotes are text.
 *
 * <p>{@link #builtIn()} holds the texts of the library's rules in English and Korean. A caller's
 * rule supplies its own through {@link RuleDefinition#withTexts(RuleTexts)}, usually from its
 * resource bundles:
 *
 * <pre>{@code
 * RuleTexts texts = RuleTexts.fromBundles(locale -> ResourceBundle.getBundle("com.city.PatrolRules", locale));
 * RuleDefinition definition = RuleDefinition.of(PATROL_WITHOUT_POST, Severity.WARNING,
 *         "A registered patrol has at least one patrol post.", RuleDefinition.GENERAL).withTexts(texts);
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe, and must not throw.
 */
@Immutable
@FunctionalInterface
public interface RuleTexts {

    /**
     * Returns the text stored under {@code key} for {@code locale}.
     *
     * @param key the full key, such as {@code PATROL_WITHOUT_LEADER.title}
     * @param locale the language wanted
     * @return the text, or empty if there is none for that key
     */
    Optional<String> find(String key, Locale locale);

    /**
     * Returns the texts of the library's built-in rules: Korean for a Korean locale, English for
     * any other, whatever the JVM's default locale.
     *
     * @return the built-in texts
     */
    static RuleTexts builtIn() {
        return BuiltInTexts.INSTANCE;
    }

    /**
     * Returns texts read from resource bundles. A bundle that cannot be found, and a key a bundle
     * does not hold, give no text; the rule's English description and message are used instead.
     *
     * <p>{@code bundles} is called from the thread that renders a message, and must be
     * stateless and thread-safe. Call {@link ResourceBundle#getBundle} in it from your own code,
     * so that bundles of your module are found; note that {@code getBundle} falls back to the
     * JVM's default locale unless given a {@link ResourceBundle.Control} that does not.
     *
     * @param bundles the bundle for a locale
     * @return the texts
     */
    static RuleTexts fromBundles(Function<Locale, ResourceBundle> bundles) {
        checkNotNull(bundles, "bundles");
        return new BundleTexts(bundles);
    }
}

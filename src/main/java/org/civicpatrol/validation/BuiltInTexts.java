package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.civicpatrol.internal.LibraryBundles;

/**
 * The texts of the built-in rules, from the UTF-8 bundles {@code rules_en} and {@code rules_ko}
 * of this package. The language depends only on the locale asked for: each bundle is loaded by
 * its own language, so the JVM's default locale is never a fallback.
 */
@Immutable
final class BuiltInTexts implements RuleTexts {

    static final BuiltInTexts INSTANCE = new BuiltInTexts();

    private static final String BUNDLE = "org.civicpatrol.validation.rules";

    private BuiltInTexts() {}

    /** The bundles, loaded on first use. */
    private static final class Bundles {
        static final ResourceBundle ENGLISH = LibraryBundles.load(BUNDLE, Locale.ENGLISH);
        static final ResourceBundle KOREAN = LibraryBundles.load(BUNDLE, Locale.KOREAN);
    }

    @Override
    public Optional<String> find(String key, Locale locale) {
        checkNotNull(key, "key");
        checkNotNull(locale, "locale");
        ResourceBundle bundle = Templates.isKorean(locale) ? Bundles.KOREAN : Bundles.ENGLISH;
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "RuleTexts.builtIn()";
    }
}

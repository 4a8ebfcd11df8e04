package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/** Texts read from the caller's bundles. */
@Immutable
final class BundleTexts implements RuleTexts {

    @SuppressWarnings("Immutable") // documented to be stateless
    private final Function<Locale, ResourceBundle> bundles;

    BundleTexts(Function<Locale, ResourceBundle> bundles) {
        this.bundles = bundles;
    }

    @Override
    public Optional<String> find(String key, Locale locale) {
        checkNotNull(key, "key");
        checkNotNull(locale, "locale");
        try {
            ResourceBundle bundle = bundles.apply(locale);
            return bundle != null && bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException | ClassCastException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "RuleTexts.fromBundles(" + bundles + ")";
    }
}

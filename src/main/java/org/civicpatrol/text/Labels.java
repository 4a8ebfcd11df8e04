package org.civicpatrol.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import org.civicpatrol.internal.LibraryBundles;

/**
 * Display names in one language: Korean for a Korean locale, English for any other.
 *
 * <pre>{@code
 * Labels korean = Labels.of(Locale.KOREAN);
 * korean.name(ActivityType.CRIME_PREVENTION_PATROL);     // "방범순찰"
 * korean.name(Role.DEPUTY);                              // "부대장"
 * korean.ageBand(OptionalInt.of(30), OptionalInt.of(40)); // "30~39세"
 * Labels.of(Locale.ENGLISH).name(PoliceUnitKind.BOX);    // "police box"
 * }</pre>
 *
 * <p>Which language is chosen depends only on the locale asked for, never on the JVM's default
 * locale. Instances are immutable and thread-safe.
 */
@Immutable
public final class Labels {

    private static final String BUNDLE = "org.civicpatrol.text.labels";
    private static final Labels ENGLISH = new Labels(Locale.ENGLISH);
    private static final Labels KOREAN = new Labels(Locale.KOREAN);

    private final Locale locale;

    private Labels(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the display names for {@code locale}: Korean if its language is Korean, English
     * otherwise.
     *
     * @param locale any locale
     * @return the labels
     */
    public static Labels of(Locale locale) {
        checkNotNull(locale, "locale");
        return locale.getLanguage().equals(Locale.KOREAN.getLanguage()) ? KOREAN : ENGLISH;
    }

    /**
     * Returns the language of these labels: {@link Locale#KOREAN} or {@link Locale#ENGLISH}.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the display name of one of the library's enum constants.
     *
     * @param constant a constant of an enum of the library, such as {@code Role.LEADER}
     * @return its display name
     * @throws IllegalArgumentException if the enum is not one of the library's
     */
    public String name(Enum<?> constant) {
        checkNotNull(constant, "constant");
        Class<?> type = constant.getDeclaringClass();
        checkArgument(
                type.getPackageName().startsWith("org.civicpatrol.") && type.getEnclosingClass() == null,
                "no display name for %s: not an enum of the library",
                type.getName());
        return text(type.getSimpleName() + "." + constant.name());
    }

    /**
     * Returns the name of an unknown value, as the key of counts whose value was not recorded
     * (an age without a birth date): {@code unknown}, {@code 미상}.
     *
     * @return the name
     */
    public String unknown() {
        return text("unknown");
    }

    /**
     * Returns the label of an age band from {@code from} (inclusive) to {@code to} (exclusive):
     * {@code under 30} / {@code 30세 미만} from 0, {@code 30-39} / {@code 30~39세}, {@code 60 and
     * over} / {@code 60세 이상} without an end, {@link #unknown()} without a start.
     *
     * @param from the first age, or empty for the band of unknown ages
     * @param to the first age after the band, or empty for a band without an end
     * @return the label
     * @throws IllegalArgumentException if an age is negative or {@code to} is not above {@code
     *     from}
     */
    public String ageBand(OptionalInt from, OptionalInt to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        if (from.isEmpty()) {
            checkArgument(to.isEmpty(), "a band of unknown ages has no end");
            return unknown();
        }
        int first = from.getAsInt();
        checkArgument(first >= 0, "an age band cannot start below 0: %s", first);
        if (to.isEmpty()) {
            return text("ageBand.atLeast").replace("{0}", Integer.toString(first));
        }
        int end = to.getAsInt();
        checkArgument(end > first, "an age band must end after it starts: %s..%s", first, end);
        if (first == 0) {
            return text("ageBand.under").replace("{0}", Integer.toString(end));
        }
        if (end - first == 1) {
            return text("ageBand.exactly").replace("{0}", Integer.toString(first));
        }
        return text("ageBand.between")
                .replace("{0}", Integer.toString(first))
                .replace("{1}", Integer.toString(end - 1));
    }

    private String text(String key) {
        ResourceBundle bundle = locale.equals(Locale.KOREAN) ? Bundles.KOREAN : Bundles.ENGLISH;
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the labels have no text for " + key + " in " + locale, e);
        }
    }

    /** The two bundles, looked up once, on first use, rather than on every label. */
    private static final class Bundles {
        static final ResourceBundle ENGLISH = LibraryBundles.load(BUNDLE, Locale.ENGLISH);
        static final ResourceBundle KOREAN = LibraryBundles.load(BUNDLE, Locale.KOREAN);
    }

    @Override
    public String toString() {
        return "Labels{" + locale + "}";
    }
}

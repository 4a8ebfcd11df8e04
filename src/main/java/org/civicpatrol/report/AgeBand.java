package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import java.util.OptionalInt;
import org.civicpatrol.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A band of ages in whole years, {@code [from, to)}, the key of {@link
 * MemberSummary#byAgeBand()}; or the band of members whose age is not recorded, {@link
 * #unknown()}, a value of its own.
 *
 * <p>{@link AgeBands} cuts the ages into bands; a band is equal to another with the same bounds.
 * Bands order youngest first, the unknown band last. Instances are immutable and thread-safe.
 */
@Immutable
public final class AgeBand implements Comparable<AgeBand> {

    private static final AgeBand UNKNOWN = new AgeBand(-1, -1);

    // -1 and -1 for the unknown band; to == Integer.MAX_VALUE for a band without an upper bound.
    private final int from;
    private final int to;

    private AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Returns the band of ages from {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param from the youngest age in the band
     * @param to the first age above the band
     * @return the band
     * @throws IllegalArgumentException if {@code from} is negative or {@code to} is not above it
     */
    public static AgeBand between(int from, int to) {
        checkArgument(0 <= from && from < to, "age band must satisfy 0 <= from < to: %s..%s", from, to);
        return new AgeBand(from, to);
    }

    /**
     * Returns the band of ages from {@code from} up, without an upper bound.
     *
     * @param from the youngest age in the band
     * @return the band
     * @throws IllegalArgumentException if {@code from} is negative
     */
    public static AgeBand atLeast(int from) {
        checkArgument(from >= 0, "age band must not start below 0: %s", from);
        return new AgeBand(from, Integer.MAX_VALUE);
    }

    /**
     * Returns the band of members whose age is not recorded.
     *
     * @return the unknown band
     */
    public static AgeBand unknown() {
        return UNKNOWN;
    }

    /**
     * Returns whether this is the band of members whose age is not recorded.
     *
     * @return {@code true} for {@link #unknown()}
     */
    public boolean isUnknown() {
        return from < 0;
    }

    /**
     * Returns the youngest age in the band.
     *
     * @return the age, or empty for the unknown band
     */
    public OptionalInt from() {
        return isUnknown() ? OptionalInt.empty() : OptionalInt.of(from);
    }

    /**
     * Returns the first age above the band.
     *
     * @return the age, or empty for a band without an upper bound and for the unknown band
     */
    public OptionalInt to() {
        return isUnknown() || to == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(to);
    }

    /**
     * Returns whether {@code age} lies in the band; no age lies in the unknown band.
     *
     * @param age an age in whole years
     * @return {@code true} if {@code from <= age < to}
     */
    public boolean contains(int age) {
        return !isUnknown() && from <= age && (age < to || to == Integer.MAX_VALUE);
    }

    /**
     * Returns an English label: {@code under 30}, {@code 30-39}, {@code 60 and over}, {@code 18}
     * for a band of one age, or {@code unknown}.
     *
     * @return the label
     */
    public String label() {
        if (isUnknown()) {
            return "unknown";
        }
        if (to == Integer.MAX_VALUE) {
            return from + " and over";
        }
        if (from == 0) {
            return "under " + to;
        }
        return to - from == 1 ? Integer.toString(from) : from + "-" + (to - 1);
    }

    /**
     * Returns the label in the language of {@code locale}: Korean ({@code 30~39세}, {@code 60세
     * 이상}, {@code 미상}) for a Korean locale, otherwise English, as {@link #label()}. Labels of
     * the caller's own are given by {@link AgeBands#withLabels(java.util.Map)}.
     *
     * @param locale the locale
     * @return the label
     */
    public String label(Locale locale) {
        return Labels.of(locale).ageBand(from(), to());
    }

    /** Orders the bands by their youngest age, then by their upper bound; the unknown band last. */
    @Override
    public int compareTo(AgeBand other) {
        if (isUnknown() || other.isUnknown()) {
            return Boolean.compare(isUnknown(), other.isUnknown());
        }
        int byFrom = Integer.compare(from, other.from);
        return byFrom != 0 ? byFrom : Integer.compare(to, other.to);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof AgeBand other && from == other.from && to == other.to;
    }

    @Override
    public int hashCode() {
        return 31 * from + to;
    }

    /** Returns the {@linkplain #label() label}. */
    @Override
    public String toString() {
        return label();
    }
}

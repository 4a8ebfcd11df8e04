package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Ints;
import com.google.errorprone.annotations.Immutable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.civicpatrol.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * How ages are banded in reports: ascending lower bounds that split ages into bands, with one
 * band below the first bound and one band for members whose age is unknown.
 *
 * <p>{@link #standard()} gives under 30, 30s, 40s, 50s and 60 and over, the bands of Korean
 * statistics. {@code AgeBands.of(25, 65)} gives under 25, 25 to 64, and 65 and over. Labels are
 * {@code under 30}, {@code 30-39}, {@code 60 and over} and {@code unknown}.
 */
@Immutable
public final class AgeBands {

    private static final AgeBands STANDARD = of(30, 40, 50, 60);

    private final ImmutableList<Integer> bounds;
    private final ImmutableList<AgeBand> bands;
    private final ImmutableMap<AgeBand, String> labels;

    private AgeBands(AgeBands cut, ImmutableMap<AgeBand, String> labels) {
        this.bounds = cut.bounds;
        this.bands = cut.bands;
        this.labels = labels;
    }

    private AgeBands(int[] bounds) {
        this.labels = ImmutableMap.of();
        this.bounds = ImmutableList.copyOf(Ints.asList(bounds));
        List<AgeBand> cut = new ArrayList<>();
        cut.add(AgeBand.between(0, bounds[0]));
        for (int i = 1; i < bounds.length; i++) {
            cut.add(AgeBand.between(bounds[i - 1], bounds[i]));
        }
        cut.add(AgeBand.atLeast(bounds[bounds.length - 1]));
        cut.add(AgeBand.unknown());
        this.bands = ImmutableList.copyOf(cut);
    }

    /**
     * Returns bands split at {@code bounds}.
     *
     * @param bounds one or more strictly ascending, positive ages
     * @return the bands
     * @throws IllegalArgumentException if there is no bound, or the bounds are not positive and
     *     strictly ascending
     */
    public static AgeBands of(int... bounds) {
        checkNotNull(bounds, "bounds");
        checkArgument(bounds.length > 0, "age bands need at least one bound");
        for (int i = 0; i < bounds.length; i++) {
            checkArgument(
                    bounds[i] > 0 && (i == 0 || bounds[i] > bounds[i - 1]),
                    "age band bounds must be positive and strictly ascending: %s",
                    Ints.asList(bounds));
        }
        return new AgeBands(bounds.clone());
    }

    /**
     * Returns under 30, 30s, 40s, 50s, 60 and over.
     *
     * @return the standard bands
     */
    public static AgeBands standard() {
        return STANDARD;
    }

    /**
     * Returns every band, youngest first, then {@link AgeBand#unknown()}.
     *
     * @return the bands
     */
    public ImmutableList<AgeBand> bands() {
        return bands;
    }

    /**
     * Returns these bands with labels of the caller's own, such as {@code 청년} for the band under
     * 30: {@link #label(AgeBand, Locale)} gives them in every language, and the bands without one
     * keep their {@linkplain AgeBand#label(Locale) localised label}. The labels name the bands
     * and do not cut them: {@link #equals} and {@link #hashCode} leave them out, so summaries
     * with the same bounds add up whatever their labels, and the JSON form of a summary does not
     * carry them.
     *
     * @param labels a label for some or all of {@link #bands()}, replacing any given before
     * @return bands with the same bounds and these labels
     * @throws IllegalArgumentException if a band is not one of {@link #bands()}, or a label is
     *     blank or spans several lines
     */
    public AgeBands withLabels(Map<AgeBand, String> labels) {
        checkNotNull(labels, "labels");
        labels.forEach((band, label) -> {
            checkNotNull(band, "band");
            checkNotNull(label, "label of %s", band);
            checkArgument(bands.contains(band), "%s is not one of %s", band, this);
            checkArgument(
                    !TextChecks.isBlank(label) && label.lines().count() == 1,
                    "the label of band %s must be one non-blank line: \"%s\"",
                    band,
                    label);
        });
        return new AgeBands(this, ImmutableMap.copyOf(labels));
    }

    /**
     * Returns the label of {@code band}: the one {@linkplain #withLabels(Map) given}, or else the
     * band's label in the language of {@code locale} ({@code 30~39세}, {@code 30-39}).
     *
     * @param band one of {@link #bands()}
     * @param locale the language wanted
     * @return the label
     * @throws IllegalArgumentException if {@code band} is not one of {@link #bands()}
     */
    public String label(AgeBand band, Locale locale) {
        checkNotNull(band, "band");
        checkNotNull(locale, "locale");
        checkArgument(bands.contains(band), "%s is not one of %s", band, this);
        String given = labels.get(band);
        return given != null ? given : band.label(locale);
    }

    /**
     * Returns the band of {@code age}.
     *
     * @param age an age in whole years, or empty if unknown
     * @return the band, {@link AgeBand#unknown()} if {@code age} is empty
     */
    public AgeBand bandOf(OptionalInt age) {
        return bands.get(indexOf(age));
    }

    /** Returns the index in {@link #bands()} of the band of {@code age}. */
    int indexOf(OptionalInt age) {
        if (age.isEmpty()) {
            return bands.size() - 1;
        }
        int band = 0;
        while (band < bounds.size() && age.getAsInt() >= bounds.get(band)) {
            band++;
        }
        return band;
    }

    /** Tells whether {@code obj} cuts ages at the same bounds; labels play no part. */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof AgeBands other && bounds.equals(other.bounds);
    }

    @Override
    public int hashCode() {
        return bounds.hashCode();
    }

    /** Returns the bands' labels: {@code AgeBands[under 30, 30-39, ..., unknown]}. */
    @Override
    public String toString() {
        return "AgeBands" + bands;
    }
}

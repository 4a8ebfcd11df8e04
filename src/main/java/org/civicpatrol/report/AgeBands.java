package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;
import com.google.errorprone.annotations.Immutable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
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

    private AgeBands(int[] bounds) {
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

package org.civicpatrol.geo;

import static com.google.common.base.Preconditions.checkArgument;

import org.civicpatrol.internal.TextChecks;
import org.immutables.value.Value;

/**
 * A level of an administrative hierarchy, such as a province or a neighbourhood.
 *
 * <p>Levels are data, not a fixed list, so that hierarchies of any depth and naming can be
 * expressed: Korea's 시·도 / 시·군·구 / 읍·면·동 ({@link KoreanDistrictLevels}), an English
 * region / county / parish, or a Japanese prefecture / municipality. The {@linkplain #rank() rank}
 * orders the levels: 0 is the top of the hierarchy and each level below has a greater rank, so a
 * district's parent has a smaller rank than the district itself.
 */
@Value.Immutable
public abstract class DistrictLevel implements Comparable<DistrictLevel> {

    DistrictLevel() {}

    /**
     * Returns the name of the level, such as {@code "province"}.
     *
     * @return the non-blank name
     */
    @Value.Parameter
    public abstract String name();

    /**
     * Returns the depth of the level in its hierarchy: 0 at the top, greater below.
     *
     * @return the non-negative rank
     */
    @Value.Parameter
    public abstract int rank();

    /**
     * Returns the level with the given name and rank.
     *
     * @param name the name of the level
     * @param rank the depth of the level, 0 at the top
     * @return the level
     * @throws IllegalArgumentException if {@code name} is blank or {@code rank} is negative
     */
    public static DistrictLevel of(String name, int rank) {
        return ImmutableDistrictLevel.of(name, rank);
    }

    @Value.Check
    final void check() {
        checkArgument(!TextChecks.isBlank(name()), "district level name must not be blank: \"%s\"", name());
        checkArgument(rank() >= 0, "district level %s has a negative rank: %s", name(), rank());
    }

    /**
     * Returns whether this level lies above {@code other} in the hierarchy.
     *
     * @param other the other level
     * @return true if this level's rank is smaller
     */
    public boolean isAbove(DistrictLevel other) {
        return rank() < other.rank();
    }

    /** Orders levels from the top of the hierarchy down, then by name. */
    @Override
    public int compareTo(DistrictLevel other) {
        int byRank = Integer.compare(rank(), other.rank());
        return byRank != 0 ? byRank : name().compareTo(other.name());
    }

    /** Returns the name and the rank, as in {@code province(1)}. */
    @Override
    public final String toString() {
        return name() + "(" + rank() + ")";
    }
}

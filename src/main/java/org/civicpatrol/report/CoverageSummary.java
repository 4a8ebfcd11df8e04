package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.geo.DistrictId;
import org.jspecify.annotations.Nullable;

/**
 * How well the activities of a period cover an area: its neighbourhoods (the districts without
 * children, valid on the date), those covered by at least the options' threshold of activities,
 * those without an active patrol, and the same for its sites with concerns.
 *
 * <p>A coverage summary is an immutable value of distinct sets: {@link #plus} is a union,
 * associative, commutative and idempotent, with {@link #empty()} as identity. Roll-ups by
 * district fill it; roll-ups by federation or police unit leave it empty, since those have no
 * territory of districts.
 */
@Immutable
public final class CoverageSummary {

    private static final CoverageSummary EMPTY = new CoverageSummary(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    // An unmodifiable set whose only other reference, its builder's, is dropped once built.
    @SuppressWarnings("Immutable")
    private final Set<DistrictId> neighbourhoods;
    // An unmodifiable set whose only other reference, its builder's, is dropped once built.
    @SuppressWarnings("Immutable")
    private final Set<DistrictId> covered;
    // An unmodifiable set whose only other reference, its builder's, is dropped once built.
    @SuppressWarnings("Immutable")
    private final Set<DistrictId> withoutActivePatrol;
    // An unmodifiable set whose only other reference, its builder's, is dropped once built.
    @SuppressWarnings("Immutable")
    private final Set<SiteId> sitesWithConcerns;
    // An unmodifiable set whose only other reference, its builder's, is dropped once built.
    @SuppressWarnings("Immutable")
    private final Set<SiteId> sitesCovered;

    CoverageSummary(
            Set<DistrictId> neighbourhoods,
            Set<DistrictId> covered,
            Set<DistrictId> withoutActivePatrol,
            Set<SiteId> sitesWithConcerns,
            Set<SiteId> sitesCovered) {
        this.neighbourhoods = neighbourhoods;
        this.covered = covered;
        this.withoutActivePatrol = withoutActivePatrol;
        this.sitesWithConcerns = sitesWithConcerns;
        this.sitesCovered = sitesCovered;
    }

    /**
     * Returns the coverage of nothing.
     *
     * @return the empty summary
     */
    public static CoverageSummary empty() {
        return EMPTY;
    }

    /**
     * Returns the coverage of both areas, each neighbourhood and site counted once.
     *
     * @param other the other summary
     * @return the union
     */
    public CoverageSummary plus(CoverageSummary other) {
        checkNotNull(other, "other");
        return new Builder().addAll(this).addAll(other).build();
    }

    /** The mutable union behind a summary; build once, then drop it. */
    static final class Builder {
        private final Set<DistrictId> neighbourhoods = new HashSet<>();
        private final Set<DistrictId> covered = new HashSet<>();
        private final Set<DistrictId> withoutActivePatrol = new HashSet<>();
        private final Set<SiteId> sitesWithConcerns = new HashSet<>();
        private final Set<SiteId> sitesCovered = new HashSet<>();

        @CanIgnoreReturnValue
        Builder addAll(CoverageSummary s) {
            neighbourhoods.addAll(s.neighbourhoods);
            covered.addAll(s.covered);
            withoutActivePatrol.addAll(s.withoutActivePatrol);
            sitesWithConcerns.addAll(s.sitesWithConcerns);
            sitesCovered.addAll(s.sitesCovered);
            return this;
        }

        CoverageSummary build() {
            return new CoverageSummary(
                    Collections.unmodifiableSet(neighbourhoods),
                    Collections.unmodifiableSet(covered),
                    Collections.unmodifiableSet(withoutActivePatrol),
                    Collections.unmodifiableSet(sitesWithConcerns),
                    Collections.unmodifiableSet(sitesCovered));
        }
    }

    /**
     * Returns the neighbourhoods of the area that the period's activities did not cover: the list
     * behind {@link #neighbourhoodCoverage()}.
     *
     * @return their ids, sorted
     */
    public Set<DistrictId> neighbourhoodsNotCovered() {
        return difference(neighbourhoods, covered);
    }

    /**
     * Returns the sites with concerns that the period's activities did not cover.
     *
     * @return their ids, sorted
     */
    public Set<SiteId> sitesNotCovered() {
        return difference(sitesWithConcerns, sitesCovered);
    }

    private static <T extends Comparable<? super T>> Set<T> difference(Set<T> all, Set<T> some) {
        return all.stream().filter(t -> !some.contains(t)).sorted().collect(ImmutableSet.toImmutableSet());
    }

    /**
     * Returns the neighbourhoods of the area: districts without children, valid on the date.
     *
     * @return their ids, an unmodifiable set
     */
    public Set<DistrictId> neighbourhoods() {
        return neighbourhoods;
    }

    /**
     * Returns the neighbourhoods covered by at least the threshold of activities in the period.
     *
     * @return their ids, an unmodifiable set
     */
    public Set<DistrictId> coveredNeighbourhoods() {
        return covered;
    }

    /**
     * Returns the neighbourhoods in the activity area of no active patrol.
     *
     * @return their ids, an unmodifiable set
     */
    public Set<DistrictId> neighbourhoodsWithoutActivePatrol() {
        return withoutActivePatrol;
    }

    /**
     * Returns the share of neighbourhoods covered.
     *
     * @return covered divided by all, or empty if the area has none
     */
    public OptionalDouble neighbourhoodCoverage() {
        return share(covered.size(), neighbourhoods.size());
    }

    /**
     * Returns the sites of the area with at least one concern.
     *
     * @return their ids, an unmodifiable set
     */
    public Set<SiteId> sitesWithConcerns() {
        return sitesWithConcerns;
    }

    /**
     * Returns the sites with concerns that at least the threshold of activities visited.
     *
     * @return their ids, an unmodifiable set
     */
    public Set<SiteId> sitesCovered() {
        return sitesCovered;
    }

    /**
     * Returns the share of sites with concerns covered.
     *
     * @return covered divided by all, or empty if the area has none
     */
    public OptionalDouble siteCoverage() {
        return share(sitesCovered.size(), sitesWithConcerns.size());
    }

    static OptionalDouble share(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof CoverageSummary o
                && neighbourhoods.equals(o.neighbourhoods)
                && covered.equals(o.covered)
                && withoutActivePatrol.equals(o.withoutActivePatrol)
                && sitesWithConcerns.equals(o.sitesWithConcerns)
                && sitesCovered.equals(o.sitesCovered);
    }

    @Override
    public int hashCode() {
        return Objects.hash(neighbourhoods, covered, withoutActivePatrol, sitesWithConcerns, sitesCovered);
    }

    /** Returns the counts. */
    @Override
    public String toString() {
        return "CoverageSummary{neighbourhoods=" + neighbourhoods.size() + ", covered=" + covered.size()
                + ", withoutActivePatrol=" + withoutActivePatrol.size() + ", sitesWithConcerns="
                + sitesWithConcerns.size() + ", sitesCovered=" + sitesCovered.size() + "}";
    }
}

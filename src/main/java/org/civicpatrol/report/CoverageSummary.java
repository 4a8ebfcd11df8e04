package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.OptionalDouble;
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
public final class CoverageSummary {

    private static final CoverageSummary EMPTY = new CoverageSummary(
            ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());

    private final ImmutableSet<DistrictId> neighbourhoods;
    private final ImmutableSet<DistrictId> covered;
    private final ImmutableSet<DistrictId> withoutActivePatrol;
    private final ImmutableSet<SiteId> sitesWithConcerns;
    private final ImmutableSet<SiteId> sitesCovered;

    CoverageSummary(
            ImmutableSet<DistrictId> neighbourhoods,
            ImmutableSet<DistrictId> covered,
            ImmutableSet<DistrictId> withoutActivePatrol,
            ImmutableSet<SiteId> sitesWithConcerns,
            ImmutableSet<SiteId> sitesCovered) {
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
        return new CoverageSummary(
                union(neighbourhoods, other.neighbourhoods),
                union(covered, other.covered),
                union(withoutActivePatrol, other.withoutActivePatrol),
                union(sitesWithConcerns, other.sitesWithConcerns),
                union(sitesCovered, other.sitesCovered));
    }

    private static <T> ImmutableSet<T> union(ImmutableSet<T> a, ImmutableSet<T> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Sets.union(a, b).immutableCopy();
    }

    /**
     * Returns the neighbourhoods of the area: districts without children, valid on the date.
     *
     * @return their ids
     */
    public ImmutableSet<DistrictId> neighbourhoods() {
        return neighbourhoods;
    }

    /**
     * Returns the neighbourhoods covered by at least the threshold of activities in the period.
     *
     * @return their ids
     */
    public ImmutableSet<DistrictId> coveredNeighbourhoods() {
        return covered;
    }

    /**
     * Returns the neighbourhoods in the activity area of no active patrol.
     *
     * @return their ids
     */
    public ImmutableSet<DistrictId> neighbourhoodsWithoutActivePatrol() {
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
     * @return their ids
     */
    public ImmutableSet<SiteId> sitesWithConcerns() {
        return sitesWithConcerns;
    }

    /**
     * Returns the sites with concerns that at least the threshold of activities visited.
     *
     * @return their ids
     */
    public ImmutableSet<SiteId> sitesCovered() {
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

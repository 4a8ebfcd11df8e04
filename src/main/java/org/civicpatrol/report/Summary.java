package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.civicpatrol.patrol.PatrolId;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The summary of a group of patrols, such as those of a district, a federation or a police
 * unit: the patrols themselves, their members and their activities.
 *
 * <p>A summary is an immutable value with {@link #empty()} and {@link #plus}, associative and
 * commutative. Patrols and members are distinct sets, so a patrol or a member counts once in
 * any summary that covers it twice; activities are sums, so the caller summarises each activity
 * once (roll-ups count an activity for the patrol that organised it).
 *
 * <p>Definitions, for a date {@code asOf} and a period: <em>registered</em> patrols are
 * registered on {@code asOf}; <em>active</em> patrols are registered on {@code asOf} and
 * organised at least one activity in the period; <em>dissolved</em> patrols were dissolved in
 * the period. See {@link MemberSummary}, {@link ActivitySummary} and {@link FundingSummary} for
 * the rest.
 */
@Immutable
public final class Summary {

    private static final Summary EMPTY = new Summary(
            ImmutableSet.of(),
            ImmutableSet.of(),
            ImmutableSet.of(),
            MemberSummary.empty(),
            ActivitySummary.empty(),
            FundingSummary.empty(),
            TrainingSummary.empty(),
            CoverageSummary.empty(),
            ImmutableMap.of());

    // An unmodifiable set whose only other reference, its builder's, is dropped once built.
    @SuppressWarnings("Immutable")
    private final Set<PatrolId> registered;
    // An unmodifiable set whose only other reference, its builder's, is dropped once built.
    @SuppressWarnings("Immutable")
    private final Set<PatrolId> active;
    // An unmodifiable set whose only other reference, its builder's, is dropped once built.
    @SuppressWarnings("Immutable")
    private final Set<PatrolId> dissolved;

    private final MemberSummary members;
    private final ActivitySummary activities;
    private final FundingSummary funding;
    private final TrainingSummary training;
    private final CoverageSummary coverage;
    // The headcount each registered patrol without a recorded roster last reported.
    private final ImmutableMap<PatrolId, Integer> reportedHeadcounts;

    Summary(
            Set<PatrolId> registered,
            Set<PatrolId> active,
            Set<PatrolId> dissolved,
            MemberSummary members,
            ActivitySummary activities,
            FundingSummary funding,
            TrainingSummary training,
            CoverageSummary coverage,
            ImmutableMap<PatrolId, Integer> reportedHeadcounts) {
        this.registered = registered;
        this.active = active;
        this.dissolved = dissolved;
        this.members = members;
        this.activities = activities;
        this.funding = funding;
        this.training = training;
        this.coverage = coverage;
        this.reportedHeadcounts = reportedHeadcounts;
    }

    /**
     * Returns the summary of no patrol.
     *
     * @return the empty summary
     */
    public static Summary empty() {
        return EMPTY;
    }

    /**
     * Returns a collector that adds summaries with {@link #plus}.
     *
     * @return the collector
     */
    public static Collector<Summary, ?, Summary> toSummary() {
        return Collectors.reducing(EMPTY, Summary::plus);
    }

    /**
     * Returns the summary of the patrols of both summaries, patrols and members counted once.
     *
     * @param other the other summary
     * @return the sum
     */
    public Summary plus(Summary other) {
        checkNotNull(other, "other");
        return new Summary(
                union(registered, other.registered),
                union(active, other.active),
                union(dissolved, other.dissolved),
                members.plus(other.members),
                activities.plus(other.activities),
                funding.plus(other.funding),
                training.plus(other.training),
                coverage.plus(other.coverage),
                merge(reportedHeadcounts, other.reportedHeadcounts));
    }

    private static ImmutableMap<PatrolId, Integer> merge(
            ImmutableMap<PatrolId, Integer> a, ImmutableMap<PatrolId, Integer> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        Map<PatrolId, Integer> all = new HashMap<>(a);
        // Summaries of one date agree on a patrol's headcount; others keep the larger, so that
        // plus stays commutative.
        b.forEach((patrol, headcount) -> all.merge(patrol, headcount, Math::max));
        return ImmutableMap.copyOf(all);
    }

    private static Set<PatrolId> union(Set<PatrolId> a, Set<PatrolId> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        Set<PatrolId> all = new HashSet<>(a);
        all.addAll(b);
        return Collections.unmodifiableSet(all);
    }

    /**
     * Returns the patrols registered on the date.
     *
     * @return their ids, an unmodifiable set
     */
    public Set<PatrolId> registeredPatrols() {
        return registered;
    }

    /**
     * Returns the registered patrols that organised at least one activity in the period.
     *
     * @return their ids, an unmodifiable set
     */
    public Set<PatrolId> activePatrols() {
        return active;
    }

    /**
     * Returns the patrols dissolved in the period.
     *
     * @return their ids, an unmodifiable set
     */
    public Set<PatrolId> dissolvedPatrols() {
        return dissolved;
    }

    /**
     * Returns the registered patrols that organised no activity in the period: {@link
     * #registeredPatrols()} without {@link #activePatrols()}.
     *
     * @return their ids, sorted
     */
    public Set<PatrolId> patrolsWithoutActivity() {
        return registered.stream().filter(p -> !active.contains(p)).sorted().collect(ImmutableSet.toImmutableSet());
    }

    /**
     * Returns the patrols registered on the date whose roster is not recorded but which reported
     * a headcount, each with the headcount it last reported by then. These members are not in
     * {@link #members()}, which counts rostered members only: the two are never mixed.
     *
     * @return the reported headcounts by patrol
     */
    public ImmutableMap<PatrolId, Integer> reportedHeadcounts() {
        return reportedHeadcounts;
    }

    /**
     * Returns the members that patrols without a recorded roster reported, summed.
     *
     * @return the sum of {@link #reportedHeadcounts()}
     */
    public long reportedMembers() {
        long total = 0;
        for (int headcount : reportedHeadcounts.values()) {
            total += headcount;
        }
        return total;
    }

    /**
     * Returns the members of the patrols.
     *
     * @return the member summary
     */
    public MemberSummary members() {
        return members;
    }

    /**
     * Returns the activities the patrols organised in the period.
     *
     * @return the activity summary
     */
    public ActivitySummary activities() {
        return activities;
    }

    /**
     * Returns the grants to the patrols (and, in a roll-up, to the node's federations) awarded
     * in the period, with all their spending and refunds.
     *
     * @return the funding summary
     */
    public FundingSummary funding() {
        return funding;
    }

    /**
     * Returns the training compliance of the active members.
     *
     * @return the training summary
     */
    public TrainingSummary training() {
        return training;
    }

    /**
     * Returns the coverage of the area by the period's activities: filled by district roll-ups,
     * empty otherwise.
     *
     * @return the coverage summary
     */
    public CoverageSummary coverage() {
        return coverage;
    }

    /**
     * Returns the amount awarded per distinct active member, rounded half-even to the currency's
     * scale.
     *
     * @return the amount, or empty if there is no grant or no member
     * @throws IllegalStateException if the grants are in several currencies
     */
    public Optional<Money> awardedPerMember() {
        if (funding.grantCount() == 0 || members.count() == 0) {
            return Optional.empty();
        }
        return Optional.of(funding.awarded().dividedBy(members.count(), RoundingMode.HALF_EVEN));
    }

    /**
     * Returns the amount awarded per person-hour of the period's activities, rounded half-even to
     * the currency's scale.
     *
     * @return the amount, or empty if there is no grant or no member time
     * @throws IllegalStateException if the grants are in several currencies
     */
    public Optional<Money> awardedPerPersonHour() {
        long seconds = activities.memberTime().toSeconds();
        if (funding.grantCount() == 0 || seconds == 0) {
            return Optional.empty();
        }
        return Optional.of(funding.awarded().multipliedBy(3_600).dividedBy(seconds, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns the average number of active members per registered patrol.
     *
     * @return distinct active members divided by registered patrols, or empty if none is
     *     registered
     */
    public OptionalDouble membersPerPatrol() {
        return registered.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) members.count() / registered.size());
    }

    /**
     * Returns the person-hours per active member.
     *
     * @return person-hours divided by distinct active members, or empty if there are none
     */
    public OptionalDouble hoursPerActiveMember() {
        return members.count() == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(activities.personHours() / members.count());
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Summary o
                && registered.equals(o.registered)
                && active.equals(o.active)
                && dissolved.equals(o.dissolved)
                && members.equals(o.members)
                && activities.equals(o.activities)
                && funding.equals(o.funding)
                && training.equals(o.training)
                && coverage.equals(o.coverage)
                && reportedHeadcounts.equals(o.reportedHeadcounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(registered, active, dissolved, members, activities);
    }

    /** Returns the main counts. */
    @Override
    public String toString() {
        return "Summary{registeredPatrols=" + registered.size() + ", members=" + members.count() + ", activities="
                + activities.count() + "}";
    }
}

package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.OptionalDouble;
import org.civicpatrol.member.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Training compliance of active members, judged as validation judges it under the options'
 * policy: basic training for members whose basic period is over on the date, in-service training
 * for the last full calendar year for members active all of it and past their basic period.
 *
 * <p>An immutable value of distinct member sets: {@link #plus} is a union, with {@link #empty()}
 * as identity.
 */
public final class TrainingSummary {

    private static final TrainingSummary EMPTY =
            new TrainingSummary(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());

    private final ImmutableSet<MemberId> basicDue;
    private final ImmutableSet<MemberId> basicDone;
    private final ImmutableSet<MemberId> inServiceDue;
    private final ImmutableSet<MemberId> inServiceDone;

    TrainingSummary(
            ImmutableSet<MemberId> basicDue,
            ImmutableSet<MemberId> basicDone,
            ImmutableSet<MemberId> inServiceDue,
            ImmutableSet<MemberId> inServiceDone) {
        this.basicDue = basicDue;
        this.basicDone = basicDone;
        this.inServiceDue = inServiceDue;
        this.inServiceDone = inServiceDone;
    }

    /**
     * Returns the compliance of nobody.
     *
     * @return the empty summary
     */
    public static TrainingSummary empty() {
        return EMPTY;
    }

    /**
     * Returns the compliance of the members of both summaries, each counted once.
     *
     * @param other the other summary
     * @return the union
     */
    public TrainingSummary plus(TrainingSummary other) {
        checkNotNull(other, "other");
        return new TrainingSummary(
                Sets.union(basicDue, other.basicDue).immutableCopy(),
                Sets.union(basicDone, other.basicDone).immutableCopy(),
                Sets.union(inServiceDue, other.inServiceDue).immutableCopy(),
                Sets.union(inServiceDone, other.inServiceDone).immutableCopy());
    }

    /**
     * Returns the number of active members whose basic training was due by the date.
     *
     * @return the count
     */
    public int basicDue() {
        return basicDue.size();
    }

    /**
     * Returns the share of those who completed it.
     *
     * @return compliant divided by due, or empty if nobody was due
     */
    public OptionalDouble basicCompliance() {
        return CoverageSummary.share(basicDone.size(), basicDue.size());
    }

    /**
     * Returns the number of active members due for in-service training in the last full year.
     *
     * @return the count
     */
    public int inServiceDue() {
        return inServiceDue.size();
    }

    /**
     * Returns the share of those who completed it.
     *
     * @return compliant divided by due, or empty if nobody was due
     */
    public OptionalDouble inServiceCompliance() {
        return CoverageSummary.share(inServiceDone.size(), inServiceDue.size());
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof TrainingSummary o
                && basicDue.equals(o.basicDue)
                && basicDone.equals(o.basicDone)
                && inServiceDue.equals(o.inServiceDue)
                && inServiceDone.equals(o.inServiceDone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(basicDue, basicDone, inServiceDue, inServiceDone);
    }

    /** Returns the counts. */
    @Override
    public String toString() {
        return "TrainingSummary{basicDue=" + basicDue.size() + ", basicDone=" + basicDone.size() + ", inServiceDue="
                + inServiceDue.size() + ", inServiceDone=" + inServiceDone.size() + "}";
    }
}

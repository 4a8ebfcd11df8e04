package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import java.util.OptionalDouble;
import java.util.Set;
import org.civicpatrol.member.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Training compliance of active members: the training obligations that {@link
 * org.civicpatrol.registry.Registry#trainingObligationsOf Registry.trainingObligationsOf} finds
 * under the options' training requirement, the same judgement that validation's training rules
 * report on. Basic training counts for members whose basic period is over on the date,
 * in-service training for the last full calendar year for members appointed on its first day
 * and past their basic period by then.
 *
 * <p>An immutable value of distinct member sets: {@link #plus} is a union, with {@link #empty()}
 * as identity.
 */
@Immutable
public final class TrainingSummary {

    static final int BASIC_DUE = 1;
    static final int BASIC_DONE = 2;
    static final int IN_SERVICE_DUE = 4;
    static final int IN_SERVICE_DONE = 8;

    private static final TrainingSummary EMPTY = new Builder().build();

    // Which flags each member has, unioned by bit.
    private final MemberTable flags;
    // Never written after construction, and never handed out.
    @SuppressWarnings("Immutable")
    private final int[] counts = new int[4];

    private TrainingSummary(MemberTable flags) {
        this.flags = flags;
        for (int i = 0; i < flags.size(); i++) {
            long f = flags.value(i);
            for (int bit = 0; bit < 4; bit++) {
                if ((f & (1 << bit)) != 0) {
                    counts[bit]++;
                }
            }
        }
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
        return new Builder().addAll(this).addAll(other).build();
    }

    /**
     * Returns the number of active members whose basic training was due by the date.
     *
     * @return the count
     */
    public int basicDueCount() {
        return counts[0];
    }

    /**
     * Returns the number of those who completed it.
     *
     * @return the count
     */
    public int basicCompletedCount() {
        return counts[1];
    }

    /**
     * Returns the share of those who completed it.
     *
     * @return compliant divided by due, or empty if nobody was due
     */
    public OptionalDouble basicCompliance() {
        return CoverageSummary.share(counts[1], counts[0]);
    }

    /**
     * Returns the number of active members due for in-service training in the last full year.
     *
     * @return the count
     */
    public int inServiceDueCount() {
        return counts[2];
    }

    /**
     * Returns the number of those who completed it.
     *
     * @return the count
     */
    public int inServiceCompletedCount() {
        return counts[3];
    }

    /**
     * Returns the share of those who completed it.
     *
     * @return compliant divided by due, or empty if nobody was due
     */
    public OptionalDouble inServiceCompliance() {
        return CoverageSummary.share(counts[3], counts[2]);
    }

    /**
     * Returns the active members whose basic training was due by the date: the list behind
     * {@link #basicDueCount()}.
     *
     * @return their ids, sorted
     */
    public Set<MemberId> basicDue() {
        return flags.idsWhere(f -> (f & BASIC_DUE) != 0);
    }

    /**
     * Returns those of {@link #basicDue()} who completed it.
     *
     * @return their ids, sorted
     */
    public Set<MemberId> basicCompleted() {
        return flags.idsWhere(f -> (f & BASIC_DUE) != 0 && (f & BASIC_DONE) != 0);
    }

    /**
     * Returns those of {@link #basicDue()} who did not complete it: the members to call to
     * basic training.
     *
     * @return their ids, sorted
     */
    public Set<MemberId> basicBehind() {
        return flags.idsWhere(f -> (f & BASIC_DUE) != 0 && (f & BASIC_DONE) == 0);
    }

    /**
     * Returns the active members due for in-service training in the last full year: the list
     * behind {@link #inServiceDueCount()}.
     *
     * @return their ids, sorted
     */
    public Set<MemberId> inServiceDue() {
        return flags.idsWhere(f -> (f & IN_SERVICE_DUE) != 0);
    }

    /**
     * Returns those of {@link #inServiceDue()} who completed it.
     *
     * @return their ids, sorted
     */
    public Set<MemberId> inServiceCompleted() {
        return flags.idsWhere(f -> (f & IN_SERVICE_DUE) != 0 && (f & IN_SERVICE_DONE) != 0);
    }

    /**
     * Returns those of {@link #inServiceDue()} who did not complete it.
     *
     * @return their ids, sorted
     */
    public Set<MemberId> inServiceBehind() {
        return flags.idsWhere(f -> (f & IN_SERVICE_DUE) != 0 && (f & IN_SERVICE_DONE) == 0);
    }

    /** The members' flags behind the counts, for the JSON support. */
    MemberTable flags() {
        return flags;
    }

    /** The mutable union behind a summary; build once, then drop it. */
    static final class Builder {
        private final MemberTable.Builder flags = new MemberTable.Builder((a, b) -> a | b);

        @CanIgnoreReturnValue
        Builder add(MemberId member, int flag) {
            flags.add(member, flag);
            return this;
        }

        @CanIgnoreReturnValue
        Builder addAll(TrainingSummary s) {
            flags.addAll(s.flags);
            return this;
        }

        TrainingSummary build() {
            return new TrainingSummary(flags.build());
        }
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof TrainingSummary o && flags.equals(o.flags);
    }

    @Override
    public int hashCode() {
        return flags.hashCode();
    }

    /** Returns the counts. */
    @Override
    public String toString() {
        return "TrainingSummary{basicDue=" + counts[0] + ", basicDone=" + counts[1] + ", inServiceDue=" + counts[2]
                + ", inServiceDone=" + counts[3] + "}";
    }
}

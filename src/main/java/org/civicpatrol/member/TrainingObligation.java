package org.civicpatrol.member;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import java.time.Duration;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * Training a member owed in a period, and how much of it they did: the basic training of the
 * period after a new appointment, or the in-service training of one calendar year.
 *
 * <p>{@link org.civicpatrol.registry.Registry#trainingObligationsOf Registry.trainingObligationsOf}
 * says which obligations a member has on a date under a {@link TrainingRequirement}.
 */
@Value.Immutable
@Immutable
public abstract class TrainingObligation {

    TrainingObligation() {}

    /**
     * Returns the member who owes the training.
     *
     * @return the member's id
     */
    @Value.Parameter
    public abstract MemberId member();

    /**
     * Returns the kind of training owed.
     *
     * @return the kind
     */
    @Value.Parameter
    public abstract TrainingKind kind();

    /**
     * Returns the period in which the training was to be done: from a new appointment to the end
     * of the basic period, or one calendar year.
     *
     * @return a bounded period
     */
    @Value.Parameter
    public abstract DateRange period();

    /**
     * Returns how much training of this kind was required in the period.
     *
     * @return the hours, not negative
     */
    @Value.Parameter
    public abstract Duration required();

    /**
     * Returns how much training of this kind the member did on dates in the period.
     *
     * @return the hours, not negative
     */
    @Value.Parameter
    public abstract Duration completed();

    /**
     * Returns an obligation.
     *
     * @param member the member who owes it
     * @param kind the kind of training
     * @param period the period in which it was due
     * @param required how much was required
     * @param completed how much was done
     * @return the obligation
     * @throws IllegalArgumentException if either amount is negative
     */
    public static TrainingObligation of(
            MemberId member, TrainingKind kind, DateRange period, Duration required, Duration completed) {
        return ImmutableTrainingObligation.of(member, kind, period, required, completed);
    }

    /**
     * Returns whether the member did at least the training required.
     *
     * @return {@code true} if {@link #completed()} is at least {@link #required()}
     */
    public boolean isMet() {
        return completed().compareTo(required()) >= 0;
    }

    /**
     * Returns how much training is still missing.
     *
     * @return the difference, zero if the obligation is met
     */
    public Duration shortfall() {
        return isMet() ? Duration.ZERO : required().minus(completed());
    }

    @Value.Check
    final void check() {
        checkArgument(
                !required().isNegative() && !completed().isNegative(),
                "training obligation of member %s must not be negative: required %s, completed %s",
                member(),
                required(),
                completed());
    }
}

package org.civicpatrol.member;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * The training a jurisdiction asks of its members: so many hours of basic training within a
 * period after a new appointment, then, once the basic training is completed, so many hours of
 * in-service training in each calendar year after the year of completion (Korea: 12 hours within
 * 2 years, then 12 hours a year; Act Art. 10, Rule Art. 17(2)).
 *
 * <p>Whether an appointment after a break is new, so that basic training starts again, is
 * {@link #restartsAfterBreak()}: Korea's Rule speaks of a new appointment (신규 위촉), and this
 * library reads a member who rejoins after a day or more outside any patrol as newly appointed,
 * while one who moves from one patrol to another without a break is not.
 *
 * <p>What a member owes on a date under a requirement, and what they have done of it, is one
 * judgement, made by {@link org.civicpatrol.registry.Registry#trainingObligationsOf
 * Registry.trainingObligationsOf}; validation's training rules and the training summaries both
 * read it.
 *
 * <pre>{@code
 * TrainingRequirement korea = TrainingRequirement.of(Duration.ofHours(12), Period.ofYears(2), Duration.ofHours(12));
 * }</pre>
 */
@Value.Immutable
@Immutable
public abstract class TrainingRequirement {

    private static final TrainingRequirement KOREA = of(Duration.ofHours(12), Period.ofYears(2), Duration.ofHours(12));

    TrainingRequirement() {}

    /**
     * Returns the basic training a new member needs.
     *
     * @return the hours, not negative
     */
    @Value.Parameter
    public abstract Duration basic();

    /**
     * Returns the period after a new appointment within which basic training is due.
     *
     * @return a positive period
     */
    @Value.Parameter
    public abstract Period basicPeriod();

    /**
     * Returns the in-service training a member needs in each calendar year after the year in
     * which they completed the basic training.
     *
     * @return the hours, not negative
     */
    @Value.Parameter
    public abstract Duration inServicePerYear();

    /**
     * Returns whether an appointment after a break outside any patrol is a new appointment, from
     * which basic training is due again; if not, the basic period runs from the member's first
     * appointment ever. Korea: {@code true}, a policy choice of this library (Rule Art. 17(2)
     * speaks of a new appointment, 신규 위촉, without saying whether rejoining is one).
     *
     * @return whether rejoining after a break restarts basic training
     */
    @Value.Default
    public boolean restartsAfterBreak() {
        return true;
    }

    /**
     * Returns a requirement.
     *
     * @param basic the basic training a new member needs
     * @param basicPeriod the period after first appointment within which it is due
     * @param inServicePerYear the in-service training needed in each calendar year after that
     * @return the requirement
     * @throws IllegalArgumentException if an amount of training is negative, or the period is
     *     not positive (zero, or with a negative part)
     */
    public static TrainingRequirement of(Duration basic, Period basicPeriod, Duration inServicePerYear) {
        return ImmutableTrainingRequirement.of(basic, basicPeriod, inServicePerYear);
    }

    /**
     * Returns Korea's requirement: 12 hours of basic training within 2 years of first
     * appointment, then 12 hours of in-service training a year (Rule Art. 17(2)).
     *
     * @return Korea's requirement
     */
    public static TrainingRequirement korea() {
        return KOREA;
    }

    /**
     * Returns the first day after the basic period that starts on {@code firstAppointment},
     * counted as civil law counts periods ({@link DateRange#of(LocalDate, Period)}: two years from
     * 29 February end with 28 February), or {@link LocalDate#MAX} if that day lies beyond the
     * dates {@code java.time} can represent.
     *
     * @param firstAppointment the date of the member's first appointment
     * @return the end (exclusive) of the basic period
     */
    public LocalDate basicPeriodEnd(LocalDate firstAppointment) {
        return DateRange.of(firstAppointment, basicPeriod()).end();
    }

    /**
     * Returns this requirement with another reading of rejoining after a break.
     *
     * @param value whether rejoining after a break restarts basic training
     * @return the requirement
     */
    public TrainingRequirement withRestartsAfterBreak(boolean value) {
        return ImmutableTrainingRequirement.builder()
                .from(this)
                .restartsAfterBreak(value)
                .build();
    }

    @Value.Check
    final void check() {
        checkArgument(!basic().isNegative(), "basic training must not be negative: %s", basic());
        checkArgument(
                !basicPeriod().isNegative() && !basicPeriod().isZero(),
                "basic training period must be positive: %s",
                basicPeriod());
        checkArgument(
                !inServicePerYear().isNegative(), "in-service training must not be negative: %s", inServicePerYear());
    }
}

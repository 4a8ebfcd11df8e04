package org.civicpatrol.member;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A training session a member attended: its kind, date and length.
 *
 * <p>Whether a member's hours meet the requirements (12 hours of basic training within 2 years
 * of first appointment, 12 hours of in-service training each year after that, in Korea) is for
 * validation and aggregation to work out from the records.
 *
 * <pre>{@code
 * TrainingRecord record = TrainingRecord.of(
 *         MemberId.of("m-1"), TrainingKind.BASIC, LocalDate.of(2016, 4, 9), Duration.ofHours(4));
 * }</pre>
 */
@Value.Immutable
public abstract class TrainingRecord {

    TrainingRecord() {}

    /**
     * Returns the member who was trained.
     *
     * @return the member's id
     */
    @Value.Parameter
    public abstract MemberId member();

    /**
     * Returns the kind of training.
     *
     * @return the kind
     */
    @Value.Parameter
    public abstract TrainingKind kind();

    /**
     * Returns the date of the session.
     *
     * @return the date
     */
    @Value.Parameter
    public abstract LocalDate date();

    /**
     * Returns the length of the session.
     *
     * @return a positive duration of at most 24 hours
     */
    @Value.Parameter
    public abstract Duration duration();

    /**
     * Returns the record of a session.
     *
     * @param member the member's id
     * @param kind the kind of training
     * @param date the date of the session
     * @param duration its length, positive and at most 24 hours
     * @return the record
     * @throws IllegalArgumentException if {@code duration} is zero, negative or longer than a day
     */
    public static TrainingRecord of(MemberId member, TrainingKind kind, LocalDate date, Duration duration) {
        return ImmutableTrainingRecord.of(member, kind, date, duration);
    }

    @Value.Check
    final void check() {
        checkArgument(
                !duration().isNegative() && !duration().isZero() && duration().compareTo(Duration.ofDays(1)) <= 0,
                "training of member %s on %s must last more than nothing and at most a day: %s",
                member(),
                date(),
                duration());
    }
}

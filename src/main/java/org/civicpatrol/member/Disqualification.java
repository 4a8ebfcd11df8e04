package org.civicpatrol.member;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Period;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * A fact that may disqualify a member: its kind and the period during which it held.
 *
 * <p>This is the minimal record that validation needs to apply a jurisdiction's disqualification
 * rules (Korea: Act Art. 5): it says neither the offence nor the court, only the kind and the
 * dates. It is still criminal-record data, so {@link #toString()} shows nothing of it, and
 * {@link Member#toString()} does not show a member's disqualifications.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Disqualification {

    Disqualification() {}

    /**
     * Returns the kind of fact.
     *
     * @return the kind
     */
    @Value.Parameter
    public abstract DisqualificationKind kind();

    /**
     * Returns the period during which the fact held: the wardship, the time served, the
     * suspension. An unbounded end means the fact still holds.
     *
     * @return the period, never empty and never without a start
     */
    @Value.Parameter
    public abstract DateRange period();

    /**
     * Returns a fact of {@code kind} that held during {@code period}.
     *
     * @param kind the kind of fact
     * @param period when it held; for a fine or another one-day event, a range of one day
     * @return the fact
     * @throws IllegalArgumentException if {@code period} is empty or has no start
     */
    public static Disqualification of(DisqualificationKind kind, DateRange period) {
        return ImmutableDisqualification.of(kind, period);
    }

    @Value.Check
    final void check() {
        // The period is not shown: even its dates are record facts.
        checkArgument(!period().isEmpty(), "a disqualification period must not be empty");
        checkArgument(!period().isUnboundedStart(), "a disqualification period must have a start");
    }

    /**
     * Tells whether the fact disqualifies on {@code date}, given how long it keeps disqualifying
     * after its period ends.
     *
     * @param date the date in question
     * @param lookBack how long after the end of the period the person stays disqualified;
     *     {@link Period#ZERO} for facts that disqualify only while they hold
     * @return whether {@code date} is inside the period or within {@code lookBack} after it
     * @throws IllegalArgumentException if {@code lookBack} is negative
     */
    public boolean disqualifiesOn(LocalDate date, Period lookBack) {
        checkNotNull(date, "date");
        return disqualifyingDates(lookBack).contains(date);
    }

    /**
     * Returns the dates on which the fact disqualifies, given how long it keeps disqualifying
     * after its period ends: the period, then the look-back counted from the day after it, as
     * civil law counts periods.
     *
     * @param lookBack how long after the end of the period the person stays disqualified
     * @return the dates, unbounded at the end if the period or the look-back is
     * @throws IllegalArgumentException if {@code lookBack} is negative
     */
    public DateRange disqualifyingDates(Period lookBack) {
        checkArgument(!lookBack.isNegative(), "look-back must not be negative: %s", lookBack);
        if (period().isUnboundedEnd()) {
            return period();
        }
        return DateRange.of(
                period().start(), DateRange.of(period().end(), lookBack).end());
    }

    /** Returns {@code Disqualification{redacted}}: the kind and the dates are record facts. */
    @Override
    public final String toString() {
        return "Disqualification{redacted}";
    }
}

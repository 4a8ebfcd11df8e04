package org.civicpatrol.patrol;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The number of members a patrol reported on a date, as public lists give it (a province's table
 * of patrols with their member counts) where the roster itself is not recorded.
 *
 * <pre>{@code
 * Headcount reported = Headcount.of(LocalDate.of(2016, 1, 1), 24);
 * }</pre>
 */
@Value.Immutable
@Immutable
public abstract class Headcount {

    Headcount() {}

    /**
     * Returns the date of the count.
     *
     * @return the date
     */
    @Value.Parameter
    public abstract LocalDate date();

    /**
     * Returns the number of members reported.
     *
     * @return the count, not negative
     */
    @Value.Parameter
    public abstract int members();

    /**
     * Returns a reported headcount.
     *
     * @param date the date of the count
     * @param members the number of members reported
     * @return the headcount
     * @throws IllegalArgumentException if {@code members} is negative
     */
    public static Headcount of(LocalDate date, int members) {
        return ImmutableHeadcount.of(date, members);
    }

    @Value.Check
    final void check() {
        checkArgument(members() >= 0, "reported headcount on %s must not be negative: %s", date(), members());
    }
}

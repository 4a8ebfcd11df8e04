package org.civicpatrol.patrol;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The police's approval of a larger complement for a patrol: from a date, the patrol may have up
 * to a number of active members above the usual maximum (Korea: above 70 when the station chief
 * appoints more members at the leader's request, Rule Art. 3(1)).
 *
 * <pre>{@code
 * ComplementApproval approval = ComplementApproval.of(LocalDate.of(2016, 3, 2), 85);
 * }</pre>
 */
@Value.Immutable
@Immutable
public abstract class ComplementApproval {

    ComplementApproval() {}

    /**
     * Returns the date from which the approval applies.
     *
     * @return the date
     */
    @Value.Parameter
    public abstract LocalDate approvedOn();

    /**
     * Returns the largest number of active members approved.
     *
     * @return a positive number
     */
    @Value.Parameter
    public abstract int maximum();

    /**
     * Returns an approval.
     *
     * @param approvedOn the date from which it applies
     * @param maximum the largest number of active members approved
     * @return the approval
     * @throws IllegalArgumentException if {@code maximum} is not positive
     */
    public static ComplementApproval of(LocalDate approvedOn, int maximum) {
        return ImmutableComplementApproval.of(approvedOn, maximum);
    }

    @Value.Check
    final void check() {
        checkArgument(maximum() > 0, "approved complement must be positive: %s", maximum());
    }
}

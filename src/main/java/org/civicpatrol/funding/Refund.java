package org.civicpatrol.funding;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/** Money of a grant returned to its funder: unspent, or clawed back because it was misused. */
@Value.Immutable
public abstract class Refund {

    Refund() {}

    /**
     * Returns the grant the money came from.
     *
     * @return the grant's id
     */
    @Value.Parameter
    public abstract GrantId grant();

    /**
     * Returns the date on which the money was returned.
     *
     * @return the date
     */
    @Value.Parameter
    public abstract LocalDate date();

    /**
     * Returns the amount returned.
     *
     * @return a positive amount
     */
    @Value.Parameter
    public abstract Money amount();

    /**
     * Returns why the money was returned.
     *
     * @return the reason
     */
    @Value.Parameter
    public abstract RefundReason reason();

    /**
     * Returns the record of money returned to a grant's funder.
     *
     * @param grant the grant's id
     * @param date the date of the return
     * @param amount the positive amount
     * @param reason why it was returned
     * @return the refund
     * @throws IllegalArgumentException if {@code amount} is zero or negative
     */
    public static Refund of(GrantId grant, LocalDate date, Money amount, RefundReason reason) {
        return ImmutableRefund.of(grant, date, amount, reason);
    }

    @Value.Check
    final void check() {
        checkArgument(amount().isPositive(), "refund of grant %s must have a positive amount: %s", grant(), amount());
    }
}

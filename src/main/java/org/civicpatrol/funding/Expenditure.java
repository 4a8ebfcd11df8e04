package org.civicpatrol.funding;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Money spent against a grant: when, how much and for what.
 *
 * <p>Whether the spending fits the grant (same currency, within its amount and fiscal year) is
 * for validation to check.
 */
@Value.Immutable
public abstract class Expenditure {

    Expenditure() {}

    /**
     * Returns the grant spent against.
     *
     * @return the grant's id
     */
    @Value.Parameter
    public abstract GrantId grant();

    /**
     * Returns the date of the payment.
     *
     * @return the date
     */
    @Value.Parameter
    public abstract LocalDate date();

    /**
     * Returns the amount spent.
     *
     * @return a positive amount
     */
    @Value.Parameter
    public abstract Money amount();

    /**
     * Returns what the money paid for.
     *
     * @return the category
     */
    @Value.Parameter
    public abstract GrantCategory category();

    /**
     * Returns the record of a payment against a grant.
     *
     * @param grant the grant's id
     * @param date the date of the payment
     * @param amount the positive amount
     * @param category what it paid for
     * @return the expenditure
     * @throws IllegalArgumentException if {@code amount} is zero or negative
     */
    public static Expenditure of(GrantId grant, LocalDate date, Money amount, GrantCategory category) {
        return ImmutableExpenditure.of(grant, date, amount, category);
    }

    @Value.Check
    final void check() {
        checkArgument(
                amount().isPositive(),
                "expenditure against grant %s must have a positive amount: %s",
                grant(),
                amount());
    }
}

package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.funding.GrantStatus;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.geo.Authority;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What grants amount to: how many, how much was awarded, spent and returned, by category,
 * funder, fiscal year and recipient.
 *
 * <p>A funding summary is an immutable value with {@link #empty()} and {@link #plus}, associative
 * and commutative: every figure is a sum over grants, so the caller summarises each grant once.
 * Amounts are exact. One summary holds one currency: summarising grants in several currencies
 * never throws, but reading an amount of such a summary does, with {@link IllegalStateException},
 * since such amounts cannot be added; {@link #currencies()} tells beforehand.
 *
 * <p>Spent and returned amounts are those of the grants' expenditures and refunds in their own
 * currency; an expenditure in another currency than its grant's, which validation reports, is
 * left out. A {@linkplain GrantStatus#CANCELLED cancelled} grant awards nothing: it is left out
 * with its spending and refunds, and spending against it is a finding of validation
 * ({@code EXPENDITURE_ON_CANCELLED_GRANT}).
 */
@Immutable
public final class FundingSummary {

    private static final FundingSummary EMPTY = new Accumulator().build();

    private final int grants;
    private final ImmutableSortedMap<String, BigDecimal> awarded;
    private final ImmutableSortedMap<String, BigDecimal> spent;
    private final ImmutableSortedMap<String, BigDecimal> returned;
    private final ImmutableMap<GrantCategory, BigDecimal> awardedByCategory;
    private final ImmutableMap<GrantCategory, BigDecimal> spentByCategory;
    private final ImmutableMap<Authority, BigDecimal> awardedByFunder;
    private final ImmutableSortedMap<Year, BigDecimal> awardedByFiscalYear;
    private final ImmutableMap<Recipient, BigDecimal> awardedByRecipient;

    private FundingSummary(Accumulator a) {
        this.grants = a.grants;
        this.awarded = ImmutableSortedMap.copyOf(a.awarded);
        this.spent = ImmutableSortedMap.copyOf(a.spent);
        this.returned = ImmutableSortedMap.copyOf(a.returned);
        this.awardedByCategory = ImmutableMap.copyOf(a.awardedByCategory);
        this.spentByCategory = ImmutableMap.copyOf(a.spentByCategory);
        this.awardedByFunder = ImmutableMap.copyOf(a.awardedByFunder);
        this.awardedByFiscalYear = ImmutableSortedMap.copyOf(a.awardedByFiscalYear);
        this.awardedByRecipient = ImmutableMap.copyOf(a.awardedByRecipient);
    }

    /**
     * Returns the summary of no grant.
     *
     * @return the empty summary
     */
    public static FundingSummary empty() {
        return EMPTY;
    }

    /**
     * Returns the summary of one grant with its spending and refunds; the empty summary if the
     * grant is cancelled.
     *
     * @param grant the grant
     * @param expenditures its expenditures
     * @param refunds its refunds
     * @return the summary
     */
    public static FundingSummary of(Grant grant, Iterable<Expenditure> expenditures, Iterable<Refund> refunds) {
        return new Accumulator().add(grant, expenditures, refunds).build();
    }

    /**
     * Returns the summary of the grants of both summaries.
     *
     * @param other the other summary
     * @return the sum
     */
    public FundingSummary plus(FundingSummary other) {
        checkNotNull(other, "other");
        return new Accumulator().addAll(this).addAll(other).build();
    }

    /**
     * Returns the number of grants.
     *
     * @return the count
     */
    public int grantCount() {
        return grants;
    }

    /**
     * Returns the currencies of the grants: one, or none if there is no grant.
     *
     * @return the currencies; more than one makes the amounts unreadable
     */
    public ImmutableSet<CurrencyUnit> currencies() {
        return awarded.keySet().stream().map(CurrencyUnit::of).collect(ImmutableSet.toImmutableSet());
    }

    /**
     * Returns the total awarded.
     *
     * @return the amount
     * @throws IllegalStateException if the grants are in several currencies, or there is none;
     *     {@link #awardedIn(CurrencyUnit)} gives zero for an empty summary
     */
    public Money awarded() {
        return money(awarded);
    }

    /**
     * Returns the total spent.
     *
     * @return the amount
     * @throws IllegalStateException if the grants are in several currencies, or there is none
     */
    public Money spent() {
        return money(spent);
    }

    /**
     * Returns the total returned, unspent or clawed back.
     *
     * @return the amount
     * @throws IllegalStateException if the grants are in several currencies, or there is none
     */
    public Money returned() {
        return money(returned);
    }

    /**
     * Returns the total awarded in {@code currency}: zero in it if no grant is in it, so that an
     * empty summary, or one of another currency, gives zero instead of throwing.
     *
     * @param currency the currency
     * @return the amount, in {@code currency}
     */
    public Money awardedIn(CurrencyUnit currency) {
        return in(awarded, currency);
    }

    /**
     * Returns the total spent in {@code currency}: zero in it if nothing was.
     *
     * @param currency the currency
     * @return the amount, in {@code currency}
     */
    public Money spentIn(CurrencyUnit currency) {
        return in(spent, currency);
    }

    /**
     * Returns the total returned in {@code currency}: zero in it if nothing was.
     *
     * @param currency the currency
     * @return the amount, in {@code currency}
     */
    public Money returnedIn(CurrencyUnit currency) {
        return in(returned, currency);
    }

    private static Money in(Map<String, BigDecimal> byCurrency, CurrencyUnit currency) {
        checkNotNull(currency, "currency");
        return Money.of(currency, byCurrency.getOrDefault(currency.getCode(), BigDecimal.ZERO));
    }

    /**
     * Returns the amount awarded in each category that has any, in {@link GrantCategory} order.
     *
     * @return the amounts
     * @throws IllegalStateException if the grants are in several currencies, or there is none
     */
    public ImmutableMap<GrantCategory, Money> awardedByCategory() {
        return moneys(awardedByCategory);
    }

    /**
     * Returns the amount spent in each category that has any, in {@link GrantCategory} order.
     *
     * @return the amounts
     * @throws IllegalStateException if the grants are in several currencies, or there is none
     */
    public ImmutableMap<GrantCategory, Money> spentByCategory() {
        return moneys(spentByCategory);
    }

    /**
     * Returns the amount awarded by each funder.
     *
     * @return the amounts
     * @throws IllegalStateException if the grants are in several currencies, or there is none
     */
    public ImmutableMap<Authority, Money> awardedByFunder() {
        return moneys(awardedByFunder);
    }

    /**
     * Returns the amount awarded for each fiscal year.
     *
     * @return the amounts, in year order
     * @throws IllegalStateException if the grants are in several currencies, or there is none
     */
    public ImmutableSortedMap<Year, Money> awardedByFiscalYear() {
        return ImmutableSortedMap.copyOf(moneys(awardedByFiscalYear));
    }

    /**
     * Returns the amount awarded to each recipient.
     *
     * @return the amounts
     * @throws IllegalStateException if the grants are in several currencies, or there is none
     */
    public ImmutableMap<Recipient, Money> awardedByRecipient() {
        return moneys(awardedByRecipient);
    }

    private CurrencyUnit currency() {
        checkState(!awarded.isEmpty(), "a funding summary without grants has no currency");
        checkState(awarded.size() == 1, "a funding summary mixes currencies %s", awarded.keySet());
        return CurrencyUnit.of(awarded.firstKey());
    }

    private Money money(Map<String, BigDecimal> byCurrency) {
        CurrencyUnit currency = currency();
        return Money.of(currency, byCurrency.getOrDefault(currency.getCode(), BigDecimal.ZERO));
    }

    private <K> ImmutableMap<K, Money> moneys(Map<K, BigDecimal> amounts) {
        CurrencyUnit currency = currency();
        ImmutableMap.Builder<K, Money> result = ImmutableMap.builder();
        amounts.forEach((k, v) -> result.put(k, Money.of(currency, v)));
        return result.buildOrThrow();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof FundingSummary o
                && grants == o.grants
                && awarded.equals(o.awarded)
                && spent.equals(o.spent)
                && returned.equals(o.returned)
                && awardedByCategory.equals(o.awardedByCategory)
                && spentByCategory.equals(o.spentByCategory)
                && awardedByFunder.equals(o.awardedByFunder)
                && awardedByFiscalYear.equals(o.awardedByFiscalYear)
                && awardedByRecipient.equals(o.awardedByRecipient);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grants, awarded, spent, returned);
    }

    /** Returns the count and the totals by currency. */
    @Override
    public String toString() {
        return "FundingSummary{grants=" + grants + ", awarded=" + awarded + ", spent=" + spent + ", returned="
                + returned + "}";
    }

    /** The sums a summary holds by key, for the JSON support; amounts by currency code. */
    record Parts(
            int grants,
            Map<String, BigDecimal> awarded,
            Map<String, BigDecimal> spent,
            Map<String, BigDecimal> returned,
            Map<GrantCategory, BigDecimal> awardedByCategory,
            Map<GrantCategory, BigDecimal> spentByCategory,
            Map<Authority, BigDecimal> awardedByFunder,
            Map<Year, BigDecimal> awardedByFiscalYear,
            Map<Recipient, BigDecimal> awardedByRecipient) {}

    /** Returns the sums this summary holds. */
    Parts parts() {
        return new Parts(
                grants,
                awarded,
                spent,
                returned,
                awardedByCategory,
                spentByCategory,
                awardedByFunder,
                awardedByFiscalYear,
                awardedByRecipient);
    }

    /**
     * Returns the summary that holds {@code parts}.
     *
     * @throws IllegalArgumentException if the number of grants is negative
     */
    static FundingSummary of(Parts parts) {
        checkArgument(parts.grants() >= 0, "a funding summary has a negative number of grants: %s", parts.grants());
        Accumulator a = new Accumulator();
        a.grants = parts.grants();
        a.awarded.putAll(parts.awarded());
        a.spent.putAll(parts.spent());
        a.returned.putAll(parts.returned());
        a.awardedByCategory.putAll(parts.awardedByCategory());
        a.spentByCategory.putAll(parts.spentByCategory());
        a.awardedByFunder.putAll(parts.awardedByFunder());
        a.awardedByFiscalYear.putAll(parts.awardedByFiscalYear());
        a.awardedByRecipient.putAll(parts.awardedByRecipient());
        return a.build();
    }

    /**
     * The mutable sum behind a summary; confined to one thread. Totals are kept by currency code;
     * the amounts by key are added whatever their currency, and are readable only when there is
     * one.
     */
    static final class Accumulator {
        private int grants;
        private final Map<String, BigDecimal> awarded = new TreeMap<>();
        private final Map<String, BigDecimal> spent = new TreeMap<>();
        private final Map<String, BigDecimal> returned = new TreeMap<>();
        private final Map<GrantCategory, BigDecimal> awardedByCategory = new EnumMap<>(GrantCategory.class);
        private final Map<GrantCategory, BigDecimal> spentByCategory = new EnumMap<>(GrantCategory.class);
        private final Map<Authority, BigDecimal> awardedByFunder = new HashMap<>();
        private final Map<Year, BigDecimal> awardedByFiscalYear = new TreeMap<>(Comparator.naturalOrder());
        private final Map<Recipient, BigDecimal> awardedByRecipient = new HashMap<>();

        @CanIgnoreReturnValue
        Accumulator add(Grant grant, Iterable<Expenditure> expenditures, Iterable<Refund> refunds) {
            if (grant.status() == GrantStatus.CANCELLED) {
                return this; // a cancelled grant awards nothing; spending against it is a finding
            }
            CurrencyUnit currency = grant.amount().getCurrencyUnit();
            BigDecimal amount = grant.amount().getAmount();
            grants++;
            awarded.merge(currency.getCode(), amount, BigDecimal::add);
            awardedByCategory.merge(grant.category(), amount, BigDecimal::add);
            awardedByFunder.merge(grant.funder(), amount, BigDecimal::add);
            awardedByFiscalYear.merge(grant.fiscalYear(), amount, BigDecimal::add);
            awardedByRecipient.merge(grant.recipient(), amount, BigDecimal::add);
            spent.putIfAbsent(currency.getCode(), BigDecimal.ZERO);
            returned.putIfAbsent(currency.getCode(), BigDecimal.ZERO);
            for (Expenditure e : expenditures) {
                if (e.amount().getCurrencyUnit().equals(currency)) {
                    spent.merge(currency.getCode(), e.amount().getAmount(), BigDecimal::add);
                    spentByCategory.merge(e.category(), e.amount().getAmount(), BigDecimal::add);
                }
            }
            for (Refund r : refunds) {
                if (r.amount().getCurrencyUnit().equals(currency)) {
                    returned.merge(currency.getCode(), r.amount().getAmount(), BigDecimal::add);
                }
            }
            return this;
        }

        @CanIgnoreReturnValue
        Accumulator addAll(FundingSummary s) {
            grants += s.grants;
            mergeAll(awarded, s.awarded);
            mergeAll(spent, s.spent);
            mergeAll(returned, s.returned);
            mergeAll(awardedByCategory, s.awardedByCategory);
            mergeAll(spentByCategory, s.spentByCategory);
            mergeAll(awardedByFunder, s.awardedByFunder);
            mergeAll(awardedByFiscalYear, s.awardedByFiscalYear);
            mergeAll(awardedByRecipient, s.awardedByRecipient);
            return this;
        }

        private static <K> void mergeAll(Map<K, BigDecimal> into, Map<K, BigDecimal> from) {
            from.forEach((k, v) -> into.merge(k, v, BigDecimal::add));
        }

        FundingSummary build() {
            return new FundingSummary(this);
        }
    }
}

package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A dated table of hourly rates for valuing volunteer time: each rate applies from its date until
 * the next one. The caller supplies it, since rates (minimum wages, volunteer-time values) change
 * by year and by country.
 *
 * <pre>{@code
 * HourlyRates minimumWage = HourlyRates.of(Map.of(
 *         LocalDate.of(2015, 1, 1), Money.ofMajor(KRW, 5_580),
 *         LocalDate.of(2016, 1, 1), Money.ofMajor(KRW, 6_030)));
 * Money value = summary.activities().valueOfTime(minimumWage);
 * }</pre>
 */
@Immutable
public final class HourlyRates {

    private final ImmutableSortedMap<LocalDate, Money> rates;
    private final CurrencyUnit currency;

    private HourlyRates(ImmutableSortedMap<LocalDate, Money> rates, CurrencyUnit currency) {
        this.rates = rates;
        this.currency = currency;
    }

    /**
     * Returns the table of {@code rates}, each applying from its date.
     *
     * @param rates hourly rates by the first date they apply
     * @return the table
     * @throws IllegalArgumentException if there is no rate, a rate is negative, or the rates are
     *     in different currencies
     */
    public static HourlyRates of(Map<LocalDate, Money> rates) {
        checkNotNull(rates, "rates");
        checkArgument(!rates.isEmpty(), "an hourly rate table needs at least one rate");
        @Nullable CurrencyUnit currency = null;
        for (Map.Entry<LocalDate, Money> entry : rates.entrySet()) {
            Money rate = checkNotNull(entry.getValue(), "rate");
            checkArgument(!rate.isNegative(), "hourly rate from %s is negative: %s", entry.getKey(), rate);
            checkArgument(
                    currency == null || currency.equals(rate.getCurrencyUnit()),
                    "hourly rates must be in one currency: %s and %s",
                    currency,
                    rate.getCurrencyUnit());
            currency = rate.getCurrencyUnit();
        }
        return new HourlyRates(ImmutableSortedMap.copyOf(rates), checkNotNull(currency));
    }

    /**
     * Returns the rate that applies on {@code date}: the latest whose date is not after it.
     *
     * @param date the date
     * @return the rate, or empty if {@code date} is before the first
     */
    public Optional<Money> rateOn(LocalDate date) {
        Map.Entry<LocalDate, Money> entry = rates.floorEntry(checkNotNull(date, "date"));
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    /**
     * Returns the currency of the rates.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the rates by the first date they apply.
     *
     * @return the table, in date order
     */
    public ImmutableSortedMap<LocalDate, Money> rates() {
        return rates;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof HourlyRates other && rates.equals(other.rates);
    }

    @Override
    public int hashCode() {
        return rates.hashCode();
    }

    /** Returns the table: {@code HourlyRates{2016-01-01=KRW 6030}}. */
    @Override
    public String toString() {
        return "HourlyRates" + rates;
    }
}

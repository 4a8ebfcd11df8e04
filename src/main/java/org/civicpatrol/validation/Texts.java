package org.civicpatrol.validation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import org.joda.money.Money;

/** The formats of violation messages. */
final class Texts {

    private Texts() {}

    /**
     * Returns a duration as hours, minutes and seconds, leaving out the parts that are zero:
     * {@code 12 h}, {@code 2 h 30 min}, {@code 45 min}, {@code 12 h 30 s}, {@code 0 h}.
     */
    static String hours(Duration duration) {
        long seconds = duration.toSeconds();
        long h = seconds / 3_600;
        long m = seconds % 3_600 / 60;
        long s = seconds % 60;
        if (seconds == 0) {
            return "0 h";
        }
        StringBuilder text = new StringBuilder();
        if (h != 0) {
            text.append(h).append(" h");
        }
        if (m != 0) {
            text.append(text.length() > 0 ? " " : "").append(m).append(" min");
        }
        if (s != 0) {
            text.append(text.length() > 0 ? " " : "").append(s).append(" s");
        }
        return text.toString();
    }

    /** Returns a period in words: {@code 2 years}, {@code 1 year 6 months}, {@code 10 days}. */
    static String period(Period period) {
        StringBuilder text = new StringBuilder();
        unit(text, period.getYears(), "year");
        unit(text, period.getMonths(), "month");
        unit(text, period.getDays(), "day");
        return text.length() == 0 ? "0 days" : text.toString();
    }

    private static void unit(StringBuilder text, int amount, String name) {
        if (amount != 0) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(amount).append(' ').append(name).append(Math.abs(amount) == 1 ? "" : "s");
        }
    }

    /** Returns a number of candela without a needless fraction: {@code 2500}, {@code 137.5}. */
    static String candela(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + " cd";
    }

    /**
     * Returns an amount as currency code and grouped number with the currency's decimal places:
     * {@code KRW 1,000,000}, {@code USD 100.00}.
     */
    static String money(Money money) {
        int places = Math.max(0, money.getCurrencyUnit().getDecimalPlaces());
        return money.getCurrencyUnit().getCode() + " "
                + String.format(Locale.ROOT, "%,." + places + "f", money.getAmount());
    }

    /** Returns an English ordinal: {@code 1st}, {@code 2nd}, {@code 11th}, {@code 23rd}. */
    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = (mod100 >= 11 && mod100 <= 13)
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}

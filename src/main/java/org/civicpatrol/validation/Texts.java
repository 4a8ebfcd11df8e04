package org.civicpatrol.validation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import org.joda.money.Money;

/** The formats of violation messages, in English and in Korean. */
final class Texts {

    private Texts() {}

    /**
     * Returns a duration as hours, minutes and seconds, leaving out the parts that are zero:
     * {@code 12 h}, {@code 2 h 30 min}, {@code 45 min}, {@code 12 h 30 s}, {@code 0 h}.
     */
    static String hours(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds == 0) {
            return "0 h";
        }
        StringBuilder text = new StringBuilder();
        part(text, seconds / 3_600, " h");
        part(text, seconds % 3_600 / 60, " min");
        part(text, seconds % 60, " s");
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

    /** Returns a number without a needless fraction: {@code 2500}, {@code 137.5}. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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

    /** A duration in Korean: {@code 12시간}, {@code 2시간 30분}, {@code 45분}, {@code 0시간}. */
    static String koreanHours(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds == 0) {
            return "0시간";
        }
        StringBuilder text = new StringBuilder();
        part(text, seconds / 3_600, "시간");
        part(text, seconds % 3_600 / 60, "분");
        part(text, seconds % 60, "초");
        return text.toString();
    }

    /** A period in Korean: {@code 2년}, {@code 1년 6개월 1일}, {@code 0일}. */
    static String koreanPeriod(Period period) {
        StringBuilder text = new StringBuilder();
        part(text, period.getYears(), "년");
        part(text, period.getMonths(), "개월");
        part(text, period.getDays(), "일");
        return text.length() == 0 ? "0일" : text.toString();
    }

    private static void part(StringBuilder text, long amount, String unit) {
        if (amount != 0) {
            text.append(text.length() > 0 ? " " : "").append(amount).append(unit);
        }
    }
}

package org.civicpatrol.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A half-open range of dates, {@code [start, end)}, either end of which may be unbounded.
 *
 * <p>The start is the first date in the range; the end is the first date after it. This is the
 * convention of administrative records: a district code abolished on a date is no longer valid
 * on that date, and a member who resigned on a date is no longer a member on that date. A range
 * whose start equals its end is empty and contains no date.
 *
 * <p>An unbounded start is represented by {@link LocalDate#MIN} and an unbounded end by {@link
 * LocalDate#MAX}, as in ThreeTen-Extra's {@code LocalDateRange}; {@link #isUnboundedStart()} and
 * {@link #isUnboundedEnd()} tell them apart from real dates.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Immutable
public final class DateRange {

    private static final DateRange ALWAYS = new DateRange(LocalDate.MIN, LocalDate.MAX);

    private final LocalDate start;
    private final LocalDate end;

    private DateRange(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Returns the range from {@code start} (inclusive) to {@code end} (exclusive).
     *
     * @param start the first date in the range
     * @param end the first date after the range
     * @return the range
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkArgument(!end.isBefore(start), "a date range cannot end before it starts");
        return new DateRange(start, end);
    }

    /**
     * Returns the range of a period of {@code length} that starts on {@code start}, counted as
     * civil law counts periods of years and months (Korea's Civil Act arts. 157 and 160, Japan's
     * Civil Code arts. 140 to 143): it ends before the day of the final month that corresponds
     * to {@code start}, or, where that month has no such day, with the month's last day. Three
     * years from 2016-03-01 end before 2019-03-01; three years from 2016-02-29 end with
     * 2019-02-28, so the range ends (exclusive) on 2019-03-01, where {@code
     * start.plus(length)} would give 2019-02-28 and lose a day. The days of {@code length}, if
     * any, are added after its years and months.
     *
     * @param start the first date in the range
     * @param length the length of the period, not negative
     * @return the range, whose end is {@link LocalDate#MAX} (unbounded) if it would lie beyond
     *     the dates {@code java.time} can represent
     * @throws IllegalArgumentException if {@code length} has a negative part
     */
    public static DateRange of(LocalDate start, Period length) {
        checkNotNull(start, "start");
        checkNotNull(length, "length");
        checkArgument(
                length.getYears() >= 0 && length.getMonths() >= 0 && length.getDays() >= 0,
                "period must not be negative: %s",
                length);
        LocalDate end;
        try {
            LocalDate byMonths = start.plusMonths(length.toTotalMonths());
            if (byMonths.getDayOfMonth() < start.getDayOfMonth()) {
                // The final month has no corresponding day: the period runs to its last day.
                byMonths = byMonths.plusDays(1);
            }
            // The days part of the period, after its months: not a whole span, on purpose.
            @SuppressWarnings("JavaPeriodGetDays")
            int days = length.getDays();
            end = byMonths.plusDays(days);
        } catch (DateTimeException | ArithmeticException e) {
            end = LocalDate.MAX;
        }
        return new DateRange(start, end);
    }

    /**
     * Returns the range from {@code start} to {@code endInclusive}, both included.
     *
     * @param start the first date in the range
     * @param endInclusive the last date in the range
     * @return the range
     * @throws IllegalArgumentException if {@code endInclusive} is before {@code start}, or is
     *     {@link LocalDate#MAX}
     */
    public static DateRange ofClosed(LocalDate start, LocalDate endInclusive) {
        checkNotNull(start, "start");
        checkNotNull(endInclusive, "endInclusive");
        checkArgument(!endInclusive.isBefore(start), "a date range cannot end before it starts");
        checkArgument(
                !endInclusive.equals(LocalDate.MAX), "the last date of a closed range cannot be %s", endInclusive);
        return new DateRange(start, endInclusive.plusDays(1));
    }

    /**
     * Returns the range that starts on {@code start} and has no end.
     *
     * @param start the first date in the range
     * @return the range
     */
    public static DateRange startingOn(LocalDate start) {
        return of(start, LocalDate.MAX);
    }

    /**
     * Returns the range that has no start and ends before {@code end}.
     *
     * @param end the first date after the range
     * @return the range
     */
    public static DateRange until(LocalDate end) {
        return of(LocalDate.MIN, end);
    }

    /**
     * Returns the range of every date of a calendar year.
     *
     * @param year the year
     * @return the range from 1 January of {@code year} to 1 January of the next year; for {@link
     *     Year#MAX_VALUE}, which has no next year in {@code java.time}, the range from its 1
     *     January without an end
     */
    public static DateRange ofYear(Year year) {
        LocalDate first = checkNotNull(year, "year").atDay(1);
        // The last year java.time can represent has no next year: its range runs to the end of time.
        return new DateRange(first, year.getValue() == Year.MAX_VALUE ? LocalDate.MAX : first.plusYears(1));
    }

    /**
     * Returns the range that contains every date.
     *
     * @return the unbounded range
     */
    public static DateRange always() {
        return ALWAYS;
    }

    /**
     * Returns the first date in the range, or {@link LocalDate#MIN} if the start is unbounded.
     *
     * @return the start, inclusive
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the first date after the range, or {@link LocalDate#MAX} if the end is unbounded.
     *
     * @return the end, exclusive
     */
    public LocalDate end() {
        return end;
    }

    /**
     * Returns the end as a real date, or empty if the range has no end.
     *
     * @return the first date after the range, if bounded
     */
    public Optional<LocalDate> boundedEnd() {
        return isUnboundedEnd() ? Optional.empty() : Optional.of(end);
    }

    /**
     * Returns whether the range has no start.
     *
     * @return true if the start is {@link LocalDate#MIN}
     */
    public boolean isUnboundedStart() {
        return start.equals(LocalDate.MIN);
    }

    /**
     * Returns whether the range has no end.
     *
     * @return true if the end is {@link LocalDate#MAX}
     */
    public boolean isUnboundedEnd() {
        return end.equals(LocalDate.MAX);
    }

    /**
     * Returns whether the range contains no date, its start being equal to its end.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return start.equals(end);
    }

    /**
     * Returns whether {@code date} is in the range. A range without an end contains every date
     * from its start on, {@link LocalDate#MAX} included, as in ThreeTen-Extra's {@code
     * LocalDateRange}.
     *
     * @param date the date to test
     * @return true if {@code start <= date < end}, or {@code start <= date} for an unbounded end
     */
    public boolean contains(LocalDate date) {
        checkNotNull(date, "date");
        return !date.isBefore(start) && (date.isBefore(end) || isUnboundedEnd());
    }

    /**
     * Returns whether this range and {@code other} have at least one date in common.
     *
     * @param other the other range
     * @return true if some date is in both ranges
     */
    public boolean overlaps(DateRange other) {
        checkNotNull(other, "other");
        return start.isBefore(other.end) && other.start.isBefore(end) && !isEmpty() && !other.isEmpty();
    }

    /**
     * Returns whether every date of {@code other} is in this range.
     *
     * <p>An empty range is enclosed by a range that contains its position or ends on it.
     *
     * @param other the other range
     * @return true if {@code other} lies within this range
     */
    public boolean encloses(DateRange other) {
        checkNotNull(other, "other");
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * Returns the dates common to this range and {@code other}, or empty if they have none.
     *
     * @param other the other range
     * @return the intersection, if it contains at least one date
     */
    public Optional<DateRange> intersection(DateRange other) {
        checkNotNull(other, "other");
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = end.isBefore(other.end) ? end : other.end;
        return Optional.of(new DateRange(s, e));
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof DateRange other && start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + end.hashCode();
    }

    /**
     * Returns the range in the notation of Guava's {@code Range}: {@code [2016-01-01..2017-01-01)},
     * {@code [2016-01-01..+∞)} or {@code (-∞..2017-01-01)}.
     */
    @Override
    public String toString() {
        return (isUnboundedStart() ? "(-∞" : "[" + start) + ".." + (isUnboundedEnd() ? "+∞)" : end + ")");
    }
}

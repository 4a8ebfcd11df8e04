package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.math.LongMath;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collector;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityOutputs;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.Guest;
import org.civicpatrol.member.MemberId;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a set of activities amounts to: how many, of which type, in which month, how many members
 * were rostered and present and for how long, and what they reported.
 *
 * <p>An activity summary is an immutable value with {@link #empty()} and {@link #plus}: every
 * figure is a sum over activities, so {@code plus} is associative and commutative, and the
 * summary of any split of a set of activities, merged, equals the summary of the whole. The
 * caller decides which activities to summarise, each once: roll-ups count a joint patrol for the
 * patrol that organised it.
 *
 * <p>Definitions: a <em>person-shift</em> is one member present at one activity; <em>member
 * time</em> is the sum over activities of duration times members present (guests give none);
 * <em>rostered</em> counts every attendance record, present or absent. Member time saturates at
 * {@code Long.MAX_VALUE} seconds rather than overflow, which no real registry comes near.
 */
@Immutable
public final class ActivitySummary {

    private static final ImmutableList<ActivityType> TYPES = ImmutableList.copyOf(ActivityType.values());

    // After TYPES, which building it needs.
    private static final ActivitySummary EMPTY = new Accumulator().build();

    private final long count;
    // Counts by type, in declaration order.
    // Never written after construction, and never handed out.
    @SuppressWarnings("Immutable")
    private final long[] byType;
    // Activities and member time by local date: merged without hashing, and the counts by month
    // follow from them.
    private final DayTable byDay;
    private final long memberSeconds;
    private final long rostered;
    private final long present;
    private final long excused;
    private final long unexcused;
    private final long guests;
    private final long reportsToPolice;
    private final long youthGuidanceCases;
    private final long hazardsReported;
    // Each member's unexcused absences, for the members with any: the list behind `unexcused`.
    private final MemberTable unexcusedByMember;

    private ActivitySummary(Accumulator a) {
        this.count = a.count;
        this.byType = a.byType.clone();
        this.byDay = a.byDay.build();
        this.memberSeconds = a.memberSeconds;
        this.rostered = a.rostered;
        this.present = a.present;
        this.excused = a.excused;
        this.unexcused = a.unexcused;
        this.guests = a.guests;
        this.reportsToPolice = a.reportsToPolice;
        this.youthGuidanceCases = a.youthGuidanceCases;
        this.hazardsReported = a.hazardsReported;
        this.unexcusedByMember = a.unexcusedByMember.build();
    }

    /**
     * Returns the summary of no activity.
     *
     * @return the empty summary
     */
    public static ActivitySummary empty() {
        return EMPTY;
    }

    /**
     * Returns the summary of one activity.
     *
     * @param activity the activity
     * @return its summary
     */
    public static ActivitySummary of(Activity activity) {
        return new Accumulator().add(activity).build();
    }

    /**
     * Returns a collector that summarises a stream of activities, each counted as often as it
     * occurs in the stream.
     *
     * @return the collector
     */
    public static Collector<Activity, ?, ActivitySummary> toActivitySummary() {
        return Collector.of(Accumulator::new, Accumulator::add, Accumulator::addAll, Accumulator::build);
    }

    /**
     * Returns the summary of the activities of both summaries.
     *
     * @param other the other summary
     * @return the sum
     */
    public ActivitySummary plus(ActivitySummary other) {
        checkNotNull(other, "other");
        return new Accumulator().addAll(this).addAll(other).build();
    }

    /**
     * Returns the number of activities.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Returns the number of activities of each type, every type included, in declaration order.
     *
     * @return the counts
     */
    public ImmutableMap<ActivityType, Long> byType() {
        ImmutableMap.Builder<ActivityType, Long> result = ImmutableMap.builderWithExpectedSize(TYPES.size());
        for (int i = 0; i < TYPES.size(); i++) {
            result.put(TYPES.get(i), byType[i]);
        }
        return result.buildOrThrow();
    }

    /**
     * Returns the number of activities in each month of their local dates, months without any
     * left out.
     *
     * @return the counts, in month order
     */
    public ImmutableSortedMap<YearMonth, Long> byMonth() {
        return sumByMonth(byDay.activities);
    }

    /**
     * Returns the person-hours of each month of the activities' local dates (each activity's
     * duration times its members present, in hours), for the same months as {@link #byMonth()}:
     * a month whose activities had nobody present has zero. They add up to {@link
     * #personHours()}, but for rounding.
     *
     * @return the person-hours, in month order
     */
    public ImmutableSortedMap<YearMonth, Double> personHoursByMonth() {
        ImmutableSortedMap.Builder<YearMonth, Double> result = ImmutableSortedMap.naturalOrder();
        sumByMonth(byDay.seconds).forEach((month, seconds) -> result.put(month, seconds / 3_600.0));
        return result.buildOrThrow();
    }

    /** Sums a value of the days by month, for the months that have days. */
    private ImmutableSortedMap<YearMonth, Long> sumByMonth(long[] values) {
        ImmutableSortedMap.Builder<YearMonth, Long> result = ImmutableSortedMap.naturalOrder();
        YearMonth month = null;
        long sum = 0;
        long[] days = byDay.days;
        for (int i = 0; i < days.length; i++) {
            YearMonth current = YearMonth.from(LocalDate.ofEpochDay(days[i]));
            if (!current.equals(month)) {
                if (month != null) {
                    result.put(month, sum);
                }
                month = current;
                sum = 0;
            }
            sum = LongMath.saturatedAdd(sum, values[i]);
        }
        if (month != null) {
            result.put(month, sum);
        }
        return result.buildOrThrow();
    }

    /**
     * Returns each member's unexcused absences from the activities, for the members with any:
     * the list behind {@link #unexcusedAbsenceCount()}, which its values add up to. Over a year's
     * activities, the members with at least the policy's limit are those the unexcused-absence
     * rule reports.
     *
     * @return the counts by member, sorted by id
     */
    public ImmutableSortedMap<MemberId, Long> unexcusedAbsencesByMember() {
        ImmutableSortedMap.Builder<MemberId, Long> result = ImmutableSortedMap.naturalOrder();
        for (int i = 0; i < unexcusedByMember.size(); i++) {
            result.put(unexcusedByMember.id(i), unexcusedByMember.value(i));
        }
        return result.buildOrThrow();
    }

    /**
     * Returns the number of person-shifts: members present, summed over activities.
     *
     * @return the person-shifts
     */
    public long personShifts() {
        return present;
    }

    /**
     * Returns the member time: each activity's duration times its members present, summed.
     *
     * @return the exact member time
     */
    public Duration memberTime() {
        return Duration.ofSeconds(memberSeconds);
    }

    /**
     * Returns the member time in hours.
     *
     * @return person-hours, a fraction where the time is not whole hours
     */
    public double personHours() {
        return memberSeconds / 3_600.0;
    }

    /**
     * Returns the member time of each local date on which activities started, for valuing it at
     * rates that change over time.
     *
     * @return the member time in seconds by date, dates without any left out
     */
    public ImmutableSortedMap<LocalDate, Long> memberSecondsByDate() {
        ImmutableSortedMap.Builder<LocalDate, Long> result = ImmutableSortedMap.naturalOrder();
        for (int i = 0; i < byDay.size(); i++) {
            if (byDay.seconds[i] > 0) {
                result.put(LocalDate.ofEpochDay(byDay.days[i]), byDay.seconds[i]);
            }
        }
        return result.buildOrThrow();
    }

    /**
     * Returns the value of the member time at {@code rates}: the member time of each date times
     * the rate that applies on it, summed exactly and rounded half-even to the currency's scale
     * once, at the end.
     *
     * @param rates the dated hourly rates
     * @return the value, zero if there is no member time
     * @throws IllegalArgumentException if member time falls on a date before the table's first
     *     rate
     */
    public Money valueOfTime(HourlyRates rates) {
        checkNotNull(rates, "rates");
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < byDay.size(); i++) {
            if (byDay.seconds[i] == 0) {
                continue;
            }
            LocalDate day = LocalDate.ofEpochDay(byDay.days[i]);
            Money rate = rates.rateOn(day)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "no hourly rate applies on " + day + ", which has member time"));
            total = total.add(rate.getAmount().multiply(BigDecimal.valueOf(byDay.seconds[i])));
        }
        return Money.of(
                rates.currency(),
                total.divide(
                        BigDecimal.valueOf(3_600),
                        Math.max(0, rates.currency().getDecimalPlaces()),
                        RoundingMode.HALF_EVEN));
    }

    /**
     * Returns the number of attendance records: members rostered, present or absent.
     *
     * @return the count
     */
    public long rosteredCount() {
        return rostered;
    }

    /**
     * Returns the number of excused absences.
     *
     * @return the count
     */
    public long excusedAbsenceCount() {
        return excused;
    }

    /**
     * Returns the number of unexcused absences.
     *
     * @return the count
     */
    public long unexcusedAbsenceCount() {
        return unexcused;
    }

    /**
     * Returns the share of rostered members who were present.
     *
     * @return present divided by rostered, or empty if nobody was rostered
     */
    public OptionalDouble attendanceRate() {
        return rostered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) present / rostered);
    }

    /**
     * Returns the share of rostered members who were absent without excuse.
     *
     * @return unexcused absences divided by rostered, or empty if nobody was rostered
     */
    public OptionalDouble unexcusedAbsenceRate() {
        return rostered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) unexcused / rostered);
    }

    /**
     * Returns the number of guests, by headcount.
     *
     * @return the guests
     */
    public long guestCount() {
        return guests;
    }

    /**
     * Returns the number of reports to the police.
     *
     * @return the sum
     */
    public long reportsToPolice() {
        return reportsToPolice;
    }

    /**
     * Returns the number of youth guidance cases.
     *
     * @return the sum
     */
    public long youthGuidanceCases() {
        return youthGuidanceCases;
    }

    /**
     * Returns the number of hazards reported.
     *
     * @return the sum
     */
    public long hazardsReported() {
        return hazardsReported;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ActivitySummary o
                && count == o.count
                && memberSeconds == o.memberSeconds
                && rostered == o.rostered
                && present == o.present
                && excused == o.excused
                && unexcused == o.unexcused
                && guests == o.guests
                && reportsToPolice == o.reportsToPolice
                && youthGuidanceCases == o.youthGuidanceCases
                && hazardsReported == o.hazardsReported
                && Arrays.equals(byType, o.byType)
                && byDay.equals(o.byDay)
                && unexcusedByMember.equals(o.unexcusedByMember);
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, memberSeconds, rostered, present, unexcused, byDay);
    }

    /** Returns the main figures: {@code ActivitySummary{count=3, personShifts=12, ...}}. */
    @Override
    public String toString() {
        return "ActivitySummary{count=" + count + ", personShifts=" + present + ", memberTime=" + memberTime()
                + ", rostered=" + rostered + ", unexcusedAbsences=" + unexcused + ", guests=" + guests + "}";
    }

    /**
     * The sums a summary holds, for the JSON support: the counters in the order of the record,
     * the counts by type in declaration order, and the days.
     */
    // Package-private and short-lived: parts() hands out a copy of the counts by type.
    @SuppressWarnings("ArrayRecordComponent")
    record Parts(
            long count,
            long[] byType,
            DayTable byDay,
            long memberSeconds,
            long rostered,
            long present,
            long excused,
            long unexcused,
            long guests,
            long reportsToPolice,
            long youthGuidanceCases,
            long hazardsReported,
            MemberTable unexcusedByMember) {}

    /** Returns the sums this summary holds. */
    Parts parts() {
        return new Parts(
                count,
                byType.clone(),
                byDay,
                memberSeconds,
                rostered,
                present,
                excused,
                unexcused,
                guests,
                reportsToPolice,
                youthGuidanceCases,
                hazardsReported,
                unexcusedByMember);
    }

    /**
     * Returns the summary that holds {@code parts}.
     *
     * @throws IllegalArgumentException if there are not as many counts by type as types, or a
     *     count is negative
     */
    static ActivitySummary of(Parts parts) {
        checkArgument(
                parts.byType().length == TYPES.size(),
                "%s counts by type for %s types",
                parts.byType().length,
                TYPES.size());
        Accumulator a = new Accumulator();
        a.count = parts.count();
        System.arraycopy(parts.byType(), 0, a.byType, 0, a.byType.length);
        a.byDay.addAll(parts.byDay());
        a.memberSeconds = parts.memberSeconds();
        a.rostered = parts.rostered();
        a.present = parts.present();
        a.excused = parts.excused();
        a.unexcused = parts.unexcused();
        a.guests = parts.guests();
        a.reportsToPolice = parts.reportsToPolice();
        a.youthGuidanceCases = parts.youthGuidanceCases();
        a.hazardsReported = parts.hazardsReported();
        a.unexcusedByMember.addAll(parts.unexcusedByMember());
        for (long n : new long[] {
            a.count,
            a.memberSeconds,
            a.rostered,
            a.present,
            a.excused,
            a.unexcused,
            a.guests,
            a.reportsToPolice,
            a.youthGuidanceCases,
            a.hazardsReported
        }) {
            checkArgument(n >= 0, "a count of an activity summary is negative: %s", n);
        }
        return a.build();
    }

    /** The mutable sum behind a summary; confined to one thread. */
    static final class Accumulator {
        private long count;
        private final long[] byType = new long[TYPES.size()];
        private final DayTable.Builder byDay = new DayTable.Builder();
        private final MemberTable.Builder unexcusedByMember = new MemberTable.Builder(LongMath::saturatedAdd);
        private long memberSeconds;
        private long rostered;
        private long present;
        private long excused;
        private long unexcused;
        private long guests;
        private long reportsToPolice;
        private long youthGuidanceCases;
        private long hazardsReported;

        @CanIgnoreReturnValue
        Accumulator add(Activity activity) {
            count = LongMath.saturatedAdd(count, 1);
            int type = TYPES.indexOf(activity.type());
            byType[type] = LongMath.saturatedAdd(byType[type], 1);
            // One indexed pass over the attendance: this runs for every activity of a roll-up.
            List<Attendance> attendance = activity.attendance();
            long membersPresent = 0;
            for (int i = 0; i < attendance.size(); i++) {
                switch (attendance.get(i).status()) {
                    case PRESENT -> membersPresent++;
                    case EXCUSED_ABSENCE -> excused = LongMath.saturatedAdd(excused, 1);
                    case UNEXCUSED_ABSENCE -> {
                        unexcused = LongMath.saturatedAdd(unexcused, 1);
                        unexcusedByMember.add(attendance.get(i).member(), 1);
                    }
                }
            }
            rostered = LongMath.saturatedAdd(rostered, attendance.size());
            present = LongMath.saturatedAdd(present, membersPresent);
            // The whole seconds of the positive duration, as Duration.toSeconds() gives them.
            long duration = activity.start().until(activity.end(), ChronoUnit.SECONDS);
            long seconds = LongMath.saturatedMultiply(duration, membersPresent);
            memberSeconds = LongMath.saturatedAdd(memberSeconds, seconds);
            byDay.add(activity.date().toEpochDay(), 1, seconds);
            for (Guest guest : activity.guests()) {
                guests = LongMath.saturatedAdd(guests, guest.headcount());
            }
            ActivityOutputs outputs = activity.outputs();
            reportsToPolice = LongMath.saturatedAdd(reportsToPolice, outputs.reportsToPolice());
            youthGuidanceCases = LongMath.saturatedAdd(youthGuidanceCases, outputs.youthGuidanceCases());
            hazardsReported = LongMath.saturatedAdd(hazardsReported, outputs.hazardsReported());
            return this;
        }

        @CanIgnoreReturnValue
        Accumulator addAll(ActivitySummary s) {
            if (s.count == 0) {
                return this;
            }
            // Counts saturate, as every count of the library does: a summary added to itself
            // often enough would otherwise wrap around to negative counts.
            count = LongMath.saturatedAdd(count, s.count);
            for (int i = 0; i < byType.length; i++) {
                byType[i] = LongMath.saturatedAdd(byType[i], s.byType[i]);
            }
            byDay.addAll(s.byDay);
            unexcusedByMember.addAll(s.unexcusedByMember);
            memberSeconds = LongMath.saturatedAdd(memberSeconds, s.memberSeconds);
            rostered = LongMath.saturatedAdd(rostered, s.rostered);
            present = LongMath.saturatedAdd(present, s.present);
            excused = LongMath.saturatedAdd(excused, s.excused);
            unexcused = LongMath.saturatedAdd(unexcused, s.unexcused);
            guests = LongMath.saturatedAdd(guests, s.guests);
            reportsToPolice = LongMath.saturatedAdd(reportsToPolice, s.reportsToPolice);
            youthGuidanceCases = LongMath.saturatedAdd(youthGuidanceCases, s.youthGuidanceCases);
            hazardsReported = LongMath.saturatedAdd(hazardsReported, s.hazardsReported);
            return this;
        }

        @CanIgnoreReturnValue
        Accumulator addAll(Accumulator a) {
            return addAll(a.build());
        }

        ActivitySummary build() {
            return new ActivitySummary(this);
        }
    }
}

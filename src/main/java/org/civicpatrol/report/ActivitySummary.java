package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.math.LongMath;
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
public final class ActivitySummary {

    private static final ImmutableList<ActivityType> TYPES = ImmutableList.copyOf(ActivityType.values());

    // After TYPES, which building it needs.
    private static final ActivitySummary EMPTY = new Accumulator().build();

    private final long count;
    // Counts by type, in declaration order.
    private final long[] byType;
    // Activities and member time by local date as parallel arrays, days ascending: merged without
    // hashing, and the counts by month follow from them.
    private final long[] days;
    private final long[] activitiesOfDay;
    private final long[] secondsOfDay;
    private final long memberSeconds;
    private final long rostered;
    private final long present;
    private final long excused;
    private final long unexcused;
    private final long guests;
    private final long reportsToPolice;
    private final long youthGuidanceCases;
    private final long hazardsReported;

    private ActivitySummary(Accumulator a) {
        this.count = a.count;
        this.byType = a.byType.clone();
        a.flush();
        // The accumulator never writes into its arrays once they hold days, so they can be shared.
        this.days = a.days.length == a.size ? a.days : Arrays.copyOf(a.days, a.size);
        this.activitiesOfDay =
                a.activitiesOfDay.length == a.size ? a.activitiesOfDay : Arrays.copyOf(a.activitiesOfDay, a.size);
        this.secondsOfDay = a.secondsOfDay.length == a.size ? a.secondsOfDay : Arrays.copyOf(a.secondsOfDay, a.size);
        this.memberSeconds = a.memberSeconds;
        this.rostered = a.rostered;
        this.present = a.present;
        this.excused = a.excused;
        this.unexcused = a.unexcused;
        this.guests = a.guests;
        this.reportsToPolice = a.reportsToPolice;
        this.youthGuidanceCases = a.youthGuidanceCases;
        this.hazardsReported = a.hazardsReported;
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
        ImmutableSortedMap.Builder<YearMonth, Long> result = ImmutableSortedMap.naturalOrder();
        YearMonth month = null;
        long activities = 0;
        for (int i = 0; i < days.length; i++) {
            YearMonth current = YearMonth.from(LocalDate.ofEpochDay(days[i]));
            if (!current.equals(month)) {
                if (month != null) {
                    result.put(month, activities);
                }
                month = current;
                activities = 0;
            }
            activities += activitiesOfDay[i];
        }
        if (month != null) {
            result.put(month, activities);
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
        for (int i = 0; i < days.length; i++) {
            if (secondsOfDay[i] > 0) {
                result.put(LocalDate.ofEpochDay(days[i]), secondsOfDay[i]);
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
        for (int i = 0; i < days.length; i++) {
            if (secondsOfDay[i] == 0) {
                continue;
            }
            LocalDate day = LocalDate.ofEpochDay(days[i]);
            Money rate = rates.rateOn(day)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "no hourly rate applies on " + day + ", which has member time"));
            total = total.add(rate.getAmount().multiply(BigDecimal.valueOf(secondsOfDay[i])));
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
                && Arrays.equals(days, o.days)
                && Arrays.equals(activitiesOfDay, o.activitiesOfDay)
                && Arrays.equals(secondsOfDay, o.secondsOfDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, memberSeconds, rostered, present, unexcused, Arrays.hashCode(days));
    }

    /** Returns the main figures: {@code ActivitySummary{count=3, personShifts=12, ...}}. */
    @Override
    public String toString() {
        return "ActivitySummary{count=" + count + ", personShifts=" + present + ", memberTime=" + memberTime()
                + ", rostered=" + rostered + ", unexcusedAbsences=" + unexcused + ", guests=" + guests + "}";
    }

    /** The mutable sum behind a summary; confined to one thread. */
    static final class Accumulator {
        // Days wait in a buffer of at most this many before they are merged into the sorted days.
        private static final int BUFFER = 4_096;

        private long count;
        private final long[] byType = new long[TYPES.size()];
        // Sorted days with their activities and member time, never written into once they hold
        // days, and a buffer of days in any order, with repeats, not yet merged into them.
        private long[] days = new long[0];
        private long[] activitiesOfDay = new long[0];
        private long[] secondsOfDay = new long[0];
        private int size;
        private long[] pendingDays = new long[0];
        private long[] pendingActivities = new long[0];
        private long[] pendingSeconds = new long[0];
        private int pending;
        private long memberSeconds;
        private long rostered;
        private long present;
        private long excused;
        private long unexcused;
        private long guests;
        private long reportsToPolice;
        private long youthGuidanceCases;
        private long hazardsReported;

        Accumulator add(Activity activity) {
            count++;
            byType[TYPES.indexOf(activity.type())]++;
            // One indexed pass over the attendance: this runs for every activity of a roll-up.
            List<Attendance> attendance = activity.attendance();
            long membersPresent = 0;
            for (int i = 0; i < attendance.size(); i++) {
                switch (attendance.get(i).status()) {
                    case PRESENT -> membersPresent++;
                    case EXCUSED_ABSENCE -> excused++;
                    case UNEXCUSED_ABSENCE -> unexcused++;
                }
            }
            rostered += attendance.size();
            present += membersPresent;
            // The whole seconds of the positive duration, as Duration.toSeconds() gives them.
            long duration = activity.start().until(activity.end(), ChronoUnit.SECONDS);
            long seconds = LongMath.saturatedMultiply(duration, membersPresent);
            memberSeconds = LongMath.saturatedAdd(memberSeconds, seconds);
            append(activity.date().toEpochDay(), 1, seconds);
            for (Guest guest : activity.guests()) {
                guests += guest.headcount();
            }
            ActivityOutputs outputs = activity.outputs();
            reportsToPolice += outputs.reportsToPolice();
            youthGuidanceCases += outputs.youthGuidanceCases();
            hazardsReported += outputs.hazardsReported();
            return this;
        }

        Accumulator addAll(ActivitySummary s) {
            if (s.count == 0) {
                return this;
            }
            count += s.count;
            for (int i = 0; i < byType.length; i++) {
                byType[i] += s.byType[i];
            }
            if (size == 0 && pending == 0) {
                // The summary's arrays are never written into: share them.
                days = s.days;
                activitiesOfDay = s.activitiesOfDay;
                secondsOfDay = s.secondsOfDay;
                size = s.days.length;
            } else {
                reserve(s.days.length);
                for (int i = 0; i < s.days.length; i++) {
                    append(s.days[i], s.activitiesOfDay[i], s.secondsOfDay[i]);
                }
            }
            memberSeconds = LongMath.saturatedAdd(memberSeconds, s.memberSeconds);
            rostered += s.rostered;
            present += s.present;
            excused += s.excused;
            unexcused += s.unexcused;
            guests += s.guests;
            reportsToPolice += s.reportsToPolice;
            youthGuidanceCases += s.youthGuidanceCases;
            hazardsReported += s.hazardsReported;
            return this;
        }

        Accumulator addAll(Accumulator a) {
            return addAll(a.build());
        }

        /** Makes room in the buffer for {@code more} days, up to its limit. */
        private void reserve(int more) {
            if (pending + more > pendingDays.length) {
                int capacity = Math.min(BUFFER, Math.max(Math.max(16, pending + more), pending * 2));
                pendingDays = Arrays.copyOf(pendingDays, capacity);
                pendingActivities = Arrays.copyOf(pendingActivities, capacity);
                pendingSeconds = Arrays.copyOf(pendingSeconds, capacity);
            }
        }

        private void append(long day, long activities, long seconds) {
            if (pending == pendingDays.length) {
                reserve(1);
            }
            pendingDays[pending] = day;
            pendingActivities[pending] = activities;
            pendingSeconds[pending++] = seconds;
            if (pending == BUFFER) {
                flush();
            }
        }

        /**
         * Sums the buffered days by day and merges them into the sorted days: through an array
         * indexed by day where the days lie close together, as in a year's activities, else by
         * sorting.
         */
        void flush() {
            if (pending == 0) {
                return;
            }
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int i = 0; i < pending; i++) {
                first = Math.min(first, pendingDays[i]);
                last = Math.max(last, pendingDays[i]);
            }
            long[] distinct;
            long[] activities;
            long[] seconds;
            int n = 0;
            if (last - first < 4L * pending + 64) {
                int span = (int) (last - first) + 1;
                long[] activitiesByDay = new long[span];
                long[] secondsByDay = new long[span];
                for (int i = 0; i < pending; i++) {
                    int at = (int) (pendingDays[i] - first);
                    activitiesByDay[at] += pendingActivities[i];
                    secondsByDay[at] = LongMath.saturatedAdd(secondsByDay[at], pendingSeconds[i]);
                }
                for (int at = 0; at < span; at++) {
                    n += activitiesByDay[at] > 0 ? 1 : 0;
                }
                distinct = new long[n];
                activities = new long[n];
                seconds = new long[n];
                int j = 0;
                for (int at = 0; at < span; at++) {
                    if (activitiesByDay[at] > 0) {
                        distinct[j] = first + at;
                        activities[j] = activitiesByDay[at];
                        seconds[j++] = secondsByDay[at];
                    }
                }
            } else {
                distinct = Arrays.copyOf(pendingDays, pending);
                Arrays.sort(distinct);
                for (int i = 0; i < distinct.length; i++) {
                    if (n == 0 || distinct[n - 1] != distinct[i]) {
                        distinct[n++] = distinct[i];
                    }
                }
                activities = new long[n];
                seconds = new long[n];
                for (int i = 0; i < pending; i++) {
                    int at = Arrays.binarySearch(distinct, 0, n, pendingDays[i]);
                    activities[at] += pendingActivities[i];
                    seconds[at] = LongMath.saturatedAdd(seconds[at], pendingSeconds[i]);
                }
            }
            pending = 0;
            merge(distinct, activities, seconds, n);
        }

        /** Merges sorted days and their figures into the sorted arrays, adding on equal days. */
        private void merge(long[] otherDays, long[] otherActivities, long[] otherSeconds, int otherSize) {
            if (otherSize == 0) {
                return;
            }
            if (size == 0 && otherSize == otherDays.length) {
                days = otherDays;
                activitiesOfDay = otherActivities;
                secondsOfDay = otherSeconds;
                size = otherSize;
                return;
            }
            long[] mergedDays = new long[size + otherSize];
            long[] mergedActivities = new long[size + otherSize];
            long[] mergedSeconds = new long[size + otherSize];
            int a = 0;
            int b = 0;
            int n = 0;
            while (a < size || b < otherSize) {
                if (b == otherSize || (a < size && days[a] < otherDays[b])) {
                    mergedDays[n] = days[a];
                    mergedActivities[n] = activitiesOfDay[a];
                    mergedSeconds[n++] = secondsOfDay[a++];
                } else if (a == size || otherDays[b] < days[a]) {
                    mergedDays[n] = otherDays[b];
                    mergedActivities[n] = otherActivities[b];
                    mergedSeconds[n++] = otherSeconds[b++];
                } else {
                    mergedDays[n] = days[a];
                    mergedActivities[n] = activitiesOfDay[a] + otherActivities[b];
                    mergedSeconds[n++] = LongMath.saturatedAdd(secondsOfDay[a++], otherSeconds[b++]);
                }
            }
            days = mergedDays;
            activitiesOfDay = mergedActivities;
            secondsOfDay = mergedSeconds;
            size = n;
        }

        ActivitySummary build() {
            return new ActivitySummary(this);
        }
    }
}

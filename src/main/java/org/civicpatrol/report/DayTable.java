package org.civicpatrol.report;

import com.google.common.math.LongMath;
import com.google.errorprone.annotations.Immutable;
import java.util.Arrays;

/**
 * Activities and member time by local date, as parallel arrays sorted by day: the part of an
 * {@link ActivitySummary} that is merged without hashing, and from which its counts by month and
 * its value of time follow.
 *
 * <p>A table's arrays are never written into once built, so tables and builders share them.
 */
@Immutable
final class DayTable {

    static final DayTable EMPTY = new DayTable(new long[0], new long[0], new long[0]);

    /** The epoch days, ascending and distinct. */
    // Never written after construction; shared only with builders, which never write into it.
    @SuppressWarnings("Immutable")
    final long[] days;
    /** The number of activities of each day. */
    // Never written after construction; shared only with builders, which never write into it.
    @SuppressWarnings("Immutable")
    final long[] activities;
    /** The member time of each day, in seconds, saturated at {@code Long.MAX_VALUE}. */
    // Never written after construction; shared only with builders, which never write into it.
    @SuppressWarnings("Immutable")
    final long[] seconds;

    private DayTable(long[] days, long[] activities, long[] seconds) {
        this.days = days;
        this.activities = activities;
        this.seconds = seconds;
    }

    int size() {
        return days.length;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object obj) {
        return obj instanceof DayTable o
                && Arrays.equals(days, o.days)
                && Arrays.equals(activities, o.activities)
                && Arrays.equals(seconds, o.seconds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(days);
    }

    /**
     * Sums days in any order, with repeats: they wait in a buffer, which is summed by day and
     * merged into the sorted arrays when it is full or the table is built. Confined to one thread.
     */
    static final class Builder {
        // Days wait in a buffer of at most this many before they are merged into the sorted days.
        private static final int BUFFER = 4_096;

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

        /** Adds activities and member time on one day. */
        void add(long day, long activities, long seconds) {
            append(day, activities, seconds);
        }

        /** Adds every day of a table. */
        void addAll(DayTable table) {
            if (table.size() == 0) {
                return;
            }
            if (size == 0 && pending == 0) {
                // The table's arrays are never written into: share them.
                days = table.days;
                activitiesOfDay = table.activities;
                secondsOfDay = table.seconds;
                size = table.size();
            } else {
                reserve(table.size());
                for (int i = 0; i < table.size(); i++) {
                    append(table.days[i], table.activities[i], table.seconds[i]);
                }
            }
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
        private void flush() {
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
                    activitiesByDay[at] = LongMath.saturatedAdd(activitiesByDay[at], pendingActivities[i]);
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
                    activities[at] = LongMath.saturatedAdd(activities[at], pendingActivities[i]);
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
                    mergedActivities[n] = LongMath.saturatedAdd(activitiesOfDay[a], otherActivities[b]);
                    mergedSeconds[n++] = LongMath.saturatedAdd(secondsOfDay[a++], otherSeconds[b++]);
                }
            }
            days = mergedDays;
            activitiesOfDay = mergedActivities;
            secondsOfDay = mergedSeconds;
            size = n;
        }

        /** Returns the table of the days added so far; the builder may go on adding. */
        DayTable build() {
            flush();
            if (size == 0) {
                return EMPTY;
            }
            return new DayTable(
                    days.length == size ? days : Arrays.copyOf(days, size),
                    activitiesOfDay.length == size ? activitiesOfDay : Arrays.copyOf(activitiesOfDay, size),
                    secondsOfDay.length == size ? secondsOfDay : Arrays.copyOf(secondsOfDay, size));
        }
    }
}

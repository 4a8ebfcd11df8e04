package org.civicpatrol.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civicpatrol.time.DateRange;

/**
 * Values grouped by key and sorted by date within each key, so that the values of one key in a
 * period are found by binary search: time in proportion to the answer plus the logarithm of the
 * key's values, never a scan of the registry.
 *
 * <p>Values of one date keep the order of a tie-breaking comparator, then the order added.
 */
final class DatedIndex<K, V> {

    private final ImmutableMap<K, ImmutableList<V>> byKey;
    // The epoch day of each value, in the same order: a lookup searches these, not the values.
    private final ImmutableMap<K, long[]> daysByKey;

    private DatedIndex(ImmutableMap<K, ImmutableList<V>> byKey, ImmutableMap<K, long[]> daysByKey) {
        this.byKey = byKey;
        this.daysByKey = daysByKey;
    }

    /**
     * Indexes {@code values} under each of their keys.
     *
     * @param keys the keys of a value, each at most once (the model guarantees it: sets, an
     *     organiser never among its joint patrols, a member at most once in an attendance)
     * @param date the date of a value
     * @param order breaks ties between values of one date
     */
    static <K, V> DatedIndex<K, V> of(
            Iterable<V> values,
            Function<V, ? extends Iterable<K>> keys,
            Function<V, LocalDate> date,
            Comparator<? super V> order) {
        Map<K, List<Map.Entry<LocalDate, V>>> groups = new LinkedHashMap<>();
        for (V value : values) {
            LocalDate day = date.apply(value);
            for (K key : keys.apply(value)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(Maps.immutableEntry(day, value));
            }
        }
        Comparator<Map.Entry<LocalDate, V>> byDate =
                Map.Entry.<LocalDate, V>comparingByKey().thenComparing(Map.Entry.comparingByValue(order));
        ImmutableMap.Builder<K, ImmutableList<V>> byKey = ImmutableMap.builderWithExpectedSize(groups.size());
        ImmutableMap.Builder<K, long[]> daysByKey = ImmutableMap.builderWithExpectedSize(groups.size());
        for (Map.Entry<K, List<Map.Entry<LocalDate, V>>> group : groups.entrySet()) {
            List<Map.Entry<LocalDate, V>> entries = group.getValue();
            entries.sort(byDate); // stable: ties keep the order added
            ImmutableList.Builder<V> sorted = ImmutableList.builderWithExpectedSize(entries.size());
            long[] days = new long[entries.size()];
            for (int i = 0; i < days.length; i++) {
                sorted.add(entries.get(i).getValue());
                days[i] = entries.get(i).getKey().toEpochDay();
            }
            byKey.put(group.getKey(), sorted.build());
            daysByKey.put(group.getKey(), days);
        }
        return new DatedIndex<>(byKey.buildOrThrow(), daysByKey.buildOrThrow());
    }

    /** Returns every value of {@code key}, by date. */
    ImmutableList<V> get(K key) {
        ImmutableList<V> values = byKey.get(key);
        return values == null ? ImmutableList.of() : values;
    }

    /** Returns the values of {@code key} whose date is in {@code period}, by date. */
    ImmutableList<V> get(K key, DateRange period) {
        ImmutableList<V> values = byKey.get(key);
        long[] days = daysByKey.get(key);
        if (values == null || days == null) {
            return ImmutableList.of();
        }
        int from = firstOnOrAfter(days, period.start().toEpochDay());
        int to = period.isUnboundedEnd()
                ? values.size()
                : firstOnOrAfter(days, period.end().toEpochDay());
        return from < to ? values.subList(from, to) : ImmutableList.of();
    }

    private static int firstOnOrAfter(long[] days, long day) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (days[mid] < day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

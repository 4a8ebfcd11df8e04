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
    private final Function<V, LocalDate> date;

    private DatedIndex(ImmutableMap<K, ImmutableList<V>> byKey, Function<V, LocalDate> date) {
        this.byKey = byKey;
        this.date = date;
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
        for (Map.Entry<K, List<Map.Entry<LocalDate, V>>> group : groups.entrySet()) {
            List<Map.Entry<LocalDate, V>> entries = group.getValue();
            entries.sort(byDate); // stable: ties keep the order added
            ImmutableList.Builder<V> sorted = ImmutableList.builderWithExpectedSize(entries.size());
            entries.forEach(entry -> sorted.add(entry.getValue()));
            byKey.put(group.getKey(), sorted.build());
        }
        return new DatedIndex<>(byKey.buildOrThrow(), date);
    }

    /** Returns every value of {@code key}, by date. */
    ImmutableList<V> get(K key) {
        ImmutableList<V> values = byKey.get(key);
        return values == null ? ImmutableList.of() : values;
    }

    /** Returns the values of {@code key} whose date is in {@code period}, by date. */
    ImmutableList<V> get(K key, DateRange period) {
        ImmutableList<V> values = get(key);
        int from = firstOnOrAfter(values, period.start());
        int to = period.isUnboundedEnd() ? values.size() : firstOnOrAfter(values, period.end());
        return from < to ? values.subList(from, to) : ImmutableList.of();
    }

    private int firstOnOrAfter(List<V> values, LocalDate day) {
        int low = 0;
        int high = values.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (date.apply(values.get(mid)).isBefore(day)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

package org.civicpatrol.registry;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntBinaryOperator;
import org.civicpatrol.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * The groups of one {@link Grouping}: for each key, its entities in order, each with the slot it
 * holds in its kind's table (its place in the order added) and, for a grouping by date, its epoch
 * day, so that the entities of one key in a period are found by binary search: time in proportion
 * to the answer plus the logarithm of the key's entities, never a scan of the registry.
 *
 * <p>A change to one entity rebuilds the groups of its keys only; the others are shared with the
 * version it changed.
 */
final class Groups<G, V> {

    static final long[] NO_DAYS = new long[0];

    private final Grouping<G, V> grouping;
    private final HashTrie<G, Group<V>> byKey;

    private Groups(Grouping<G, V> grouping, HashTrie<G, Group<V>> byKey) {
        this.grouping = grouping;
        this.byKey = byKey;
    }

    /**
     * Groups {@code values}, whose slots are their positions in the list; {@code null} stands for
     * an empty slot.
     */
    static <G, V> Groups<G, V> of(Grouping<G, V> grouping, List<? extends @Nullable V> values) {
        return of(grouping, values, grouping.daysOf(values));
    }

    /**
     * Groups {@code values} as {@link #of(Grouping, List)} does, with the epoch day of each slot
     * already worked out (groupings by the same date share them), or no days if the grouping is
     * not by date.
     */
    static <G, V> Groups<G, V> of(Grouping<G, V> grouping, List<? extends @Nullable V> values, long[] daysBySlot) {
        // One entry for each key of each entity, in slot order (Entries), and no hash map of
        // keys, looked up at random and larger than the processor's caches. The trie of the
        // groups is then built at once (HashTrie.of), which brings each key's entries together,
        // in slot order.
        Entries<G> entries = new Entries<>(values.size());
        for (int slot = 0; slot < values.size(); slot++) {
            V value = values.get(slot);
            if (value == null) {
                continue;
            }
            Iterable<G> keys = grouping.keysOf(value);
            // Classes, not interfaces, are asked about here: on JDK 17, asking one class in turn
            // whether it is a List, a RandomAccess and a Collection thrashes the one-entry cache
            // behind such checks, which made building a national registry half again as long.
            if (keys instanceof ImmutableList<G> list) {
                for (int i = 0; i < list.size(); i++) { // no iterator per entity
                    entries.add(list.get(i), slot);
                }
            } else {
                for (G key : keys) {
                    entries.add(key, slot);
                }
            }
        }
        int[] slotOf = entries.slots;
        HashTrie<G, Group<V>> byKey =
                HashTrie.of(entries.size(), entries.keys::get, entries.hashCodes, (positions, from, to) -> {
                    int[] slots = new int[to - from];
                    for (int i = from; i < to; i++) {
                        slots[i - from] = slotOf[positions[i]];
                    }
                    return group(grouping, values, daysBySlot, slots);
                });
        return new Groups<>(grouping, byKey);
    }

    /** The group of the entities in {@code slots}, which are in ascending order. */
    private static <V> Group<V> group(
            Grouping<?, V> grouping, List<? extends @Nullable V> values, long[] daysBySlot, int[] slots) {
        boolean dated = grouping.isDated();
        if (dated) {
            sortByDay(slots, daysBySlot, values, grouping);
        }
        ImmutableList.Builder<V> grouped = ImmutableList.builderWithExpectedSize(slots.length);
        long[] days = dated ? new long[slots.length] : NO_DAYS;
        for (int i = 0; i < slots.length; i++) {
            grouped.add(checkNotNull(values.get(slots[i])));
            if (dated) {
                days[i] = daysBySlot[slots[i]];
            }
        }
        return new Group<>(grouped.build(), slots, days);
    }

    /**
     * The entries of a grouping, one for each key of each entity, in slot order: the key, the
     * entity's slot and the key's hash code, no object per entry, so that building a national
     * registry does not make millions of short-lived objects for the collector to copy.
     */
    private static final class Entries<G> {
        private final Chunks<G> keys = new Chunks<>();
        private int[] slots;
        private int[] hashCodes;
        private int size;

        /** Entries with room for {@code expected} of them, at least one. */
        Entries(int expected) {
            slots = new int[Math.max(1, expected)];
            hashCodes = new int[slots.length];
        }

        void add(G key, int slot) {
            if (size == slots.length) {
                int grown = size + (size >> 1) + 1;
                slots = Arrays.copyOf(slots, grown);
                hashCodes = Arrays.copyOf(hashCodes, grown);
            }
            keys.add(key);
            slots[size] = slot;
            hashCodes[size] = key.hashCode();
            size++;
        }

        int size() {
            return size;
        }
    }

    /**
     * A growable list in chunks: growing it never copies what it holds, which for millions of
     * references would also make the collector's write barriers run for each.
     */
    private static final class Chunks<T> {
        private static final int BITS = 14;
        private final List<@Nullable Object[]> chunks = new ArrayList<>();
        private int size;

        void add(T value) {
            if ((size & ((1 << BITS) - 1)) == 0) {
                chunks.add(new Object[1 << BITS]);
            }
            chunks.get(size >>> BITS)[size & ((1 << BITS) - 1)] = value;
            size++;
        }

        @SuppressWarnings("unchecked") // only values of type T are added
        T get(int index) {
            checkElementIndex(index, size);
            return (T) checkNotNull(chunks.get(index >>> BITS)[index & ((1 << BITS) - 1)]);
        }
    }

    /**
     * Sorts {@code slots}, which are in ascending order, by day, then by the grouping's order
     * within a day, then by slot: a stable merge sort on the slots themselves.
     */
    private static <V> void sortByDay(
            int[] slots, long[] daysBySlot, List<? extends @Nullable V> values, Grouping<?, V> grouping) {
        IntBinaryOperator compare = (a, b) -> {
            int byDay = Long.compare(daysBySlot[a], daysBySlot[b]);
            return byDay != 0
                    ? byDay
                    : grouping.compareWithinDay(checkNotNull(values.get(a)), checkNotNull(values.get(b)));
        };
        boolean sorted = true;
        for (int i = 1; i < slots.length && sorted; i++) {
            sorted = compare.applyAsInt(slots[i - 1], slots[i]) <= 0;
        }
        if (!sorted) {
            mergeSort(slots, slots.clone(), 0, slots.length, compare);
        }
    }

    /** Sorts {@code a[from, to)} stably, with {@code b} holding the same elements as scratch. */
    private static void mergeSort(int[] a, int[] b, int from, int to, IntBinaryOperator compare) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        // sort each half of b into place, then merge them into a
        mergeSort(b, a, from, middle, compare);
        mergeSort(b, a, middle, to, compare);
        int left = from;
        int right = middle;
        for (int i = from; i < to; i++) {
            if (right >= to || (left < middle && compare.applyAsInt(b[left], b[right]) <= 0)) {
                a[i] = b[left++];
            } else {
                a[i] = b[right++];
            }
        }
    }

    private static <V> Comparator<Entry<V>> order(Grouping<?, V> grouping) {
        return (a, b) -> {
            int byDay = Long.compare(a.day, b.day);
            if (byDay != 0) {
                return byDay;
            }
            int byTie = grouping.compareWithinDay(a.value, b.value);
            return byTie != 0 ? byTie : Integer.compare(a.slot, b.slot);
        };
    }

    Grouping<G, V> grouping() {
        return grouping;
    }

    /** Returns every entity of {@code key}, in order. */
    ImmutableList<V> get(G key) {
        Group<V> group = byKey.get(key);
        return group == null ? ImmutableList.of() : group.values;
    }

    /** Returns the entities of {@code key} whose date is in {@code period}, by date. */
    ImmutableList<V> get(G key, DateRange period) {
        Group<V> group = byKey.get(key);
        if (group == null) {
            return ImmutableList.of();
        }
        int from = group.firstOnOrAfter(period.start().toEpochDay());
        int to = period.isUnboundedEnd()
                ? group.days.length
                : group.firstOnOrAfter(period.end().toEpochDay());
        return from < to ? group.values.subList(from, to) : ImmutableList.of();
    }

    Editor<G, V> edit() {
        return new Editor<>(this);
    }

    /** Changes the groups, leaving the version it started from as it is; not thread-safe. */
    static final class Editor<G, V> {
        private final Grouping<G, V> grouping;
        private final Comparator<Entry<V>> order;
        private final HashTrie.Editor<G, Group<V>> byKey;

        private Editor(Groups<G, V> groups) {
            this.grouping = groups.grouping;
            this.order = order(grouping);
            this.byKey = groups.byKey.edit();
        }

        /** Lists {@code value}, which holds {@code slot}, under each of its keys. */
        void add(V value, int slot) {
            Entry<V> entry = new Entry<>(grouping.dayOf(value), slot, value);
            for (G key : grouping.keysOf(value)) {
                Group<V> group = byKey.get(key);
                byKey.put(
                        key,
                        group == null
                                ? Group.of(List.of(entry), grouping.isDated())
                                : group.with(entry, order, grouping.isDated()));
            }
        }

        /** Takes {@code value}, which holds {@code slot}, from each of its keys' groups. */
        void remove(V value, int slot) {
            for (G key : grouping.keysOf(value)) {
                Group<V> group = byKey.get(key);
                if (group == null) {
                    continue;
                }
                Group<V> rest = group.without(slot);
                if (rest == null) {
                    byKey.remove(key);
                } else {
                    byKey.put(key, rest);
                }
            }
        }

        /**
         * Returns the slot of the first-added entity equal to {@code value} in the groups of its
         * keys, or -1 if there is none.
         */
        int slotOf(V value) {
            int slot = -1;
            for (G key : grouping.keysOf(value)) {
                Group<V> group = byKey.get(key);
                if (group == null) {
                    continue;
                }
                for (int i = 0; i < group.slots.length; i++) {
                    if ((slot < 0 || group.slots[i] < slot)
                            && group.values.get(i).equals(value)) {
                        slot = group.slots[i];
                    }
                }
            }
            return slot;
        }

        Groups<G, V> freeze() {
            return new Groups<>(grouping, byKey.freeze());
        }
    }

    private record Entry<V>(long day, int slot, V value) {}

    /** The entities of one key, in order, with their slots and days in parallel arrays. */
    private static final class Group<V> {
        final ImmutableList<V> values;
        final int[] slots;
        final long[] days;

        private Group(ImmutableList<V> values, int[] slots, long[] days) {
            this.values = values;
            this.slots = slots;
            this.days = days;
        }

        /** A group of {@code entries} in order; with their days if {@code dated}. */
        static <V> Group<V> of(List<Entry<V>> entries, boolean dated) {
            ImmutableList.Builder<V> values = ImmutableList.builderWithExpectedSize(entries.size());
            int[] slots = new int[entries.size()];
            long[] days = dated ? new long[entries.size()] : NO_DAYS;
            for (int i = 0; i < slots.length; i++) {
                Entry<V> entry = entries.get(i);
                values.add(entry.value);
                slots[i] = entry.slot;
                if (dated) {
                    days[i] = entry.day;
                }
            }
            return new Group<>(values.build(), slots, days);
        }

        Entry<V> entry(int i) {
            return new Entry<>(days.length == 0 ? 0 : days[i], slots[i], values.get(i));
        }

        Group<V> with(Entry<V> entry, Comparator<Entry<V>> order, boolean dated) {
            // the first position whose entry comes after the new one
            int low = 0;
            int high = slots.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (order.compare(entry(mid), entry) <= 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            List<Entry<V>> entries = new ArrayList<>(slots.length + 1);
            for (int i = 0; i < slots.length; i++) {
                if (i == low) {
                    entries.add(entry);
                }
                entries.add(entry(i));
            }
            if (low == slots.length) {
                entries.add(entry);
            }
            return of(entries, dated);
        }

        /** Returns the group without the entity in {@code slot}, or {@code null} if none is left. */
        @Nullable
        Group<V> without(int slot) {
            int at = -1;
            for (int i = 0; i < slots.length && at < 0; i++) {
                if (slots[i] == slot) {
                    at = i;
                }
            }
            if (at < 0) {
                return this;
            }
            if (slots.length == 1) {
                return null;
            }
            ImmutableList.Builder<V> rest = ImmutableList.builderWithExpectedSize(slots.length - 1);
            rest.addAll(values.subList(0, at)).addAll(values.subList(at + 1, values.size()));
            int[] restSlots = new int[slots.length - 1];
            System.arraycopy(slots, 0, restSlots, 0, at);
            System.arraycopy(slots, at + 1, restSlots, at, restSlots.length - at);
            long[] restDays = days.length == 0 ? NO_DAYS : new long[days.length - 1];
            if (restDays.length > 0) {
                System.arraycopy(days, 0, restDays, 0, at);
                System.arraycopy(days, at + 1, restDays, at, restDays.length - at);
            }
            return new Group<>(rest.build(), restSlots, restDays);
        }

        int firstOnOrAfter(long day) {
            return firstOnOrAfter(days, day);
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
}

package org.civicpatrol.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The entities of one kind, in the order added, found by id if the kind has ids, and grouped in
 * each of the kind's {@link Grouping}s: the registry's table of that kind.
 *
 * <p>Each entity holds a slot, its place in the order added. Replacing an entity keeps its slot;
 * removing one empties its slot, so that the others keep theirs, until more than half the slots
 * are empty and the store is built again. Every part is persistent: a change copies what it
 * touches and shares the rest with the version it changed, which stays as it was.
 */
final class Store<K, V> {

    /** What the registry knows of a kind: its names, its id (if it has ids) and its groupings. */
    static final class Kind<K, V> {
        private final String singular;
        private final String plural;
        private final @Nullable Function<V, K> id;
        private final ImmutableList<Grouping<?, V>> groupings;

        private Kind(String singular, String plural, @Nullable Function<V, K> id, List<Grouping<?, V>> groupings) {
            this.singular = singular;
            this.plural = plural;
            this.id = id;
            this.groupings = ImmutableList.copyOf(groupings);
            checkArgument(
                    id != null || !groupings.isEmpty(), "a kind without ids needs a grouping to find its entities");
        }

        /** A kind whose entities have ids, unique within the kind. */
        @SafeVarargs
        static <K, V> Kind<K, V> withIds(
                String singular, String plural, Function<V, K> id, Grouping<?, V>... groupings) {
            List<Grouping<?, V>> list = new ArrayList<>();
            for (Grouping<?, V> grouping : groupings) {
                list.add(grouping);
            }
            return new Kind<>(singular, plural, id, list);
        }

        /**
         * A kind whose entities have no id: facts, of which two may be equal. An entity is found
         * for removal in its group of the first grouping.
         */
        @SafeVarargs
        static <V> Kind<Void, V> withoutIds(
                String singular, String plural, Grouping<?, V> first, Grouping<?, V>... more) {
            List<Grouping<?, V>> groupings = new ArrayList<>();
            groupings.add(first);
            for (Grouping<?, V> grouping : more) {
                groupings.add(grouping);
            }
            return new Kind<>(singular, plural, null, groupings);
        }
    }

    // Above this share of empty slots (and this many), a frozen store is built again.
    private static final int COMPACT_ABOVE = 64;

    private final Kind<K, V> kind;
    private final HashTrie<K, Integer> slotsById;
    private final SlotVector<V> slots;
    private final int size;
    private final ImmutableList<Groups<?, V>> groups;
    // Built on first use: the entities in slot order, without the empty slots.
    private volatile @Nullable ImmutableList<V> values;

    private Store(
            Kind<K, V> kind,
            HashTrie<K, Integer> slotsById,
            SlotVector<V> slots,
            int size,
            ImmutableList<Groups<?, V>> groups,
            @Nullable ImmutableList<V> values) {
        this.kind = kind;
        this.slotsById = slotsById;
        this.slots = slots;
        this.size = size;
        this.groups = groups;
        this.values = values;
    }

    /**
     * Stores {@code values}, in their order.
     *
     * @throws IllegalArgumentException if two values have the same id
     */
    static <K, V> Store<K, V> of(Kind<K, V> kind, List<V> values) {
        ImmutableList<V> copy = ImmutableList.copyOf(values);
        SlotVector.Editor<V> slots = SlotVector.<V>empty().edit();
        for (V value : copy) {
            slots.append(value);
        }
        HashTrie<K, Integer> ids = HashTrie.empty();
        Function<V, K> id = kind.id;
        if (id != null) {
            ids = slotsById(kind, id, copy);
        }
        ImmutableList.Builder<Groups<?, V>> groups = ImmutableList.builderWithExpectedSize(kind.groupings.size());
        IdentityHashMap<Object, long[]> daysByDates = new IdentityHashMap<>();
        for (Grouping<?, V> grouping : kind.groupings) {
            long[] days = daysByDates.computeIfAbsent(grouping.dates(), dates -> grouping.daysOf(copy));
            groups.add(Groups.of(grouping, copy, days));
        }
        return new Store<>(kind, ids, slots.freeze(), copy.size(), groups.build(), copy);
    }

    /**
     * Returns the slot of each id, each entity's slot being its position in {@code values}, built
     * at once ({@link HashTrie#of}).
     *
     * @throws IllegalArgumentException if two values have the same id: the first value, in the
     *     order added, whose id an earlier value has
     */
    private static <K, V> HashTrie<K, Integer> slotsById(Kind<K, V> kind, Function<V, K> id, List<V> values) {
        int count = values.size();
        List<K> keys = new ArrayList<>(count);
        int[] hashCodes = new int[count];
        for (int slot = 0; slot < count; slot++) {
            K key = id.apply(values.get(slot));
            keys.add(key);
            hashCodes[slot] = key.hashCode();
        }
        int[] duplicate = {count};
        HashTrie<K, Integer> ids = HashTrie.of(count, keys::get, hashCodes, (slots, from, to) -> {
            if (to - from > 1) { // the later value of the first two with this id is a duplicate
                duplicate[0] = Math.min(duplicate[0], slots[from + 1]);
            }
            return slots[from];
        });
        if (duplicate[0] < count) {
            throw new IllegalArgumentException(
                    "registry has two " + kind.plural + " with id " + keys.get(duplicate[0]));
        }
        return ids;
    }

    Optional<V> get(K id) {
        Integer slot = slotsById.get(id);
        return slot == null ? Optional.empty() : Optional.ofNullable(slots.get(slot));
    }

    boolean contains(K id) {
        return slotsById.get(id) != null;
    }

    /** Returns the entities in the order added. */
    ImmutableList<V> values() {
        ImmutableList<V> result = values;
        if (result == null) {
            ImmutableList.Builder<V> builder = ImmutableList.builderWithExpectedSize(size);
            for (int slot = 0; slot < slots.size(); slot++) {
                V value = slots.get(slot);
                if (value != null) {
                    builder.add(value);
                }
            }
            result = builder.build();
            values = result;
        }
        return result;
    }

    int size() {
        return size;
    }

    /** Returns the groups of {@code grouping}, one of the kind's. */
    @SuppressWarnings("unchecked") // the groups of a grouping have its types
    <G> Groups<G, V> groups(Grouping<G, V> grouping) {
        for (Groups<?, V> candidate : groups) {
            if (candidate.grouping() == grouping) {
                return (Groups<G, V>) candidate;
            }
        }
        throw new IllegalArgumentException("not a grouping of " + kind.plural);
    }

    Editor<K, V> edit() {
        return new Editor<>(this);
    }

    /**
     * Changes a store, leaving the version it started from as it is. Each change is checked
     * before anything is changed, so a change that is refused changes nothing. Not thread-safe.
     */
    static final class Editor<K, V> {
        private final Kind<K, V> kind;
        private final HashTrie.Editor<K, Integer> slotsById;
        private final SlotVector.Editor<V> slots;
        private final List<Groups.Editor<?, V>> groups;
        private int size;

        private Editor(Store<K, V> store) {
            this.kind = store.kind;
            this.slotsById = store.slotsById.edit();
            this.slots = store.slots.edit();
            this.size = store.size;
            this.groups = new ArrayList<>(store.groups.size());
            for (Groups<?, V> each : store.groups) {
                groups.add(each.edit());
            }
        }

        private K idOf(V value) {
            return checkNotNull(kind.id, "no ids").apply(value);
        }

        /**
         * Adds {@code value} after every other.
         *
         * @throws IllegalArgumentException if an entity of the kind has its id
         */
        void add(V value) {
            int slot = slots.size();
            if (kind.id != null) {
                K id = idOf(value);
                checkArgument(slotsById.get(id) == null, "registry has two %s with id %s", kind.plural, id);
                slotsById.put(id, slot);
            }
            slots.append(value);
            size++;
            for (Groups.Editor<?, V> each : groups) {
                each.add(value, slot);
            }
        }

        /**
         * Puts {@code value} in the place of the entity with its id.
         *
         * @throws IllegalArgumentException if no entity of the kind has its id
         */
        void replace(V value) {
            K id = idOf(value);
            Integer slot = slotsById.get(id);
            checkArgument(slot != null, "registry has no %s with id %s", kind.singular, id);
            V old = checkNotNull(slots.get(slot));
            for (Groups.Editor<?, V> each : groups) {
                each.remove(old, slot);
            }
            slots.set(slot, value);
            for (Groups.Editor<?, V> each : groups) {
                each.add(value, slot);
            }
        }

        /**
         * Removes the entity with id {@code id}.
         *
         * @throws IllegalArgumentException if no entity of the kind has that id
         */
        void remove(K id) {
            Integer slot = slotsById.get(id);
            checkArgument(slot != null, "registry has no %s with id %s", kind.singular, id);
            slotsById.remove(id);
            empty(slot);
        }

        /**
         * Removes the first-added entity that equals {@code value}, of a kind without ids.
         *
         * @throws IllegalArgumentException if the store holds no such entity; the message does
         *     not show the value, which may be personal data
         */
        void removeValue(V value) {
            int slot = groups.get(0).slotOf(value);
            checkArgument(slot >= 0, "registry has no such %s", kind.singular);
            empty(slot);
        }

        private void empty(int slot) {
            V old = checkNotNull(slots.get(slot));
            slots.set(slot, null);
            size--;
            for (Groups.Editor<?, V> each : groups) {
                each.remove(old, slot);
            }
        }

        /** Returns the store as changed so far, which later changes leave as it is. */
        Store<K, V> freeze() {
            SlotVector<V> frozen = slots.freeze();
            int empty = frozen.size() - size;
            if (empty > COMPACT_ABOVE && empty > size) {
                List<V> live = new ArrayList<>(size);
                for (int slot = 0; slot < frozen.size(); slot++) {
                    V value = frozen.get(slot);
                    if (value != null) {
                        live.add(value);
                    }
                }
                return of(kind, live);
            }
            ImmutableList.Builder<Groups<?, V>> frozenGroups = ImmutableList.builderWithExpectedSize(groups.size());
            for (Groups.Editor<?, V> each : groups) {
                frozenGroups.add(each.freeze());
            }
            return new Store<>(kind, slotsById.freeze(), frozen, size, frozenGroups.build(), null);
        }
    }
}

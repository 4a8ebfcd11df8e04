package org.civicpatrol.registry;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One way of grouping the entities of a kind: the keys each is listed under, and their order
 * within a key's group, either the order added or by date.
 *
 * @param <G> the type of the keys
 * @param <V> the type of the entities
 */
final class Grouping<G, V> {

    // Within a day (and in a grouping not by date, all entities share one day), the order added.
    private static final Comparator<Object> ADDED = Comparator.comparingInt(value -> 0);

    private final Function<V, ? extends Iterable<G>> keys;
    private final @Nullable Function<V, LocalDate> date;
    private final Comparator<? super V> tie;

    private Grouping(
            Function<V, ? extends Iterable<G>> keys, @Nullable Function<V, LocalDate> date, Comparator<? super V> tie) {
        this.keys = keys;
        this.date = date;
        this.tie = tie;
    }

    /** Lists each entity under one key, in the order added. */
    static <G, V> Grouping<G, V> by(Function<V, G> key) {
        return new Grouping<>(value -> ImmutableList.of(key.apply(value)), null, ADDED);
    }

    /** Lists each entity under its key if it has one, in the order added. */
    static <G, V> Grouping<G, V> byOptional(Function<V, Optional<G>> key) {
        return new Grouping<>(value -> key.apply(value).map(ImmutableList::of).orElse(ImmutableList.of()), null, ADDED);
    }

    /**
     * Lists each entity under each of its keys, in the order added.
     *
     * @param keys the keys of an entity, each at most once
     */
    static <G, V> Grouping<G, V> byEach(Function<V, ? extends Iterable<G>> keys) {
        return new Grouping<>(keys, null, ADDED);
    }

    /**
     * Lists each entity under each of its keys, by date; entities of one date in the order of
     * {@code tie}, then in the order added.
     *
     * @param keys the keys of an entity, each at most once (the model guarantees it: sets, an
     *     organiser never among its joint patrols, a member at most once in an attendance)
     */
    static <G, V> Grouping<G, V> byDate(
            Function<V, ? extends Iterable<G>> keys, Function<V, LocalDate> date, Comparator<? super V> tie) {
        return new Grouping<>(keys, date, tie);
    }

    Iterable<G> keysOf(V value) {
        return keys.apply(value);
    }

    boolean isDated() {
        return date != null;
    }

    /** The epoch day an entity is sorted by; 0 for every entity of a grouping in the order added. */
    long dayOf(V value) {
        return date == null ? 0 : date.apply(value).toEpochDay();
    }

    /**
     * Returns the epoch day of each entity of {@code values} ({@code null} for an empty slot), or
     * an empty array if the grouping is not by date.
     */
    long[] daysOf(List<? extends @Nullable V> values) {
        Function<V, LocalDate> dateOf = date;
        if (dateOf == null) {
            return Groups.NO_DAYS;
        }
        long[] days = new long[values.size()];
        for (int slot = 0; slot < days.length; slot++) {
            V value = values.get(slot);
            if (value != null) {
                days[slot] = dateOf.apply(value).toEpochDay();
            }
        }
        return days;
    }

    /**
     * Returns what makes the dates of two groupings the same: their date function, so that a kind
     * grouped several ways by one date works the dates out once.
     */
    Object dates() {
        return date == null ? Groups.NO_DAYS : date;
    }

    /** Orders two entities of one day and one key; ties are broken by the order added. */
    int compareWithinDay(V a, V b) {
        return tie.compare(a, b);
    }
}

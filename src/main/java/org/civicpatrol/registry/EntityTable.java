package org.civicpatrol.registry;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The entities of one kind, keyed by their unique id, in the order added: the registry's table
 * of that kind.
 */
final class EntityTable<K, V> {

    private final ImmutableMap<K, V> byId;

    private EntityTable(ImmutableMap<K, V> byId) {
        this.byId = byId;
    }

    /**
     * Indexes {@code values} by id.
     *
     * @param kind the plural name of the kind, for the message
     * @throws IllegalArgumentException if two values have the same id
     */
    static <K, V> EntityTable<K, V> of(List<V> values, Function<V, K> id, String kind) {
        Map<K, V> index = new LinkedHashMap<>();
        for (V value : values) {
            K key = id.apply(value);
            checkArgument(index.putIfAbsent(key, value) == null, "registry has two %s with id %s", kind, key);
        }
        return new EntityTable<>(ImmutableMap.copyOf(index));
    }

    Optional<V> get(K id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean contains(K id) {
        return byId.containsKey(id);
    }

    ImmutableCollection<V> values() {
        return byId.values();
    }

    int size() {
        return byId.size();
    }

    /** Groups the entities by a key each has, in the order added. */
    <G> ImmutableListMultimap<G, V> groupedBy(Function<V, G> key) {
        return byId.values().stream().collect(ImmutableListMultimap.toImmutableListMultimap(key, v -> v));
    }
}

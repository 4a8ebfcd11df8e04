package org.civicpatrol.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A persistent hash map: a hash array mapped trie (Bagwell), whose versions share every node a
 * change does not touch. Reading is a walk of at most seven nodes; changing one key copies the
 * nodes on its path only, so a change costs time and memory in proportion to the logarithm of the
 * size, never to the size.
 *
 * <p>Changes go through an {@link Editor}, which may change the nodes it made itself in place
 * (as Clojure's transients do): a batch of changes, or building a map from nothing, copies each
 * node at most once. Once {@linkplain Editor#freeze() frozen}, a version is never changed again,
 * so it is immutable and safe to share between threads. A large map is best made at once, from
 * the bottom up ({@link #of}), rather than by an editor one key at a time.
 *
 * <p>Keys and values are never {@code null}. Keys need consistent {@code equals} and {@code
 * hashCode}.
 */
final class HashTrie<K, V> {

    private static final HashTrie<Object, Object> EMPTY = new HashTrie<>(new BitmapNode(null, 0, new Object[0]), 0);

    private final Node root;
    private final int size;

    private HashTrie(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    @SuppressWarnings("unchecked") // the empty map holds no key or value of any type
    static <K, V> HashTrie<K, V> empty() {
        return (HashTrie<K, V>) EMPTY;
    }

    /** Returns the value of {@code key}, or {@code null} if there is none. */
    @SuppressWarnings("unchecked") // only values of type V are put
    @Nullable
    V get(K key) {
        return (V) root.find(0, hash(key), key);
    }

    int size() {
        return size;
    }

    /** Returns an editor that starts from this version and leaves it as it is. */
    Editor<K, V> edit() {
        return new Editor<>(root, size);
    }

    private static int hash(Object key) {
        return spread(key.hashCode());
    }

    private static int spread(int hashCode) {
        return hashCode ^ (hashCode >>> 16);
    }

    /** Makes the value of one key from every position at which the key was given. */
    @FunctionalInterface
    interface ValueOfPositions<V> {
        /**
         * Returns the value of the key given at {@code positions[from, to)}: at least one
         * position, in ascending order.
         */
        V apply(int[] positions, int from, int to);
    }

    /**
     * Returns the map of each distinct key among {@code keys.apply(i)}, for each position {@code
     * i} from {@code 0} to {@code count - 1}, to the value that {@code values} makes of the
     * positions at which the key was given; built at once from the bottom up: the keys are taken
     * in {@linkplain #pathOrder path order}, and each node is made once, at its final size, from
     * the keys below it. The map is the one that putting each key and its value would make.
     *
     * <p>A key is read only to tell it from keys of the same hash code. Putting the keys of a
     * map far larger than the processor's caches one by one reads keys again, at random, as each
     * put meets another key on its path; building a national registry's maps this way reads each
     * key once more only where keys share a hash code, which nearly always means they are equal.
     *
     * @param count how many positions there are, from {@code 0}
     * @param keys the key given at each position; equal keys may be given at several
     * @param hashCodes the {@link Object#hashCode() hash code} of each key, by position
     * @param values makes the value of each distinct key from the positions it was given at
     * @return the map of the distinct keys to their values; empty if {@code count} is zero
     * @throws IllegalArgumentException if {@code count} is negative or exceeds the hash codes
     */
    static <K, V> HashTrie<K, V> of(
            int count, IntFunction<? extends K> keys, int[] hashCodes, ValueOfPositions<? extends V> values) {
        int[] order = pathOrder(hashCodes, count);
        if (count == 0) {
            return empty();
        }
        int[] hashes = new int[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = spread(hashCodes[order[i]]);
        }
        Loader loader = new Loader(keys, values, order, hashes);
        BitmapNode root = loader.node(0, count, 0);
        return new HashTrie<>(root, loader.size);
    }

    /** The work of {@link #of}: the positions in path order, with their spread hashes. */
    private static final class Loader {
        private final IntFunction<?> keys;
        private final ValueOfPositions<?> values;
        private final int[] order;
        private final int[] hashes;
        // For the node being made at each depth (at most seven): its groups' digits and bounds.
        private final int[][] digitsAt = new int[7][32];
        private final int[][] startsAt = new int[7][32];
        private final int[][] endsAt = new int[7][32];
        private int size;

        Loader(IntFunction<?> keys, ValueOfPositions<?> values, int[] order, int[] hashes) {
            this.keys = keys;
            this.values = values;
            this.order = order;
            this.hashes = hashes;
        }

        /** The node of the positions {@code order[from, to)}, whose hashes agree below {@code shift}. */
        BitmapNode node(int from, int to, int shift) {
            // Below a common prefix, path order keeps the positions of each next five bits together.
            int[] digits = digitsAt[shift / 5];
            int[] starts = startsAt[shift / 5];
            int[] ends = endsAt[shift / 5];
            int groups = 0;
            for (int i = from; i < to; i++) {
                int digit = (hashes[i] >>> shift) & 31;
                if (groups == 0 || digits[groups - 1] != digit) {
                    digits[groups] = digit;
                    starts[groups] = i;
                    groups++;
                }
                ends[groups - 1] = i + 1;
            }
            // A node holds its entries in the order of their bits: sort the groups by digit.
            for (int g = 1; g < groups; g++) {
                for (int h = g; h > 0 && digits[h - 1] > digits[h]; h--) {
                    swap(digits, h);
                    swap(starts, h);
                    swap(ends, h);
                }
            }
            int bitmap = 0;
            @Nullable Object[] array = new Object[2 * groups];
            for (int g = 0; g < groups; g++) {
                bitmap |= 1 << digits[g];
                entry(array, 2 * g, starts[g], ends[g], shift);
            }
            return new BitmapNode(null, bitmap, array);
        }

        private static void swap(int[] array, int h) {
            int t = array[h - 1];
            array[h - 1] = array[h];
            array[h] = t;
        }

        /** Makes {@code array[at]} and {@code array[at + 1]} hold the positions {@code order[from, to)}. */
        private void entry(@Nullable Object[] array, int at, int from, int to, int shift) {
            if (hashes[from] != hashes[to - 1]) { // in path order, equal at both ends means equal throughout
                array[at] = null;
                array[at + 1] = node(from, to, shift + 5);
                return;
            }
            // One hash code: nearly always one key, given at one position or at several (the
            // entities of a group), which is made into a value as it is, with nothing allocated.
            Object first = checkNotNull(keys.apply(order[from]), "key");
            int same = from + 1;
            while (same < to && checkNotNull(keys.apply(order[same]), "key").equals(first)) {
                same++;
            }
            if (same == to) {
                size++;
                array[at] = first;
                array[at + 1] = checkNotNull(values.apply(order, from, to), "value");
                return;
            }
            // Keys that share the hash code are told apart (those before same are the first), and
            // the positions of each are brought together, in their order (counts become the starts).
            List<Object> distinct = new ArrayList<>(2);
            distinct.add(first);
            int[] keyIndex = new int[to - from];
            int[] counts = new int[to - from + 1];
            counts[1] = same - from;
            for (int i = same; i < to; i++) {
                Object key = checkNotNull(keys.apply(order[i]), "key");
                int k = distinct.indexOf(key);
                if (k < 0) {
                    k = distinct.size();
                    distinct.add(key);
                }
                keyIndex[i - from] = k;
                counts[k + 1]++;
            }
            for (int k = 0; k < distinct.size(); k++) {
                counts[k + 1] += counts[k];
            }
            int[] run = Arrays.copyOfRange(order, from, to);
            int[] next = counts.clone();
            for (int i = 0; i < run.length; i++) {
                order[from + next[keyIndex[i]]++] = run[i];
            }
            size += distinct.size();
            Object[] pairs = new Object[2 * distinct.size()];
            for (int k = 0; k < distinct.size(); k++) {
                pairs[2 * k] = distinct.get(k);
                pairs[2 * k + 1] = checkNotNull(values.apply(order, from + counts[k], from + counts[k + 1]), "value");
            }
            array[at] = null;
            array[at + 1] = new CollisionNode(null, hashes[from], pairs);
        }
    }

    /**
     * Returns the positions {@code 0} to {@code count - 1} of keys whose {@link Object#hashCode()
     * hash codes} are {@code hashCodes[0, count)}, in the order of the keys' paths through a trie:
     * keys whose paths share their first nodes come together, and keys of equal hash codes keep the
     * order of their positions.
     *
     * <p>In this order the keys below each node of a trie are next to each other, which is how
     * {@link #of} makes each node once, from the keys below it. Time in proportion to {@code
     * count}: a stable radix sort, in four passes of eight bits over the paths.
     *
     * @throws IllegalArgumentException if {@code count} is negative or exceeds the array
     */
    static int[] pathOrder(int[] hashCodes, int count) {
        checkArgument(count >= 0 && count <= hashCodes.length, "count %s of %s hash codes", count, hashCodes.length);
        // A path takes five bits of the spread hash at a time, from the lowest: with its bits
        // reversed, the first node's five bits are the most significant, and so on down.
        int[] paths = new int[count];
        int[] positions = new int[count];
        for (int i = 0; i < count; i++) {
            paths[i] = Integer.reverse(spread(hashCodes[i]));
            positions[i] = i;
        }
        int[] pathsOut = new int[count];
        int[] positionsOut = new int[count];
        int[] starts = new int[257];
        for (int shift = 0; shift < Integer.SIZE; shift += 8) {
            Arrays.fill(starts, 0);
            for (int i = 0; i < count; i++) {
                starts[((paths[i] >>> shift) & 0xFF) + 1]++;
            }
            for (int digit = 0; digit < 256; digit++) {
                starts[digit + 1] += starts[digit];
            }
            for (int i = 0; i < count; i++) {
                int at = starts[(paths[i] >>> shift) & 0xFF]++;
                pathsOut[at] = paths[i];
                positionsOut[at] = positions[i];
            }
            int[] swap = paths;
            paths = pathsOut;
            pathsOut = swap;
            swap = positions;
            positions = positionsOut;
            positionsOut = swap;
        }
        return positions; // four passes: back in the arrays first filled
    }

    /**
     * Changes a map, starting from a version that it leaves untouched. Not thread-safe; the
     * versions it {@linkplain #freeze() freezes} are.
     */
    static final class Editor<K, V> {
        // Nodes whose owner is this token were made by this editor since its last freeze: nobody
        // else sees them, so they may be changed in place.
        private Object owner = new Object();
        private Node root;
        private int size;
        private final Result result = new Result();

        private Editor(Node root, int size) {
            this.root = root;
            this.size = size;
        }

        @SuppressWarnings("unchecked") // only values of type V are put
        @Nullable
        V get(K key) {
            return (V) root.find(0, hash(key), key);
        }

        int size() {
            return size;
        }

        /** Maps {@code key} to {@code value}; returns the value it replaced, or {@code null}. */
        @CanIgnoreReturnValue
        @SuppressWarnings("unchecked") // only values of type V are put
        @Nullable
        V put(K key, V value) {
            checkNotNull(key, "key");
            checkNotNull(value, "value");
            result.previous = null;
            root = root.put(owner, 0, hash(key), key, value, result);
            if (result.previous == null) {
                size++;
            }
            return (V) result.previous;
        }

        /** Removes {@code key}; returns the value it had, or {@code null} if it had none. */
        @CanIgnoreReturnValue
        @SuppressWarnings("unchecked") // only values of type V are put
        @Nullable
        V remove(K key) {
            result.previous = null;
            Node changed = root.remove(owner, 0, hash(key), key, result);
            root = changed == null ? new BitmapNode(owner, 0, new Object[0]) : changed;
            if (result.previous != null) {
                size--;
            }
            return (V) result.previous;
        }

        /**
         * Returns the map as edited so far. Later changes through this editor copy what they
         * change, so the returned version never changes.
         */
        HashTrie<K, V> freeze() {
            owner = new Object();
            return new HashTrie<>(root, size);
        }
    }

    /** What a change found: the value it replaced or removed. */
    private static final class Result {
        @Nullable
        Object previous;
    }

    private abstract static class Node {
        abstract @Nullable Object find(int shift, int hash, Object key);

        abstract Node put(Object owner, int shift, int hash, Object key, Object value, Result result);

        /** Returns the node without {@code key}, or {@code null} if that leaves it empty. */
        abstract @Nullable Node remove(Object owner, int shift, int hash, Object key, Result result);
    }

    /**
     * Up to 32 entries, one for each value of five bits of the hash at this node's depth. The
     * array holds a pair for each bit set in the bitmap, in the order of the bits: a key and its
     * value, or {@code null} and the node below; past those pairs, a node an editor filled may
     * have room to spare.
     */
    private static final class BitmapNode extends Node {
        private final @Nullable Object owner;
        private int bitmap;
        private @Nullable Object[] array;

        BitmapNode(@Nullable Object owner, int bitmap, @Nullable Object[] array) {
            this.owner = owner;
            this.bitmap = bitmap;
            this.array = array;
        }

        private static int bit(int shift, int hash) {
            return 1 << ((hash >>> shift) & 31);
        }

        private int index(int bit) {
            return Integer.bitCount(bitmap & (bit - 1));
        }

        @Override
        @Nullable
        Object find(int shift, int hash, Object key) {
            int bit = bit(shift, hash);
            if ((bitmap & bit) == 0) {
                return null;
            }
            int i = 2 * index(bit);
            Object k = array[i];
            Object v = checkNotNull(array[i + 1]);
            if (k == null) {
                return ((Node) v).find(shift + 5, hash, key);
            }
            return key.equals(k) ? v : null;
        }

        private BitmapNode editable(Object editor) {
            return owner == editor ? this : new BitmapNode(editor, bitmap, array.clone());
        }

        @Override
        Node put(Object editor, int shift, int hash, Object key, Object value, Result result) {
            int bit = bit(shift, hash);
            int i = 2 * index(bit);
            if ((bitmap & bit) == 0) {
                int used = 2 * Integer.bitCount(bitmap);
                if (owner == editor && used + 2 <= array.length) { // room left in a node of this editor
                    System.arraycopy(array, i, array, i + 2, used - i);
                    array[i] = key;
                    array[i + 1] = value;
                    bitmap |= bit;
                    return this;
                }
                // A node this editor made grows by doubling, so that filling it in a batch copies
                // it a few times, not once per entry; a node of a frozen version is copied exactly.
                int capacity = owner == editor ? Math.min(64, Math.max(8, 2 * used)) : used + 2;
                @Nullable Object[] grown = new Object[capacity];
                System.arraycopy(array, 0, grown, 0, i);
                grown[i] = key;
                grown[i + 1] = value;
                System.arraycopy(array, i, grown, i + 2, used - i);
                BitmapNode node = owner == editor ? this : new BitmapNode(editor, bitmap, array);
                node.bitmap |= bit;
                node.array = grown;
                return node;
            }
            Object k = array[i];
            Object v = checkNotNull(array[i + 1]);
            if (k == null) {
                Node child = (Node) v;
                Node changed = child.put(editor, shift + 5, hash, key, value, result);
                if (changed == child) {
                    return this;
                }
                BitmapNode node = editable(editor);
                node.array[i + 1] = changed;
                return node;
            }
            if (key.equals(k)) {
                result.previous = v;
                if (v == value) {
                    return this;
                }
                BitmapNode node = editable(editor);
                node.array[i + 1] = value;
                return node;
            }
            BitmapNode node = editable(editor);
            node.array[i] = null;
            node.array[i + 1] = pair(editor, shift + 5, hash(k), k, v, hash, key, value);
            return node;
        }

        /** A node holding two entries whose hashes agree below {@code shift}. */
        private static Node pair(Object editor, int shift, int h1, Object k1, Object v1, int h2, Object k2, Object v2) {
            if (h1 == h2) {
                return new CollisionNode(editor, h1, new Object[] {k1, v1, k2, v2});
            }
            int b1 = bit(shift, h1);
            int b2 = bit(shift, h2);
            if (b1 == b2) {
                // the hashes differ in a higher bit, which a deeper node reaches (shift stays at most 30)
                return new BitmapNode(editor, b1, new Object[] {null, pair(editor, shift + 5, h1, k1, v1, h2, k2, v2)});
            }
            Object[] entries =
                    Integer.compareUnsigned(b1, b2) < 0 ? new Object[] {k1, v1, k2, v2} : new Object[] {k2, v2, k1, v1};
            return new BitmapNode(editor, b1 | b2, entries);
        }

        @Override
        @Nullable
        Node remove(Object editor, int shift, int hash, Object key, Result result) {
            int bit = bit(shift, hash);
            if ((bitmap & bit) == 0) {
                return this;
            }
            int i = 2 * index(bit);
            Object k = array[i];
            Object v = checkNotNull(array[i + 1]);
            if (k == null) {
                Node child = (Node) v;
                Node changed = child.remove(editor, shift + 5, hash, key, result);
                if (changed == child) {
                    return this;
                }
                if (changed != null) {
                    BitmapNode node = editable(editor);
                    node.array[i + 1] = changed;
                    return node;
                }
            } else if (key.equals(k)) {
                result.previous = v;
            } else {
                return this;
            }
            // the entry at i goes
            if (bitmap == bit) {
                return null;
            }
            int used = 2 * Integer.bitCount(bitmap);
            @Nullable Object[] shrunk = new Object[used - 2];
            System.arraycopy(array, 0, shrunk, 0, i);
            System.arraycopy(array, i + 2, shrunk, i, used - i - 2);
            BitmapNode node = owner == editor ? this : new BitmapNode(editor, bitmap, array);
            node.bitmap &= ~bit;
            node.array = shrunk;
            return node;
        }
    }

    /** Entries whose keys have the same hash, in a list. */
    private static final class CollisionNode extends Node {
        private final @Nullable Object owner;
        private final int hash;
        private Object[] array;

        CollisionNode(@Nullable Object owner, int hash, Object[] array) {
            this.owner = owner;
            this.hash = hash;
            this.array = array;
        }

        private int indexOf(Object key) {
            for (int i = 0; i < array.length; i += 2) {
                if (key.equals(array[i])) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        @Nullable
        Object find(int shift, int hash, Object key) {
            int i = hash == this.hash ? indexOf(key) : -1;
            return i < 0 ? null : array[i + 1];
        }

        private CollisionNode editable(Object editor) {
            return owner == editor ? this : new CollisionNode(editor, hash, array.clone());
        }

        @Override
        Node put(Object editor, int shift, int hash, Object key, Object value, Result result) {
            if (hash != this.hash) {
                // a key of another hash: this list becomes one entry of a node at this depth
                BitmapNode node = new BitmapNode(editor, BitmapNode.bit(shift, this.hash), new Object[] {null, this});
                return node.put(editor, shift, hash, key, value, result);
            }
            int i = indexOf(key);
            if (i >= 0) {
                result.previous = array[i + 1];
                if (array[i + 1] == value) {
                    return this;
                }
                CollisionNode node = editable(editor);
                node.array[i + 1] = value;
                return node;
            }
            Object[] grown = new Object[array.length + 2];
            System.arraycopy(array, 0, grown, 0, array.length);
            grown[array.length] = key;
            grown[array.length + 1] = value;
            CollisionNode node = owner == editor ? this : new CollisionNode(editor, hash, array);
            node.array = grown;
            return node;
        }

        @Override
        @Nullable
        Node remove(Object editor, int shift, int hash, Object key, Result result) {
            int i = hash == this.hash ? indexOf(key) : -1;
            if (i < 0) {
                return this;
            }
            result.previous = array[i + 1];
            if (array.length == 2) {
                return null;
            }
            Object[] shrunk = new Object[array.length - 2];
            System.arraycopy(array, 0, shrunk, 0, i);
            System.arraycopy(array, i + 2, shrunk, i, array.length - i - 2);
            CollisionNode node = owner == editor ? this : new CollisionNode(editor, hash, array);
            node.array = shrunk;
            return node;
        }
    }
}

package org.civicpatrol.registry;

import static com.google.common.base.Preconditions.checkElementIndex;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.jspecify.annotations.Nullable;

/**
 * A persistent array of slots that grows at its end: a trie of 32-way nodes whose versions share
 * every node a change does not touch, so that setting a slot or appending one copies at most one
 * node per level (four levels hold a million slots). A slot may be empty ({@code null}): the
 * registry's tables leave the slot of a removed entity empty, so that the others keep their
 * place.
 *
 * <p>Like {@link HashTrie}, changes go through an {@link Editor}, which changes its own nodes in
 * place, and a frozen version never changes.
 */
final class SlotVector<V> {

    private static final SlotVector<Object> EMPTY = new SlotVector<>(new Node(null), 0, 0);

    private final Node root;
    // The depth of the root in bits: 0 when the root is a leaf.
    private final int shift;
    private final int size;

    private SlotVector(Node root, int shift, int size) {
        this.root = root;
        this.shift = shift;
        this.size = size;
    }

    @SuppressWarnings("unchecked") // the empty vector holds nothing of any type
    static <V> SlotVector<V> empty() {
        return (SlotVector<V>) EMPTY;
    }

    /** Returns the number of slots, empty ones included. */
    int size() {
        return size;
    }

    /** Returns the value in slot {@code index}, or {@code null} if the slot is empty. */
    @Nullable
    V get(int index) {
        checkElementIndex(index, size);
        @SuppressWarnings("unchecked") // only values of type V are stored
        V value = (V) find(root, shift, index);
        return value;
    }

    private static @Nullable Object find(Node root, int shift, int index) {
        Node node = root;
        for (int level = shift; level > 0; level -= 5) {
            node = (Node) node.array[(index >>> level) & 31];
        }
        return node.array[index & 31];
    }

    /** Returns an editor that starts from this version and leaves it as it is. */
    Editor<V> edit() {
        return new Editor<>(root, shift, size);
    }

    /** Changes a vector, starting from a version that it leaves untouched; not thread-safe. */
    static final class Editor<V> {
        private Object owner = new Object();
        private Node root;
        private int shift;
        private int size;

        private Editor(Node root, int shift, int size) {
            this.root = root;
            this.shift = shift;
            this.size = size;
        }

        int size() {
            return size;
        }

        @Nullable
        V get(int index) {
            checkElementIndex(index, size);
            @SuppressWarnings("unchecked") // only values of type V are stored
            V value = (V) find(root, shift, index);
            return value;
        }

        /** Puts {@code value} (or {@code null}, to empty it) in slot {@code index}. */
        void set(int index, @Nullable V value) {
            checkElementIndex(index, size);
            root = set(root, shift, index, value);
        }

        /** Adds a slot holding {@code value} at the end; returns its index. */
        @CanIgnoreReturnValue
        int append(V value) {
            if (size == 32 << shift) { // full: a new root above the old one
                Node grown = new Node(owner);
                grown.array[0] = root;
                root = grown;
                shift += 5;
            }
            int index = size++;
            root = set(root, shift, index, value);
            return index;
        }

        private Node set(Node node, int level, int index, @Nullable V value) {
            Node editable = node.owner == owner ? node : new Node(owner, node.array.clone());
            int slot = (index >>> level) & 31;
            if (level == 0) {
                editable.array[slot] = value;
            } else {
                Node child = (Node) editable.array[slot];
                editable.array[slot] = set(child == null ? new Node(owner) : child, level - 5, index, value);
            }
            return editable;
        }

        /** Returns the vector as edited so far, which later changes through this editor leave as it is. */
        SlotVector<V> freeze() {
            owner = new Object();
            return new SlotVector<>(root, shift, size);
        }
    }

    private static final class Node {
        private final @Nullable Object owner;
        private final @Nullable Object[] array;

        Node(@Nullable Object owner) {
            this(owner, new Object[32]);
        }

        Node(@Nullable Object owner, @Nullable Object[] array) {
            this.owner = owner;
            this.array = array;
        }
    }
}

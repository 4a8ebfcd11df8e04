package org.civicpatrol.report;

import com.google.common.primitives.ImmutableIntArray;
import com.google.errorprone.annotations.Immutable;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.LongBinaryOperator;
import java.util.function.LongPredicate;
import org.civicpatrol.member.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Distinct members, each with a {@code long} of facts about them, as parallel arrays in one fixed
 * order (by the hash code of the id's text, then by id, with the hash codes kept beside the ids):
 * the compact set behind the member-keyed summaries, whose sorting and merging compare numbers.
 *
 * <p>A table is immutable, so summaries share tables rather than copy them. Tables are merged as
 * sorted runs, and a member in several runs gets the values combined by an associative,
 * commutative and idempotent operator, which makes the union itself associative, commutative
 * and idempotent.
 */
@Immutable
final class MemberTable {

    static final MemberTable EMPTY = new MemberTable(new MemberId[0], new int[0], new long[0]);

    // Never written after construction, and never handed out.
    @SuppressWarnings("Immutable")
    private final MemberId[] ids;
    // The ids' hash codes, the first key of the table's order. Never written after construction.
    @SuppressWarnings("Immutable")
    private final int[] hashes;
    // Never written after construction, and never handed out.
    @SuppressWarnings("Immutable")
    private final long[] values;
    // The positions in the order of the ids, sorted on first use; a volatile write publishes the
    // array, and a race at worst sorts twice to the same answer (hence not final).
    @SuppressWarnings("Immutable")
    private volatile @Nullable ImmutableIntArray positionsById;

    private MemberTable(MemberId[] ids, int[] hashes, long[] values) {
        this.ids = ids;
        this.hashes = hashes;
        this.values = values;
    }

    /**
     * The table's order: by the hash code of the id's text, then by id, a total order consistent
     * with equals. The hash codes sit in an array beside the ids, so that sorting and merging
     * compare numbers and reach an id's text only when two hash codes are equal.
     */
    private static int compare(int hashA, MemberId a, int hashB, MemberId b) {
        return hashA != hashB ? Integer.compare(hashA, hashB) : a.compareTo(b);
    }

    /** The first key of the table's order: {@link String#hashCode()}, which Java specifies. */
    private static int hash(MemberId id) {
        return id.value().hashCode();
    }

    int size() {
        return ids.length;
    }

    boolean isEmpty() {
        return ids.length == 0;
    }

    long value(int index) {
        return values[index];
    }

    MemberId id(int index) {
        return ids[index];
    }

    /** Returns the members whose value matches, as an unmodifiable set sorted by id. */
    Set<MemberId> idsWhere(LongPredicate test) {
        ImmutableIntArray byId = positionsById();
        MemberId[] matching = new MemberId[ids.length];
        int n = 0;
        for (int k = 0; k < byId.length(); k++) {
            int i = byId.get(k);
            if (test.test(values[i])) {
                matching[n++] = ids[i];
            }
        }
        return new SortedIds(Arrays.copyOf(matching, n));
    }

    /**
     * Returns the positions of the table's members in the order of their ids, for handing them
     * out in an order a reader can follow (the table itself is in the order of {@link #compare}):
     * sorted on the first call and kept, so that a roll-up, which never asks, never pays for it.
     */
    ImmutableIntArray positionsById() {
        ImmutableIntArray known = positionsById;
        if (known == null) {
            Integer[] positions = new Integer[ids.length];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i;
            }
            Arrays.sort(positions, (a, b) -> ids[a].compareTo(ids[b]));
            known = ImmutableIntArray.copyOf(Arrays.asList(positions));
            positionsById = known;
        }
        return known;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof MemberTable o && Arrays.equals(values, o.values) && Arrays.equals(ids, o.ids);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ids) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        // Never the ids: they identify people.
        return "MemberTable{size=" + ids.length + "}";
    }

    /** Collects members one by one and tables whole; confined to one thread, built once. */
    static final class Builder {
        private final LongBinaryOperator combine;
        private final List<MemberTable> runs = new ArrayList<>();
        private MemberId[] pendingIds = new MemberId[0];
        private int[] pendingHashes = new int[0];
        private long[] pendingValues = new long[0];
        private int pending;

        /**
         * @param combine how to combine the values of a member found twice: associative and
         *     commutative (a union of flags, or a sum of counts)
         */
        Builder(LongBinaryOperator combine) {
            this.combine = combine;
        }

        void add(MemberId id, long value) {
            if (pending == pendingIds.length) {
                int capacity = Math.max(16, pending * 2);
                pendingIds = Arrays.copyOf(pendingIds, capacity);
                pendingHashes = Arrays.copyOf(pendingHashes, capacity);
                pendingValues = Arrays.copyOf(pendingValues, capacity);
            }
            pendingIds[pending] = id;
            pendingHashes[pending] = hash(id);
            pendingValues[pending++] = value;
        }

        void addAll(MemberTable table) {
            if (!table.isEmpty()) {
                runs.add(table);
            }
        }

        /**
         * Builds the table of everything added so far. It can be called again, after more is
         * added or not: what was built is kept as one run and never added twice, so that a
         * combine that is not idempotent (a sum) stays right.
         */
        MemberTable build() {
            if (pending > 0) {
                runs.add(sortPending());
                pending = 0;
            }
            if (runs.isEmpty()) {
                return EMPTY;
            }
            if (runs.size() > 1) {
                MemberTable merged = mergeRuns();
                runs.clear();
                runs.add(merged);
            }
            return runs.get(0);
        }

        /** Sorts the single members in the table's order (a merge sort) and combines each one's values. */
        private MemberTable sortPending() {
            MemberId[] ids = Arrays.copyOf(pendingIds, pending);
            int[] hashes = Arrays.copyOf(pendingHashes, pending);
            long[] values = Arrays.copyOf(pendingValues, pending);
            MemberId[] idsBuffer = new MemberId[pending];
            int[] hashesBuffer = new int[pending];
            long[] valuesBuffer = new long[pending];
            for (int width = 1; width < pending; width *= 2) {
                for (int low = 0; low < pending; low += 2 * width) {
                    int middle = Math.min(low + width, pending);
                    int high = Math.min(low + 2 * width, pending);
                    int i = low;
                    int j = middle;
                    for (int n = low; n < high; n++) {
                        int from = j == high || (i < middle && compare(hashes[i], ids[i], hashes[j], ids[j]) <= 0)
                                ? i++
                                : j++;
                        idsBuffer[n] = ids[from];
                        hashesBuffer[n] = hashes[from];
                        valuesBuffer[n] = values[from];
                    }
                }
                MemberId[] swapIds = ids;
                ids = idsBuffer;
                idsBuffer = swapIds;
                int[] swapHashes = hashes;
                hashes = hashesBuffer;
                hashesBuffer = swapHashes;
                long[] swapValues = values;
                values = valuesBuffer;
                valuesBuffer = swapValues;
            }
            int n = 0;
            for (int i = 0; i < pending; i++) {
                if (n > 0 && hashes[n - 1] == hashes[i] && ids[n - 1].equals(ids[i])) {
                    values[n - 1] = combine.applyAsLong(values[n - 1], values[i]);
                } else {
                    ids[n] = ids[i];
                    hashes[n] = hashes[i];
                    values[n++] = values[i];
                }
            }
            return table(ids, hashes, values, n);
        }

        /** Merges the sorted runs at once through a heap of run cursors: n log(runs) comparisons. */
        private MemberTable mergeRuns() {
            int total = 0;
            for (MemberTable run : runs) {
                total += run.size();
            }
            MemberId[] ids = new MemberId[total];
            int[] hashes = new int[total];
            long[] values = new long[total];
            int[] position = new int[runs.size()];
            // A binary min-heap of run indices, ordered by each run's next member.
            int[] heap = new int[runs.size()];
            int heapSize = 0;
            for (int r = 0; r < runs.size(); r++) {
                heap[heapSize++] = r;
            }
            for (int k = heapSize / 2 - 1; k >= 0; k--) {
                siftDown(heap, heapSize, k, position);
            }
            int n = 0;
            while (heapSize > 0) {
                int r = heap[0];
                MemberTable run = runs.get(r);
                int at = position[r]++;
                MemberId id = run.ids[at];
                int hash = run.hashes[at];
                long value = run.values[at];
                if (n > 0 && hashes[n - 1] == hash && ids[n - 1].equals(id)) {
                    values[n - 1] = combine.applyAsLong(values[n - 1], value);
                } else {
                    ids[n] = id;
                    hashes[n] = hash;
                    values[n++] = value;
                }
                if (position[r] == run.size()) {
                    heap[0] = heap[--heapSize];
                }
                siftDown(heap, heapSize, 0, position);
            }
            return table(ids, hashes, values, n);
        }

        private static MemberTable table(MemberId[] ids, int[] hashes, long[] values, int n) {
            return n == ids.length
                    ? new MemberTable(ids, hashes, values)
                    : new MemberTable(Arrays.copyOf(ids, n), Arrays.copyOf(hashes, n), Arrays.copyOf(values, n));
        }

        private void siftDown(int[] heap, int size, int k, int[] position) {
            int at = k;
            while (true) {
                int smallest = at;
                int left = 2 * at + 1;
                int right = left + 1;
                if (left < size && before(heap[left], heap[smallest], position)) {
                    smallest = left;
                }
                if (right < size && before(heap[right], heap[smallest], position)) {
                    smallest = right;
                }
                if (smallest == at) {
                    return;
                }
                int swap = heap[at];
                heap[at] = heap[smallest];
                heap[smallest] = swap;
                at = smallest;
            }
        }

        /** Tells whether run {@code a}'s next member comes before run {@code b}'s. */
        private boolean before(int a, int b, int[] position) {
            MemberTable runA = runs.get(a);
            MemberTable runB = runs.get(b);
            int i = position[a];
            int j = position[b];
            return compare(runA.hashes[i], runA.ids[i], runB.hashes[j], runB.ids[j]) < 0;
        }
    }

    /** An unmodifiable set over ids sorted without duplicates. */
    private static final class SortedIds extends AbstractSet<MemberId> {
        private final MemberId[] ids;

        SortedIds(MemberId[] ids) {
            this.ids = ids;
        }

        @Override
        public boolean contains(@Nullable Object o) {
            return o instanceof MemberId id && Arrays.binarySearch(ids, id) >= 0;
        }

        @Override
        public Iterator<MemberId> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < ids.length;
                }

                @Override
                public MemberId next() {
                    if (next == ids.length) {
                        throw new NoSuchElementException();
                    }
                    return ids[next++];
                }
            };
        }

        @Override
        public int size() {
            return ids.length;
        }
    }
}

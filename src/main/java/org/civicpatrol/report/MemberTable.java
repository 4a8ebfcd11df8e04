package org.civicpatrol.report;

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
 * Distinct members, each with a {@code long} of facts about them, as two parallel arrays sorted by
 * id: the compact, hash-free set behind the member-keyed summaries.
 *
 * <p>A table is immutable, so summaries share tables rather than copy them. Tables are merged as
 * sorted runs, and a member in several runs gets the values combined by an associative,
 * commutative and idempotent operator, which makes the union itself associative, commutative
 * and idempotent.
 */
@Immutable
final class MemberTable {

    static final MemberTable EMPTY = new MemberTable(new MemberId[0], new long[0]);

    // Never written after construction, and never handed out.
    @SuppressWarnings("Immutable")
    private final MemberId[] ids;
    // Never written after construction, and never handed out.
    @SuppressWarnings("Immutable")
    private final long[] values;

    private MemberTable(MemberId[] ids, long[] values) {
        this.ids = ids;
        this.values = values;
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
        MemberId[] matching = new MemberId[ids.length];
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (test.test(values[i])) {
                matching[n++] = ids[i];
            }
        }
        return new SortedIds(n == ids.length ? ids : Arrays.copyOf(matching, n));
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
                pendingValues = Arrays.copyOf(pendingValues, capacity);
            }
            pendingIds[pending] = id;
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

        /** Sorts the single members by id (a merge sort) and combines each one's values. */
        private MemberTable sortPending() {
            MemberId[] ids = Arrays.copyOf(pendingIds, pending);
            long[] values = Arrays.copyOf(pendingValues, pending);
            MemberId[] idsBuffer = new MemberId[pending];
            long[] valuesBuffer = new long[pending];
            for (int width = 1; width < pending; width *= 2) {
                for (int low = 0; low < pending; low += 2 * width) {
                    int middle = Math.min(low + width, pending);
                    int high = Math.min(low + 2 * width, pending);
                    int i = low;
                    int j = middle;
                    for (int n = low; n < high; n++) {
                        if (j == high || (i < middle && ids[i].compareTo(ids[j]) <= 0)) {
                            idsBuffer[n] = ids[i];
                            valuesBuffer[n] = values[i++];
                        } else {
                            idsBuffer[n] = ids[j];
                            valuesBuffer[n] = values[j++];
                        }
                    }
                }
                MemberId[] swapIds = ids;
                ids = idsBuffer;
                idsBuffer = swapIds;
                long[] swapValues = values;
                values = valuesBuffer;
                valuesBuffer = swapValues;
            }
            int n = 0;
            for (int i = 0; i < pending; i++) {
                if (n > 0 && ids[n - 1].compareTo(ids[i]) == 0) {
                    values[n - 1] = combine.applyAsLong(values[n - 1], values[i]);
                } else {
                    ids[n] = ids[i];
                    values[n++] = values[i];
                }
            }
            return n == pending
                    ? new MemberTable(ids, values)
                    : new MemberTable(Arrays.copyOf(ids, n), Arrays.copyOf(values, n));
        }

        /** Merges the sorted runs at once through a heap of run cursors: n log(runs) comparisons. */
        private MemberTable mergeRuns() {
            int total = 0;
            for (MemberTable run : runs) {
                total += run.size();
            }
            MemberId[] ids = new MemberId[total];
            long[] values = new long[total];
            int[] position = new int[runs.size()];
            // A binary min-heap of run indices, ordered by each run's next id.
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
                MemberId id = run.ids[position[r]];
                long value = run.values[position[r]++];
                if (n > 0 && ids[n - 1].compareTo(id) == 0) {
                    values[n - 1] = combine.applyAsLong(values[n - 1], value);
                } else {
                    ids[n] = id;
                    values[n++] = value;
                }
                if (position[r] == run.size()) {
                    heap[0] = heap[--heapSize];
                }
                siftDown(heap, heapSize, 0, position);
            }
            return n == total
                    ? new MemberTable(ids, values)
                    : new MemberTable(Arrays.copyOf(ids, n), Arrays.copyOf(values, n));
        }

        private void siftDown(int[] heap, int size, int k, int[] position) {
            int at = k;
            while (true) {
                int smallest = at;
                int left = 2 * at + 1;
                int right = left + 1;
                if (left < size && head(heap[left], position).compareTo(head(heap[smallest], position)) < 0) {
                    smallest = left;
                }
                if (right < size && head(heap[right], position).compareTo(head(heap[smallest], position)) < 0) {
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

        private MemberId head(int run, int[] position) {
            return runs.get(run).ids[position[run]];
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

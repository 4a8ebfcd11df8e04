package org.civicpatrol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.LongBinaryOperator;
import org.civicpatrol.member.MemberId;
import org.junit.jupiter.api.Test;

/**
 * The sorted member table behind member and training summaries, checked against a plain sorted
 * map on seeded random input: members added one by one in any order and with repeats, whole
 * tables merged in any number, and both mixed.
 */
class MemberTableTest {

    private static final LongBinaryOperator OR = MemberTableTest::or;

    private static long or(long a, long b) {
        return a | b;
    }

    @Test
    void emptyBuilderGivesTheEmptyTable() {
        MemberTable table = new MemberTable.Builder(OR).build();

        assertThat(table).isSameAs(MemberTable.EMPTY);
        assertThat(table.size()).isZero();
        assertThat(table.idsWhere(value -> true)).isEmpty();
    }

    @Test
    void singleMembersAreSortedAndTheirValuesCombined() {
        MemberTable.Builder builder = new MemberTable.Builder(OR);
        builder.add(MemberId.of("m-3"), 1);
        builder.add(MemberId.of("m-1"), 2);
        builder.add(MemberId.of("m-3"), 4);
        builder.add(MemberId.of("m-2"), 8);
        builder.add(MemberId.of("m-1"), 2);

        MemberTable table = builder.build();

        assertThat(table.size()).isEqualTo(3);
        assertThat(table.idsWhere(value -> true))
                .containsExactly(MemberId.of("m-1"), MemberId.of("m-2"), MemberId.of("m-3"));
        assertThat(new long[] {table.value(0), table.value(1), table.value(2)}).containsExactly(2, 8, 5);
        assertThat(table.idsWhere(value -> (value & 1) != 0)).containsExactly(MemberId.of("m-3"));
    }

    @Test
    void oneTableAddedWholeIsSharedNotCopied() {
        MemberTable.Builder first = new MemberTable.Builder(OR);
        first.add(MemberId.of("a"), 1);
        MemberTable table = first.build();

        MemberTable.Builder second = new MemberTable.Builder(OR);
        second.addAll(table);
        second.addAll(MemberTable.EMPTY);

        assertThat(second.build()).isSameAs(table);
    }

    @Test
    void buildingAgreesWithASortedMapOnRandomInput() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Map<MemberId, Long> expected = new TreeMap<>();
            MemberTable.Builder builder = new MemberTable.Builder(OR);
            int tables = random.nextInt(12);
            for (int t = 0; t < tables; t++) {
                MemberTable.Builder part = new MemberTable.Builder(OR);
                fill(part, expected, random);
                builder.addAll(part.build());
            }
            fill(builder, expected, random);

            MemberTable table = builder.build();

            List<MemberId> ids = new ArrayList<>(table.idsWhere(value -> true));
            assertThat(ids).as("seed %s", seed).containsExactlyElementsOf(expected.keySet());
            List<Long> values = new ArrayList<>();
            List<MemberId> byPosition = new ArrayList<>();
            for (int i : table.positionsById().asList()) {
                values.add(table.value(i));
                byPosition.add(table.id(i));
            }
            assertThat(values).as("seed %s", seed).containsExactlyElementsOf(expected.values());
            assertThat(byPosition).as("seed %s", seed).containsExactlyElementsOf(expected.keySet());
        }
    }

    /**
     * The table keeps its members by the hash code of the id's text, then by id: ids whose texts
     * have equal hash codes ("Aa" and "BB" do) are told apart by id, when sorting, merging and
     * combining a member found twice.
     */
    @Test
    void idsWithEqualHashCodesStayDistinctMembers() {
        List<String> colliding = List.of("AaAa", "BBBB", "AaBB", "BBAa", "Aa", "BB");
        assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode()).isEqualTo("AaBB".hashCode());
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        MemberTable.Builder left = new MemberTable.Builder(OR);
        MemberTable.Builder right = new MemberTable.Builder(OR);
        for (int i = 0; i < colliding.size(); i++) {
            left.add(MemberId.of(colliding.get(i)), 1L << i);
            right.add(MemberId.of(colliding.get(colliding.size() - 1 - i)), 64L << i);
        }
        MemberTable.Builder both = new MemberTable.Builder(OR);
        both.addAll(left.build());
        both.addAll(right.build());

        MemberTable table = both.build();

        assertThat(table.size()).isEqualTo(colliding.size());
        for (int i = 0; i < table.size(); i++) {
            int k = colliding.indexOf(table.id(i).value());
            assertThat(table.value(i)).isEqualTo((1L << k) | (64L << (colliding.size() - 1 - k)));
            if (i > 0) {
                int previous = table.id(i - 1).value().hashCode();
                int current = table.id(i).value().hashCode();
                assertThat(previous < current
                                || (previous == current && table.id(i - 1).compareTo(table.id(i)) < 0))
                        .as("%s before %s", table.id(i - 1), table.id(i))
                        .isTrue();
            }
        }
        assertThat(table.idsWhere(value -> true))
                .containsExactly(
                        MemberId.of("Aa"),
                        MemberId.of("AaAa"),
                        MemberId.of("AaBB"),
                        MemberId.of("BB"),
                        MemberId.of("BBAa"),
                        MemberId.of("BBBB"));
    }

    private static void fill(MemberTable.Builder builder, Map<MemberId, Long> expected, SplittableRandom random) {
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            MemberId id = MemberId.of("m-" + random.nextInt(30));
            long value = 1L << random.nextInt(8);
            builder.add(id, value);
            expected.merge(id, value, (a, b) -> a | b);
        }
    }

    @Test
    void idSetsBehaveAsSets() {
        MemberTable.Builder builder = new MemberTable.Builder(OR);
        for (String id : List.of("c", "a", "b", "d")) {
            builder.add(MemberId.of(id), id.equals("b") ? 2 : 1);
        }
        Set<MemberId> odd = builder.build().idsWhere(value -> value == 1);

        assertThat(odd).hasSize(3).contains(MemberId.of("a")).doesNotContain(MemberId.of("b"));
        Object notAnId = "a";
        assertThat(odd.contains(notAnId)).isFalse();
        assertThat(odd).isEqualTo(new HashSet<>(List.of(MemberId.of("a"), MemberId.of("c"), MemberId.of("d"))));
        assertThat(odd.hashCode()).isEqualTo(new HashSet<>(odd).hashCode());
        java.util.Iterator<MemberId> ids = odd.iterator();
        ids.next();
        ids.next();
        ids.next();
        assertThat(ids.hasNext()).isFalse();
        assertThatThrownBy(ids::next).isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> odd.add(MemberId.of("e"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalTablesHaveEqualHashCodesAndNeverShowIds() {
        MemberTable.Builder one = new MemberTable.Builder(OR);
        one.add(MemberId.of("x-9"), 3);
        MemberTable.Builder two = new MemberTable.Builder(OR);
        two.add(MemberId.of("x-9"), 1);
        two.add(MemberId.of("x-9"), 2);

        MemberTable a = one.build();
        MemberTable b = two.build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).isEqualTo("MemberTable{size=1}");
    }

    /** A table built with a sum, which is not idempotent: building again adds nothing twice. */
    @Test
    void buildingAgainAddsNothingTwice() {
        MemberTable.Builder counts = new MemberTable.Builder(Long::sum);
        counts.add(MemberId.of("m-2"), 1);
        counts.add(MemberId.of("m-1"), 1);
        counts.add(MemberId.of("m-2"), 1);

        MemberTable first = counts.build();
        MemberTable again = counts.build();
        counts.add(MemberId.of("m-1"), 5);
        counts.addAll(first);
        MemberTable more = counts.build();

        assertThat(first.size()).isEqualTo(2);
        assertThat(first.id(0)).isEqualTo(MemberId.of("m-1"));
        assertThat(first.value(0)).isEqualTo(1);
        assertThat(first.value(1)).isEqualTo(2);
        assertThat(again).isEqualTo(first);
        assertThat(more.value(0)).isEqualTo(1 + 5 + 1);
        assertThat(more.value(1)).isEqualTo(2 + 2);
    }

    /**
     * Tables are equal exactly when they hold the same members with the same values, however they
     * were built: one by one, in another order, or merged from runs.
     */
    @Test
    void tablesAreEqualWhenTheyHoldTheSameMembersAndValues() {
        new EqualsTester()
                .addEqualityGroup(
                        table("m-1", 1, "m-2", 2),
                        table("m-2", 2, "m-1", 1),
                        merged(table("m-1", 1), table("m-2", 2)),
                        merged(table("m-1", 1, "m-2", 2), table("m-2", 2)))
                .addEqualityGroup(table("m-1", 1, "m-2", 4))
                .addEqualityGroup(table("m-1", 1, "m-3", 2))
                .addEqualityGroup(table("m-1", 1))
                .addEqualityGroup(MemberTable.EMPTY, new MemberTable.Builder(OR).build())
                .testEquals();
    }

    private static MemberTable table(Object... idsAndValues) {
        MemberTable.Builder builder = new MemberTable.Builder(OR);
        for (int i = 0; i < idsAndValues.length; i += 2) {
            builder.add(MemberId.of((String) idsAndValues[i]), ((Integer) idsAndValues[i + 1]).longValue());
        }
        return builder.build();
    }

    private static MemberTable merged(MemberTable... tables) {
        MemberTable.Builder builder = new MemberTable.Builder(OR);
        for (MemberTable table : tables) {
            builder.addAll(table);
        }
        return builder.build();
    }
}

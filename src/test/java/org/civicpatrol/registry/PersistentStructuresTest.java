package org.civicpatrol.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link HashTrie} and {@link SlotVector} against {@link HashMap} and {@link ArrayList}: random
 * sequences of changes (fixed seeds), with every version frozen along the way checked again at
 * the end, so that a change made in place where it should have copied is caught.
 */
class PersistentStructuresTest {

    /** A key whose hash code is chosen, so that keys collide in every bit or in some. */
    private record Key(int hash, int number) {
        @Override
        public int hashCode() {
            return hash;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 0x7, 0xFFFF, 0xFFFFFFFF})
    void aHashTrieAnswersAsAHashMapInEveryVersion(int hashMask) {
        Random random = new Random(hashMask);
        HashTrie<Key, Integer> trie = HashTrie.empty();
        List<HashTrie<Key, Integer>> versions = new ArrayList<>();
        List<Map<Key, Integer>> expected = new ArrayList<>();
        Map<Key, Integer> map = new HashMap<>();
        HashTrie.Editor<Key, Integer> editor = trie.edit();
        for (int step = 0; step < 20_000; step++) {
            int number = random.nextInt(3_000);
            Key key = new Key(Integer.reverse(number * 0x9E3779B9) & hashMask, number);
            if (random.nextInt(3) == 0) {
                assertThat(editor.remove(key)).isEqualTo(map.remove(key));
            } else {
                assertThat(editor.put(key, step)).isEqualTo(map.put(key, step));
            }
            assertThat(editor.size()).isEqualTo(map.size());
            if (step % 997 == 0) {
                versions.add(editor.freeze());
                expected.add(new HashMap<>(map));
            }
        }
        versions.add(editor.freeze());
        expected.add(map);
        for (int v = 0; v < versions.size(); v++) {
            HashTrie<Key, Integer> version = versions.get(v);
            Map<Key, Integer> answer = expected.get(v);
            assertThat(version.size()).isEqualTo(answer.size());
            for (int number = 0; number < 3_000; number++) {
                Key key = new Key(Integer.reverse(number * 0x9E3779B9) & hashMask, number);
                assertThat(version.get(key)).isEqualTo(answer.get(key));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 0x7, 0xFFFF, 0xFFFFFFFF})
    void aHashTrieBuiltAtOnceIsTheMapThatPutsMake(int hashMask) {
        for (int count : new int[] {0, 1, 2, 33, 5_000}) {
            Random random = new Random(hashMask + count);
            List<Key> keys = new ArrayList<>();
            int[] hashCodes = new int[count + 3]; // room past the count is ignored
            // the value of each key: every position it was given at, in ascending order
            Map<Key, List<Integer>> expected = new HashMap<>();
            for (int position = 0; position < count; position++) {
                int number = random.nextInt(Math.max(1, count / 2) + 1); // about one key in three repeats
                Key key = new Key(Integer.reverse(number * 0x9E3779B9) & hashMask, number);
                keys.add(key);
                hashCodes[position] = key.hashCode();
                expected.computeIfAbsent(key, k -> new ArrayList<>()).add(position);
            }
            HashTrie<Key, List<Integer>> trie = HashTrie.of(count, keys::get, hashCodes, (positions, from, to) -> {
                List<Integer> given = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    given.add(positions[i]);
                }
                return given;
            });

            assertThat(trie.size()).isEqualTo(expected.size());
            for (int number = 0; number <= count / 2 + 1; number++) {
                Key key = new Key(Integer.reverse(number * 0x9E3779B9) & hashMask, number);
                assertThat(trie.get(key)).isEqualTo(expected.get(key));
            }
            // A map built at once is a frozen version like any other: editing it copies.
            HashTrie.Editor<Key, List<Integer>> editor = trie.edit();
            Map<Key, List<Integer>> edited = new HashMap<>(expected);
            for (int step = 0; step < 2_000; step++) {
                int number = random.nextInt(count / 2 + 2);
                Key key = new Key(Integer.reverse(number * 0x9E3779B9) & hashMask, number);
                if (random.nextBoolean()) {
                    assertThat(editor.remove(key)).isEqualTo(edited.remove(key));
                } else {
                    List<Integer> value = List.of(-step);
                    assertThat(editor.put(key, value)).isEqualTo(edited.put(key, value));
                }
            }
            HashTrie<Key, List<Integer>> after = editor.freeze();
            for (int number = 0; number <= count / 2 + 1; number++) {
                Key key = new Key(Integer.reverse(number * 0x9E3779B9) & hashMask, number);
                assertThat(after.get(key)).isEqualTo(edited.get(key));
                assertThat(trie.get(key)).isEqualTo(expected.get(key));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 0x7, 0xFFFF, 0xFFFFFFFF})
    void pathOrderKeepsEveryPrefixOfAPathTogetherAndEqualHashCodesInOrder(int hashMask) {
        Random random = new Random(~hashMask);
        int count = 20_000;
        int[] hashCodes = new int[count];
        for (int i = 0; i < count; i++) {
            hashCodes[i] = random.nextInt() & hashMask;
        }
        int[] order = HashTrie.pathOrder(hashCodes, count);

        assertThat(order).hasSize(count);
        assertThat(java.util.Arrays.stream(order).sorted().toArray())
                .isEqualTo(java.util.stream.IntStream.range(0, count).toArray());
        for (int bits = 0; bits <= 32; bits++) {
            // the positions whose paths share their first bits (the trie takes the lowest first)
            // come in one run: a prefix once left never comes back
            long mask = (1L << bits) - 1;
            java.util.Set<Long> left = new java.util.HashSet<>();
            long current = -1;
            for (int position : order) {
                int h = hashCodes[position];
                long prefix = (h ^ (h >>> 16)) & mask;
                if (prefix != current) {
                    left.add(current);
                    if (left.contains(prefix)) {
                        throw new AssertionError("the prefix " + prefix + " of " + bits + " bits comes back");
                    }
                    current = prefix;
                }
            }
        }
        for (int i = 1; i < count; i++) {
            if (hashCodes[order[i - 1]] == hashCodes[order[i]]) {
                assertThat(order[i - 1]).isLessThan(order[i]);
            }
        }
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> HashTrie.pathOrder(hashCodes, count + 1))
                .withMessage("count 20001 of 20000 hash codes");
    }

    @Test
    void anEditorLeavesTheVersionItStartedFromAsItWas() {
        HashTrie.Editor<String, String> first = HashTrie.<String, String>empty().edit();
        first.put("a", "1");
        HashTrie<String, String> one = first.freeze();
        HashTrie.Editor<String, String> second = one.edit();
        second.put("a", "2");
        second.put("b", "3");
        assertThat(second.remove("a")).isEqualTo("2");
        assertThat(second.remove("z")).isNull();

        assertThat(one.get("a")).isEqualTo("1");
        assertThat(one.get("b")).isNull();
        assertThat(one.size()).isEqualTo(1);
        assertThat(HashTrie.<String, String>empty().size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 31, 32, 33, 1_024, 1_025, 40_000})
    void aSlotVectorAnswersAsAListInEveryVersion(int size) {
        Random random = new Random(size);
        SlotVector.Editor<Integer> editor = SlotVector.<Integer>empty().edit();
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            assertThat(editor.append(i)).isEqualTo(i);
            list.add(i);
        }
        SlotVector<Integer> built = editor.freeze();
        List<Integer> builtList = new ArrayList<>(list);
        for (int step = 0; step < 2_000 && size > 0; step++) {
            int index = random.nextInt(size);
            Integer value = random.nextInt(4) == 0 ? null : -step;
            editor.set(index, value);
            list.set(index, value);
        }
        editor.append(7);
        list.add(7);
        SlotVector<Integer> changed = editor.freeze();

        assertThat(built.size()).isEqualTo(size);
        assertThat(changed.size()).isEqualTo(size + 1);
        for (int i = 0; i < size; i++) {
            assertThat(built.get(i)).isEqualTo(builtList.get(i));
            assertThat(changed.get(i)).isEqualTo(list.get(i));
        }
        assertThat(changed.get(size)).isEqualTo(7);
        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> built.get(size));
    }
}

package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.Sex;
import org.jspecify.annotations.Nullable;

/**
 * Who the members are: the distinct members active on a date, by role, age band and sex, and
 * who joined and left over a period.
 *
 * <p>Members are counted as distinct people, by id, so that a member who moved between two
 * patrols counts once in any summary that covers both: {@link #plus} is a union, associative,
 * commutative and idempotent on the same members, with {@link #empty()} as its identity.
 * Joiners, leavers and retention are derived from the unions, so they too stay right at every
 * level of a roll-up: a member who moved from one dong to another within a gu left the one dong
 * and joined the other, but neither joined nor left the gu.
 *
 * <p>Definitions, for a validation date {@code asOf} and a period: <em>active</em> members have
 * an appointed membership on {@code asOf}; <em>joiners</em> were appointed in the period and
 * were not active on its first day; <em>leavers</em> were active on the period's first day and
 * not on its last; <em>retention</em> is the share of those active on the first day who are
 * still active on the last.
 */
public final class MemberSummary {

    /** The labels of {@link #bySex()}, in order: the {@link Sex} constants, then unknown. */
    static final ImmutableList<String> SEXES =
            ImmutableList.of(Sex.FEMALE.toString(), Sex.MALE.toString(), Sex.OTHER.toString(), AgeBands.UNKNOWN);

    // After SEXES, which building it needs.
    private static final MemberSummary EMPTY = new Builder(AgeBands.standard()).build();

    private final AgeBands bands;
    private final ImmutableSet<MemberId> active;
    private final ImmutableMap<Role, ImmutableSet<MemberId>> byRole;
    private final ImmutableMap<String, ImmutableSet<MemberId>> byAgeBand;
    private final ImmutableMap<String, ImmutableSet<MemberId>> bySex;
    private final ImmutableSet<MemberId> activeAtStart;
    private final ImmutableSet<MemberId> activeAtEnd;
    private final ImmutableSet<MemberId> appointed;

    private MemberSummary(Builder b) {
        this.bands = b.bands;
        this.active = ImmutableSet.copyOf(b.active);
        this.byRole = freeze(b.byRole);
        this.byAgeBand = freeze(b.byAgeBand);
        this.bySex = freeze(b.bySex);
        this.activeAtStart = ImmutableSet.copyOf(b.activeAtStart);
        this.activeAtEnd = ImmutableSet.copyOf(b.activeAtEnd);
        this.appointed = ImmutableSet.copyOf(b.appointed);
    }

    private static <K> ImmutableMap<K, ImmutableSet<MemberId>> freeze(Map<K, Set<MemberId>> map) {
        ImmutableMap.Builder<K, ImmutableSet<MemberId>> result = ImmutableMap.builder();
        map.forEach((k, v) -> result.put(k, ImmutableSet.copyOf(v)));
        return result.buildOrThrow();
    }

    /**
     * Returns the summary of nobody, with the standard age bands.
     *
     * @return the empty summary
     */
    public static MemberSummary empty() {
        return EMPTY;
    }

    /**
     * Returns the summary of the members of both summaries, each counted once.
     *
     * @param other the other summary
     * @return the union
     * @throws IllegalArgumentException if both summaries have members and different age bands
     */
    public MemberSummary plus(MemberSummary other) {
        checkNotNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        checkArgument(
                bands.equals(other.bands),
                "member summaries with different age bands cannot be added: %s and %s",
                bands,
                other.bands);
        Builder b = new Builder(bands);
        b.addAll(this);
        b.addAll(other);
        return b.build();
    }

    private boolean isEmpty() {
        return active.isEmpty() && activeAtStart.isEmpty() && activeAtEnd.isEmpty() && appointed.isEmpty();
    }

    /**
     * Returns the age bands of {@link #byAgeBand()}.
     *
     * @return the bands
     */
    public AgeBands ageBands() {
        return bands;
    }

    /**
     * Returns the distinct members active on the date.
     *
     * @return their ids
     */
    public ImmutableSet<MemberId> active() {
        return active;
    }

    /**
     * Returns the number of distinct members active on the date.
     *
     * @return the count
     */
    public int count() {
        return active.size();
    }

    /**
     * Returns the number of active members in each role they hold on the date; roles nobody
     * holds are left out.
     *
     * @return the counts, in {@link Role} order
     */
    public ImmutableMap<Role, Integer> byRole() {
        return counts(byRole);
    }

    /**
     * Returns the number of active members in each age band on the date, in the bands the
     * summary was computed with; empty bands are left out.
     *
     * @return the counts, youngest band first, unknown last
     */
    public ImmutableMap<String, Integer> byAgeBand() {
        return counts(byAgeBand);
    }

    /**
     * Returns the number of active members of each recorded sex, and {@code unknown} for those
     * without one; empty groups are left out.
     *
     * @return the counts
     */
    public ImmutableMap<String, Integer> bySex() {
        return counts(bySex);
    }

    private static <K> ImmutableMap<K, Integer> counts(ImmutableMap<K, ImmutableSet<MemberId>> sets) {
        ImmutableMap.Builder<K, Integer> result = ImmutableMap.builder();
        sets.forEach((k, v) -> result.put(k, v.size()));
        return result.buildOrThrow();
    }

    /**
     * Returns the number of members who joined in the period: appointed in it, and not active
     * on its first day.
     *
     * @return the count
     */
    public int joiners() {
        return Sets.difference(appointed, activeAtStart).size();
    }

    /**
     * Returns the number of members who left in the period: active on its first day and not on
     * its last.
     *
     * @return the count
     */
    public int leavers() {
        return Sets.difference(activeAtStart, activeAtEnd).size();
    }

    /**
     * Returns the share of the members active on the period's first day who are still active on
     * its last.
     *
     * @return the retention, or empty if nobody was active on the first day
     */
    public OptionalDouble retention() {
        if (activeAtStart.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(
                (double) Sets.intersection(activeAtStart, activeAtEnd).size() / activeAtStart.size());
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof MemberSummary o
                && (bands.equals(o.bands) || (isEmpty() && o.isEmpty()))
                && active.equals(o.active)
                && byRole.equals(o.byRole)
                && byAgeBand.equals(o.byAgeBand)
                && bySex.equals(o.bySex)
                && activeAtStart.equals(o.activeAtStart)
                && activeAtEnd.equals(o.activeAtEnd)
                && appointed.equals(o.appointed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(active, activeAtStart, activeAtEnd, appointed);
    }

    /** Returns the counts, never the members: {@code MemberSummary{count=12, joiners=2, ...}}. */
    @Override
    public String toString() {
        return "MemberSummary{count=" + count() + ", byRole=" + byRole() + ", joiners=" + joiners() + ", leavers="
                + leavers() + "}";
    }

    /** The mutable union behind a summary; confined to one thread. */
    static final class Builder {
        private final AgeBands bands;
        private final Set<MemberId> active = new HashSet<>();
        private final Map<Role, Set<MemberId>> byRole = new EnumMap<>(Role.class);
        private final Map<String, Set<MemberId>> byAgeBand = new HashMap<>();
        private final Map<String, Set<MemberId>> bySex = new LinkedHashMap<>();
        private final Set<MemberId> activeAtStart = new HashSet<>();
        private final Set<MemberId> activeAtEnd = new HashSet<>();
        private final Set<MemberId> appointed = new HashSet<>();

        Builder(AgeBands bands) {
            this.bands = bands;
        }

        AgeBands bands() {
            return bands;
        }

        void active(MemberId member, Role role, String ageBand, String sex) {
            active.add(member);
            byRole.computeIfAbsent(role, k -> new HashSet<>()).add(member);
            bandSet(ageBand).add(member);
            bySex.computeIfAbsent(sex, k -> new HashSet<>()).add(member);
        }

        private Set<MemberId> bandSet(String band) {
            return byAgeBand.computeIfAbsent(band, k -> new HashSet<>());
        }

        void activeAtStart(MemberId member) {
            activeAtStart.add(member);
        }

        void activeAtEnd(MemberId member) {
            activeAtEnd.add(member);
        }

        void appointed(MemberId member) {
            appointed.add(member);
        }

        void addAll(MemberSummary s) {
            active.addAll(s.active);
            s.byRole.forEach(
                    (k, v) -> byRole.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
            s.byAgeBand.forEach(
                    (k, v) -> byAgeBand.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
            s.bySex.forEach(
                    (k, v) -> bySex.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
            activeAtStart.addAll(s.activeAtStart);
            activeAtEnd.addAll(s.activeAtEnd);
            appointed.addAll(s.appointed);
        }

        MemberSummary build() {
            Map<String, Set<MemberId>> bandsInOrder = new LinkedHashMap<>();
            for (String label : bands.labels()) {
                Set<MemberId> members = byAgeBand.get(label);
                if (members != null && !members.isEmpty()) {
                    bandsInOrder.put(label, members);
                }
            }
            byAgeBand.clear();
            byAgeBand.putAll(bandsInOrder);
            Map<String, Set<MemberId>> sexesInOrder = new LinkedHashMap<>();
            for (String sex : SEXES) {
                Set<MemberId> members = bySex.get(sex);
                if (members != null && !members.isEmpty()) {
                    sexesInOrder.put(sex, members);
                }
            }
            bySex.clear();
            bySex.putAll(sexesInOrder);
            return new MemberSummary(this);
        }
    }
}

package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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

    private static final int AT_START = 1;
    private static final int AT_END = 2;
    private static final int APPOINTED = 4;

    // After SEXES, which building it needs.
    private static final MemberSummary EMPTY = new Builder(AgeBands.standard()).build();

    private final AgeBands bands;
    // Unmodifiable views of maps that only this summary holds: the builder hands them over.
    private final Map<MemberId, Profile> active;
    private final Map<MemberId, Integer> flows;
    private final ImmutableMap<Role, Integer> byRole;
    private final ImmutableMap<String, Integer> byAgeBand;
    private final ImmutableMap<String, Integer> bySex;
    private final int joiners;
    private final int leavers;
    private final int retained;
    private final int atStart;

    private MemberSummary(AgeBands bands, Map<MemberId, Profile> active, Map<MemberId, Integer> flows) {
        this.bands = bands;
        this.active = Collections.unmodifiableMap(active);
        this.flows = Collections.unmodifiableMap(flows);
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        Map<String, Integer> ages = new HashMap<>();
        Map<String, Integer> sexes = new HashMap<>();
        for (Profile profile : active.values()) {
            roles.merge(profile.role(), 1, Integer::sum);
            ages.merge(profile.ageBand(), 1, Integer::sum);
            sexes.merge(profile.sex(), 1, Integer::sum);
        }
        this.byRole = ImmutableMap.copyOf(roles);
        this.byAgeBand = inOrder(ages, bands.labels());
        this.bySex = inOrder(sexes, SEXES);
        int joined = 0;
        int left = 0;
        int stayed = 0;
        int started = 0;
        for (int flow : flows.values()) {
            boolean start = (flow & AT_START) != 0;
            boolean end = (flow & AT_END) != 0;
            joined += (flow & APPOINTED) != 0 && !start ? 1 : 0;
            left += start && !end ? 1 : 0;
            stayed += start && end ? 1 : 0;
            started += start ? 1 : 0;
        }
        this.joiners = joined;
        this.leavers = left;
        this.retained = stayed;
        this.atStart = started;
    }

    private static ImmutableMap<String, Integer> inOrder(Map<String, Integer> counts, List<String> order) {
        ImmutableMap.Builder<String, Integer> result = ImmutableMap.builder();
        for (String key : order) {
            Integer count = counts.get(key);
            if (count != null) {
                result.put(key, count);
            }
        }
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
     * Returns the summary of the members of both summaries, each counted once. A member active
     * in both with different roles counts in the more senior one (in {@link Role} order).
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
        return active.isEmpty() && flows.isEmpty();
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
     * @return their ids, an unmodifiable set
     */
    public Set<MemberId> active() {
        return active.keySet();
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
        return byRole;
    }

    /**
     * Returns the number of active members in each age band on the date, in the bands the
     * summary was computed with; empty bands are left out.
     *
     * @return the counts, youngest band first, unknown last
     */
    public ImmutableMap<String, Integer> byAgeBand() {
        return byAgeBand;
    }

    /**
     * Returns the number of active members of each recorded sex, and {@code unknown} for those
     * without one; empty groups are left out.
     *
     * @return the counts
     */
    public ImmutableMap<String, Integer> bySex() {
        return bySex;
    }

    /**
     * Returns the number of members who joined in the period: appointed in it, and not active
     * on its first day.
     *
     * @return the count
     */
    public int joiners() {
        return joiners;
    }

    /**
     * Returns the number of members who left in the period: active on its first day and not on
     * its last.
     *
     * @return the count
     */
    public int leavers() {
        return leavers;
    }

    /**
     * Returns the share of the members active on the period's first day who are still active on
     * its last.
     *
     * @return the retention, or empty if nobody was active on the first day
     */
    public OptionalDouble retention() {
        return atStart == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) retained / atStart);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof MemberSummary o
                && (bands.equals(o.bands) || (isEmpty() && o.isEmpty()))
                && active.equals(o.active)
                && flows.equals(o.flows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(active, flows);
    }

    /** Returns the counts, never the members: {@code MemberSummary{count=12, joiners=2, ...}}. */
    @Override
    public String toString() {
        return "MemberSummary{count=" + count() + ", byRole=" + byRole() + ", joiners=" + joiners() + ", leavers="
                + leavers() + "}";
    }

    /** What a summary knows of an active member: role, age band and sex, as labels. */
    record Profile(Role role, String ageBand, String sex) {

        /** Returns the more senior of two profiles, then the smaller labels: a total order's minimum. */
        static Profile min(Profile a, Profile b) {
            int byRole = a.role().compareTo(b.role());
            if (byRole != 0) {
                return byRole < 0 ? a : b;
            }
            int byBand = a.ageBand().compareTo(b.ageBand());
            if (byBand != 0) {
                return byBand < 0 ? a : b;
            }
            return a.sex().compareTo(b.sex()) <= 0 ? a : b;
        }
    }

    /** The mutable union behind a summary; confined to one thread. */
    static final class Builder {
        private final AgeBands bands;
        // Handed over to the summary by build(), then replaced.
        private Map<MemberId, Profile> active = new HashMap<>();
        private Map<MemberId, Integer> flows = new HashMap<>();

        Builder(AgeBands bands) {
            this.bands = bands;
        }

        void active(MemberId member, Role role, String ageBand, String sex) {
            active.merge(member, new Profile(role, ageBand, sex), Profile::min);
        }

        void activeAtStart(MemberId member) {
            flows.merge(member, AT_START, (a, b) -> a | b);
        }

        void activeAtEnd(MemberId member) {
            flows.merge(member, AT_END, (a, b) -> a | b);
        }

        void appointed(MemberId member) {
            flows.merge(member, APPOINTED, (a, b) -> a | b);
        }

        void addAll(MemberSummary s) {
            if (active.isEmpty() && flows.isEmpty()) {
                active = new HashMap<>(s.active);
                flows = new HashMap<>(s.flows);
                return;
            }
            s.active.forEach((k, v) -> active.merge(k, v, Profile::min));
            s.flows.forEach((k, v) -> flows.merge(k, v, (a, b) -> a | b));
        }

        MemberSummary build() {
            MemberSummary summary = new MemberSummary(bands, active, flows);
            active = new HashMap<>();
            flows = new HashMap<>();
            return summary;
        }
    }
}

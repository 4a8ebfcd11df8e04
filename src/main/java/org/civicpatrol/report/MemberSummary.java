package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
@Immutable
public final class MemberSummary {

    /** The keys of {@link #bySex()}, in order: the recorded sexes, then unknown. */
    static final ImmutableList<SexGroup> SEXES = ImmutableList.copyOf(SexGroup.values());

    private static final ImmutableList<Role> ROLES = ImmutableList.copyOf(Role.values());

    // What the table holds of each member, in one long: the flows in bits 0-2, whether active in
    // bit 3, and the profile of an active member above: sex in bits 8-15, age band in 16-47 and
    // role in 48-55, so that the smaller profile is the more senior role, then the younger band.
    private static final long AT_START = 1;
    private static final long AT_END = 2;
    private static final long APPOINTED = 4;
    private static final long ACTIVE = 8;
    private static final long FLAGS = 15;
    private static final int SEX_SHIFT = 8;
    private static final int BAND_SHIFT = 16;
    private static final int ROLE_SHIFT = 48;

    // After SEXES and ROLES, which building it needs.
    private static final MemberSummary EMPTY = new Builder(AgeBands.standard()).build();

    private final AgeBands bands;
    private final MemberTable table;
    private final int count;
    private final ImmutableMap<Role, Integer> byRole;
    private final ImmutableMap<AgeBand, Integer> byAgeBand;
    private final ImmutableMap<SexGroup, Integer> bySex;
    private final int joiners;
    private final int leavers;
    private final int retained;
    private final int atStart;

    private MemberSummary(AgeBands bands, MemberTable table) {
        this.bands = bands;
        this.table = table;
        int[] roles = new int[ROLES.size()];
        int[] ages = new int[bands.bands().size()];
        int[] sexes = new int[SEXES.size()];
        int active = 0;
        int joined = 0;
        int left = 0;
        int stayed = 0;
        int started = 0;
        for (int i = 0; i < table.size(); i++) {
            long value = table.value(i);
            if ((value & ACTIVE) != 0) {
                active++;
                roles[(int) (value >>> ROLE_SHIFT)]++;
                ages[(int) ((value >>> BAND_SHIFT) & 0xFFFF_FFFFL)]++;
                sexes[(int) ((value >>> SEX_SHIFT) & 0xFF)]++;
            }
            boolean start = (value & AT_START) != 0;
            boolean end = (value & AT_END) != 0;
            joined += (value & APPOINTED) != 0 && !start ? 1 : 0;
            left += start && !end ? 1 : 0;
            stayed += start && end ? 1 : 0;
            started += start ? 1 : 0;
        }
        this.count = active;
        this.byRole = inOrder(roles, ROLES);
        this.byAgeBand = inOrder(ages, bands.bands());
        this.bySex = inOrder(sexes, SEXES);
        this.joiners = joined;
        this.leavers = left;
        this.retained = stayed;
        this.atStart = started;
    }

    private static <K> ImmutableMap<K, Integer> inOrder(int[] counts, List<K> keys) {
        ImmutableMap.Builder<K, Integer> result = ImmutableMap.builder();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                result.put(keys.get(i), counts[i]);
            }
        }
        return result.buildOrThrow();
    }

    /** The table behind the figures, for the JSON support. */
    MemberTable table() {
        return table;
    }

    /**
     * Describes what a table holds of one member, for the JSON support: the flows, and for a
     * member active on the date the role, and with {@code personal} the age band's label and the
     * sex group.
     */
    static Map<String, Object> describe(long value, AgeBands bands, boolean personal) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("atStart", (value & AT_START) != 0);
        entry.put("atEnd", (value & AT_END) != 0);
        entry.put("appointed", (value & APPOINTED) != 0);
        if ((value & ACTIVE) != 0) {
            entry.put("role", ROLES.get((int) (value >>> ROLE_SHIFT)).name());
            if (personal) {
                entry.put(
                        "ageBand",
                        bands.bands()
                                .get((int) ((value >>> BAND_SHIFT) & 0xFFFF_FFFFL))
                                .label());
                entry.put("sex", SEXES.get((int) ((value >>> SEX_SHIFT) & 0xFF)).name());
            }
        }
        return entry;
    }

    /**
     * Encodes a described member again; an active member without an age band or a sex is in the
     * unknown band and group.
     *
     * @throws IllegalArgumentException if a role, band or sex is not one of the summary's
     */
    static long encode(
            boolean atStart,
            boolean atEnd,
            boolean appointed,
            Optional<String> role,
            Optional<String> ageBand,
            Optional<String> sex,
            AgeBands bands) {
        long value = (atStart ? AT_START : 0) | (atEnd ? AT_END : 0) | (appointed ? APPOINTED : 0);
        if (role.isEmpty()) {
            checkArgument(ageBand.isEmpty() && sex.isEmpty(), "only an active member has an age band or a sex");
            return value;
        }
        int roleIndex = ROLES.indexOf(Role.valueOf(role.get()));
        int band = bands.bands().size() - 1;
        if (ageBand.isPresent()) {
            band = -1;
            for (int i = 0; i < bands.bands().size(); i++) {
                if (bands.bands().get(i).label().equals(ageBand.get())) {
                    band = i;
                }
            }
            checkArgument(band >= 0, "no age band labelled %s in %s", ageBand.get(), bands);
        }
        long sexIndex = SEXES.indexOf(sex.map(SexGroup::valueOf).orElse(SexGroup.UNKNOWN));
        return value | ACTIVE | (long) roleIndex << ROLE_SHIFT | (long) band << BAND_SHIFT | sexIndex << SEX_SHIFT;
    }

    /** Combines what two summaries know of one member: flows united, the smaller profile kept. */
    private static long combine(long a, long b) {
        long flags = (a | b) & FLAGS;
        if ((a & b & ACTIVE) != 0) {
            return Math.min(a >>> SEX_SHIFT, b >>> SEX_SHIFT) << SEX_SHIFT | flags;
        }
        long profile = (a & ACTIVE) != 0 ? a : (b & ACTIVE) != 0 ? b : 0;
        return (profile & ~FLAGS) | flags;
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
     * in both with different roles counts in the more senior one (in {@link Role} order). Should
     * the two disagree on her age band or sex, as summaries of different dates or registries may,
     * she counts once, as one of the two: the one in the younger band, or in the same band the
     * one whose sex {@link #bySex()} lists first.
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
        return table.isEmpty();
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
        return table.idsWhere(value -> (value & ACTIVE) != 0);
    }

    /**
     * Returns the number of distinct members active on the date.
     *
     * @return the count
     */
    public int count() {
        return count;
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
    public ImmutableMap<AgeBand, Integer> byAgeBand() {
        return byAgeBand;
    }

    /**
     * Returns the number of active members of each recorded sex, and {@link SexGroup#UNKNOWN}
     * for those without one; empty groups are left out.
     *
     * @return the counts
     */
    public ImmutableMap<SexGroup, Integer> bySex() {
        return bySex;
    }

    /**
     * Returns the number of members who joined in the period: appointed in it, and not active
     * on its first day.
     *
     * @return the count
     */
    public int joinerCount() {
        return joiners;
    }

    /**
     * Returns the number of members who left in the period: active on its first day and not on
     * its last.
     *
     * @return the count
     */
    public int leaverCount() {
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
                && table.equals(o.table);
    }

    @Override
    public int hashCode() {
        return table.hashCode();
    }

    /** Returns the counts, never the members: {@code MemberSummary{count=12, joiners=2, ...}}. */
    @Override
    public String toString() {
        return "MemberSummary{count=" + count() + ", byRole=" + byRole() + ", joiners=" + joinerCount() + ", leavers="
                + leaverCount() + "}";
    }

    /** The mutable union behind a summary; confined to one thread, built once. */
    static final class Builder {
        private final AgeBands bands;
        private final MemberTable.Builder table = new MemberTable.Builder(MemberSummary::combine);

        Builder(AgeBands bands) {
            this.bands = bands;
        }

        /**
         * Adds a member active on the date.
         *
         * @param band the index of the member's age band in the builder's {@link AgeBands#bands()}
         * @param sex the member's sex, if recorded
         */
        void active(MemberId member, Role role, int band, Optional<Sex> sex) {
            long sexIndex = SEXES.indexOf(SexGroup.of(sex));
            table.add(
                    member,
                    (long) ROLES.indexOf(role) << ROLE_SHIFT
                            | (long) band << BAND_SHIFT
                            | sexIndex << SEX_SHIFT
                            | ACTIVE);
        }

        void activeAtStart(MemberId member) {
            table.add(member, AT_START);
        }

        void activeAtEnd(MemberId member) {
            table.add(member, AT_END);
        }

        void appointed(MemberId member) {
            table.add(member, APPOINTED);
        }

        void addAll(MemberSummary s) {
            table.addAll(s.table);
        }

        /** Adds a member as a summary's table held it, for the JSON support. */
        void restore(MemberId member, long value) {
            table.add(member, value);
        }

        MemberSummary build() {
            return new MemberSummary(bands, table.build());
        }
    }
}

package org.civicpatrol.benchmark;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.AgeBand;
import org.civicpatrol.report.AgeBands;
import org.civicpatrol.report.Node;
import org.civicpatrol.report.SexGroup;
import org.civicpatrol.report.Summary;
import org.civicpatrol.time.DateRange;

/**
 * The floor that issue 13 measures the roll-up against: the same measures of the roll-up by
 * district (distinct active members by age band and by sex, activities, person-time, attendance
 * records, grants awarded), computed by a hand-written loop over primitive arrays prepared in
 * advance (dense numbers for districts, patrols and members, dates as epoch days). Nothing else of
 * the roll-up (roles, joiners and leavers, training, coverage, months, spending) is computed, and
 * the arrays are built outside the measurement, from a registry that is not changed later.
 *
 * <p>{@link #check} compares its answers with the library's at every node, so that the two are
 * known to compute the same thing.
 */
@SuppressWarnings("EnumOrdinal") // arrays indexed by sex group: the point of the baseline
final class PrimitiveRollUp {

    static final int BANDS = AgeBands.standard().bands().size();
    static final int SEXES = SexGroup.values().length;

    // Districts in depth-first pre-order from the root; a subtree is [i, subtreeEnd[i]).
    private final List<District> order = new ArrayList<>();
    final int[] subtreeEnd;
    // Patrols, numbered in the pre-order of their home district: those of position i are
    // [patrolStart[i], patrolStart[i + 1]).
    final int[] patrolStart;
    private final int patrolCount;
    // Memberships by patrol: member number and tenure in epoch days [from, to).
    final int[] membershipStart;
    final int[] membershipMember;
    final long[] tenureFrom;
    final long[] tenureTo;
    final byte[] band;
    final byte[] sex;
    // Activities organised by each patrol, with their date, seconds and attendance.
    final int[] activityStart;
    final long[] activityDay;
    final long[] activitySeconds;
    final int[] activityPresent;
    final int[] activityRostered;
    // Grants by the pre-order position of their recipient's district.
    private final long[] grantAwardedAt;
    final int[] grantDay;
    final int[] grantPosition;
    final long[] grantAmount;

    private final long asOf;
    private final long periodStart;
    private final long periodEnd;

    PrimitiveRollUp(Registry registry, DistrictId root, LocalDate asOfDate, DateRange period) {
        asOf = asOfDate.toEpochDay();
        periodStart = period.start().toEpochDay();
        periodEnd = period.end().toEpochDay();
        Map<DistrictId, Integer> position = new HashMap<>();
        List<Integer> ends = new ArrayList<>();
        visit(registry, registry.district(root).orElseThrow(), position, ends, new HashSet<>());
        subtreeEnd = ends.stream().mapToInt(Integer::intValue).toArray();

        List<Patrol> patrols = new ArrayList<>(registry.patrols());
        patrols.removeIf(p -> !position.containsKey(p.activityArea().iterator().next()));
        patrols.sort((a, b) -> Integer.compare(
                position.get(a.activityArea().iterator().next()),
                position.get(b.activityArea().iterator().next())));
        patrolStart = new int[order.size() + 1];
        patrolCount = patrols.size();
        for (Patrol patrol : patrols) {
            patrolStart[position.get(patrol.activityArea().iterator().next()) + 1]++;
        }
        for (int i = 0; i < order.size(); i++) {
            patrolStart[i + 1] += patrolStart[i];
        }

        Map<MemberId, Integer> memberNumbers = new HashMap<>();
        List<Integer> bands = new ArrayList<>();
        List<Integer> sexes = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        membershipStart = new int[patrols.size() + 1];
        for (int p = 0; p < patrols.size(); p++) {
            for (Membership membership : registry.membershipsOf(patrols.get(p).id())) {
                if (membership.tenure().isPresent()) {
                    memberships.add(membership);
                }
            }
            membershipStart[p + 1] = memberships.size();
        }
        membershipMember = new int[memberships.size()];
        tenureFrom = new long[memberships.size()];
        tenureTo = new long[memberships.size()];
        AgeBands standard = AgeBands.standard();
        for (int i = 0; i < memberships.size(); i++) {
            Membership membership = memberships.get(i);
            DateRange tenure = membership.tenure().orElseThrow();
            tenureFrom[i] = tenure.start().toEpochDay();
            tenureTo[i] =
                    tenure.isUnboundedEnd() ? Long.MAX_VALUE : tenure.end().toEpochDay();
            membershipMember[i] = memberNumbers.computeIfAbsent(membership.member(), id -> {
                Optional<Member> member = registry.member(id);
                OptionalInt age = member.isPresent() ? member.get().ageOn(asOfDate) : OptionalInt.empty();
                bands.add(standard.bands().indexOf(standard.bandOf(age)));
                sexes.add(SexGroup.of(member.isPresent() ? member.get().sex() : Optional.empty())
                        .ordinal());
                return bands.size() - 1;
            });
        }
        band = new byte[bands.size()];
        sex = new byte[bands.size()];
        for (int m = 0; m < band.length; m++) {
            band[m] = (byte) (int) bands.get(m);
            sex[m] = (byte) (int) sexes.get(m);
        }

        List<Activity> activities = new ArrayList<>();
        activityStart = new int[patrols.size() + 1];
        for (int p = 0; p < patrols.size(); p++) {
            for (Activity activity : registry.activitiesOf(patrols.get(p).id(), DateRange.startingOn(LocalDate.MIN))) {
                if (activity.patrol().equals(patrols.get(p).id())) {
                    activities.add(activity);
                }
            }
            activityStart[p + 1] = activities.size();
        }
        activityDay = new long[activities.size()];
        activitySeconds = new long[activities.size()];
        activityPresent = new int[activities.size()];
        activityRostered = new int[activities.size()];
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            activityDay[i] = activity.date().toEpochDay();
            activitySeconds[i] = activity.start().until(activity.end(), ChronoUnit.SECONDS);
            int present = 0;
            for (Attendance attendance : activity.attendance()) {
                if (attendance.status() == AttendanceStatus.PRESENT) {
                    present++;
                }
            }
            activityPresent[i] = present;
            activityRostered[i] = activity.attendance().size();
        }

        List<long[]> grants = new ArrayList<>();
        for (Patrol patrol : patrols) {
            int at = position.get(patrol.activityArea().iterator().next());
            for (Grant grant : registry.grantsOf(Recipient.of(patrol.id()))) {
                grants.add(new long[] {
                    at, grant.awardedOn().toEpochDay(), grant.amount().getAmountMinorLong()
                });
            }
        }
        for (Federation federation : registry.federations()) {
            Integer at = position.get(federation.territory());
            if (at != null) {
                for (Grant grant : registry.grantsOf(Recipient.of(federation.id()))) {
                    grants.add(new long[] {
                        at, grant.awardedOn().toEpochDay(), grant.amount().getAmountMinorLong()
                    });
                }
            }
        }
        grantPosition = new int[grants.size()];
        grantDay = new int[grants.size()];
        grantAmount = new long[grants.size()];
        for (int i = 0; i < grants.size(); i++) {
            grantPosition[i] = (int) grants.get(i)[0];
            grantDay[i] = (int) grants.get(i)[1];
            grantAmount[i] = grants.get(i)[2];
        }
        grantAwardedAt = new long[order.size()];
    }

    private void visit(
            Registry registry,
            District district,
            Map<DistrictId, Integer> position,
            List<Integer> ends,
            Set<DistrictId> seen) {
        // iterative pre-order, as the roll-up walks, so that deep trees do not overflow the stack
        List<Object[]> stack = new ArrayList<>();
        stack.add(new Object[] {district});
        while (!stack.isEmpty()) {
            Object[] top = stack.remove(stack.size() - 1);
            if (top.length == 2) { // closes a subtree
                ends.set((Integer) top[1], order.size());
                continue;
            }
            District each = (District) top[0];
            if (!seen.add(each.id())) {
                continue;
            }
            int index = order.size();
            order.add(each);
            position.put(each.id(), index);
            ends.add(-1);
            stack.add(new Object[] {each, index});
            List<District> children = registry.childrenOf(each.id());
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.add(new Object[] {children.get(i)});
            }
        }
    }

    /**
     * The measures of each node, in pre-order: for node {@code i}, members by band at {@code
     * [i][0..BANDS)}, by sex after them, then activities, member seconds, attendance records and
     * grants awarded.
     */
    long[][] run() {
        int nodes = order.size();
        int fields = BANDS + SEXES + 4;
        long[][] result = new long[nodes][fields];
        int[] stamp = new int[band.length];
        // activity measures per patrol, then summed over subtrees
        int patrols = patrolCount;
        long[] count = new long[patrols];
        long[] seconds = new long[patrols];
        long[] rostered = new long[patrols];
        for (int p = 0; p < patrols; p++) {
            for (int a = activityStart[p]; a < activityStart[p + 1]; a++) {
                long day = activityDay[a];
                if (day >= periodStart && day < periodEnd) {
                    count[p]++;
                    seconds[p] += activitySeconds[a] * activityPresent[a];
                    rostered[p] += activityRostered[a];
                }
            }
        }
        Arrays.fill(grantAwardedAt, 0);
        for (int g = 0; g < grantPosition.length; g++) {
            if (grantDay[g] >= periodStart && grantDay[g] < periodEnd) {
                grantAwardedAt[grantPosition[g]] += grantAmount[g];
            }
        }
        for (int i = 0; i < nodes; i++) {
            long[] row = result[i];
            int mark = i + 1;
            for (int at = i; at < subtreeEnd[i]; at++) {
                row[BANDS + SEXES + 3] += grantAwardedAt[at];
                for (int p = patrolStart[at]; p < patrolStart[at + 1]; p++) {
                    row[BANDS + SEXES] += count[p];
                    row[BANDS + SEXES + 1] += seconds[p];
                    row[BANDS + SEXES + 2] += rostered[p];
                    for (int s = membershipStart[p]; s < membershipStart[p + 1]; s++) {
                        if (tenureFrom[s] <= asOf && asOf < tenureTo[s]) {
                            int m = membershipMember[s];
                            if (stamp[m] != mark) {
                                stamp[m] = mark;
                                row[band[m]]++;
                                row[BANDS + sex[m]]++;
                            }
                        }
                    }
                }
            }
        }
        return result;
    }

    /**
     * Throws if the answers of {@link #run()} differ from the library's roll-up at any node.
     *
     * @param nodes the roll-up by district from the same root, date and period
     */
    void check(List<Node<District>> nodes) {
        long[][] mine = run();
        if (nodes.size() != mine.length) {
            throw new IllegalStateException("nodes: " + nodes.size() + " against " + mine.length);
        }
        List<AgeBand> bands = AgeBands.standard().bands();
        for (int i = 0; i < mine.length; i++) {
            Summary summary = nodes.get(i).summary();
            long[] expected = new long[mine[i].length];
            for (int b = 0; b < BANDS; b++) {
                expected[b] = summary.members().byAgeBand().getOrDefault(bands.get(b), 0);
            }
            for (SexGroup group : SexGroup.values()) {
                expected[BANDS + group.ordinal()] = summary.members().bySex().getOrDefault(group, 0);
            }
            expected[BANDS + SEXES] = summary.activities().count();
            expected[BANDS + SEXES + 1] = summary.activities().memberTime().toSeconds();
            expected[BANDS + SEXES + 2] = summary.activities().rosteredCount();
            expected[BANDS + SEXES + 3] = summary.funding().awarded().getAmountMinorLong();
            if (!nodes.get(i).entity().equals(order.get(i)) || !Arrays.equals(expected, mine[i])) {
                throw new IllegalStateException("node " + order.get(i).id() + ": library " + Arrays.toString(expected)
                        + ", loop " + Arrays.toString(mine[i]));
            }
        }
    }
}

package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.RoleAssignment;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;
import org.civicpatrol.validation.Policy;

/**
 * Summaries of a registry's patrols, one for every node of a hierarchy: districts, federations
 * or police units.
 *
 * <p>A roll-up returns its nodes in hierarchy order (depth first, the root first, children in
 * the order the registry holds them), each with the summary of every patrol at or below it, and
 * of the grants to the federations at or below it (a district's federations are those whose
 * territory it is).
 * Each patrol is summarised once and each node once, from its children's summaries and its own
 * patrols, so a roll-up costs one pass over the patrols, their memberships and activities, plus
 * one merge per node. Members and patrols are counted as distinct ids at every node.
 *
 * <p>A patrol belongs to one node of each hierarchy: to the first district of its activity area,
 * to its federation, and to its competent police unit. Its activities are those it organised in
 * the period (a joint patrol counts for its organiser only), and its members those of its
 * memberships. A cycle in a hierarchy, which validation reports, is cut where it closes.
 */
public final class RollUp {

    private RollUp() {}

    /**
     * Rolls the registry up along the district hierarchy below {@code root}, with the standard
     * options.
     *
     * @param registry the registry
     * @param root the district at the top
     * @param asOf the date of the counts of patrols and members
     * @param period the period of the activities and of joiners and leavers
     * @return the nodes in hierarchy order, or none if the registry has no such district
     * @throws IllegalArgumentException if {@code period} is empty or unbounded
     */
    public static ImmutableList<Node<District>> byDistrict(
            Registry registry, DistrictId root, LocalDate asOf, DateRange period) {
        return byDistrict(registry, root, asOf, period, SummaryOptions.standard());
    }

    /**
     * Rolls the registry up along the district hierarchy below {@code root}. Only district
     * roll-ups fill {@link Summary#coverage()}.
     *
     * @param registry the registry
     * @param root the district at the top
     * @param asOf the date of the counts of patrols and members
     * @param period the period of the activities and of joiners and leavers
     * @param options age bands, training policy and coverage threshold
     * @return the nodes in hierarchy order, or none if the registry has no such district
     * @throws IllegalArgumentException if {@code period} is empty or unbounded
     */
    public static ImmutableList<Node<District>> byDistrict(
            Registry registry, DistrictId root, LocalDate asOf, DateRange period, SummaryOptions options) {
        Leaves leaves = new Leaves(registry, asOf, period, options);
        ListMultimap<DistrictId, Patrol> home =
                MultimapBuilder.hashKeys().arrayListValues().build();
        for (Patrol patrol : registry.patrols()) {
            home.put(patrol.activityArea().iterator().next(), patrol);
        }
        ListMultimap<DistrictId, Federation> federations =
                MultimapBuilder.hashKeys().arrayListValues().build();
        for (Federation federation : registry.federations()) {
            federations.put(federation.territory(), federation);
        }
        return roll(
                registry.district(checkNotNull(root, "root")),
                District::id,
                d -> registry.childrenOf(d.id()),
                home::get,
                federations::get,
                leaves::coverageOf,
                leaves);
    }

    /**
     * Rolls the registry up along the federation hierarchy below {@code root}, with the
     * standard options.
     *
     * @param registry the registry
     * @param root the federation at the top
     * @param asOf the date of the counts of patrols and members
     * @param period the period of the activities and of joiners and leavers
     * @return the nodes in hierarchy order, or none if the registry has no such federation
     * @throws IllegalArgumentException if {@code period} is empty or unbounded
     */
    public static ImmutableList<Node<Federation>> byFederation(
            Registry registry, FederationId root, LocalDate asOf, DateRange period) {
        return byFederation(registry, root, asOf, period, SummaryOptions.standard());
    }

    /**
     * Rolls the registry up along the federation hierarchy below {@code root}. Each node adds
     * the grants to the federation itself; {@link Summary#coverage()} stays empty.
     *
     * @param registry the registry
     * @param root the federation at the top
     * @param asOf the date of the counts of patrols and members
     * @param period the period of the activities and of joiners and leavers
     * @param options age bands and training policy
     * @return the nodes in hierarchy order, or none if the registry has no such federation
     * @throws IllegalArgumentException if {@code period} is empty or unbounded
     */
    public static ImmutableList<Node<Federation>> byFederation(
            Registry registry, FederationId root, LocalDate asOf, DateRange period, SummaryOptions options) {
        Leaves leaves = new Leaves(registry, asOf, period, options);
        ListMultimap<FederationId, Federation> children =
                MultimapBuilder.hashKeys().arrayListValues().build();
        for (Federation federation : registry.federations()) {
            federation.parent().ifPresent(parent -> children.put(parent, federation));
        }
        return roll(
                registry.federation(checkNotNull(root, "root")),
                Federation::id,
                f -> children.get(f.id()),
                registry::patrolsOf,
                id -> registry.federation(id).map(List::of).orElse(List.of()),
                id -> CoverageSummary.empty(),
                leaves);
    }

    /**
     * Rolls the registry up along the police hierarchy below {@code root}, with the standard
     * options.
     *
     * @param registry the registry
     * @param root the police unit at the top
     * @param asOf the date of the counts of patrols and members
     * @param period the period of the activities and of joiners and leavers
     * @return the nodes in hierarchy order, or none if the registry has no such unit
     * @throws IllegalArgumentException if {@code period} is empty or unbounded
     */
    public static ImmutableList<Node<PoliceUnit>> byPoliceUnit(
            Registry registry, PoliceUnitId root, LocalDate asOf, DateRange period) {
        return byPoliceUnit(registry, root, asOf, period, SummaryOptions.standard());
    }

    /**
     * Rolls the registry up along the police hierarchy below {@code root}. Police units have
     * neither federations nor districts: {@link Summary#coverage()} stays empty and federation
     * grants are left out.
     *
     * @param registry the registry
     * @param root the police unit at the top
     * @param asOf the date of the counts of patrols and members
     * @param period the period of the activities and of joiners and leavers
     * @param options age bands and training policy
     * @return the nodes in hierarchy order, or none if the registry has no such unit
     * @throws IllegalArgumentException if {@code period} is empty or unbounded
     */
    public static ImmutableList<Node<PoliceUnit>> byPoliceUnit(
            Registry registry, PoliceUnitId root, LocalDate asOf, DateRange period, SummaryOptions options) {
        Leaves leaves = new Leaves(registry, asOf, period, options);
        ListMultimap<PoliceUnitId, PoliceUnit> children =
                MultimapBuilder.hashKeys().arrayListValues().build();
        for (PoliceUnit unit : registry.policeUnits()) {
            unit.parent().ifPresent(parent -> children.put(parent, unit));
        }
        return roll(
                registry.policeUnit(checkNotNull(root, "root")),
                PoliceUnit::id,
                u -> children.get(u.id()),
                registry::patrolsOf,
                id -> List.of(),
                id -> CoverageSummary.empty(),
                leaves);
    }

    /**
     * Returns the summary of the given patrols, each counted once, with the standard options.
     *
     * @param registry the registry
     * @param patrols the ids of the patrols; ids the registry does not hold are ignored
     * @param asOf the date of the counts of patrols and members
     * @param period the period of the activities and of joiners and leavers
     * @return the summary
     * @throws IllegalArgumentException if {@code period} is empty or unbounded
     */
    public static Summary ofPatrols(Registry registry, Iterable<PatrolId> patrols, LocalDate asOf, DateRange period) {
        return ofPatrols(registry, patrols, asOf, period, SummaryOptions.standard());
    }

    /**
     * Returns the summary of the given patrols, each counted once. Federation grants and
     * coverage are left out: they belong to hierarchies.
     *
     * @param registry the registry
     * @param patrols the ids of the patrols; ids the registry does not hold are ignored
     * @param asOf the date of the counts of patrols and members
     * @param period the period of the activities and of joiners and leavers
     * @param options age bands and training policy
     * @return the summary
     * @throws IllegalArgumentException if {@code period} is empty or unbounded
     */
    public static Summary ofPatrols(
            Registry registry, Iterable<PatrolId> patrols, LocalDate asOf, DateRange period, SummaryOptions options) {
        Leaves leaves = new Leaves(registry, asOf, period, options);
        SummaryBuilder builder = new SummaryBuilder(options.ageBands());
        for (PatrolId id : ImmutableSet.copyOf(patrols)) {
            registry.patrol(id).ifPresent(p -> builder.add(leaves.of(p)));
        }
        return builder.build();
    }

    /** Training compliance of members, judged as validation judges it. */
    private static final class TrainingCheck {
        private final Registry registry;
        private final LocalDate asOf;
        private final Policy policy;
        private final TrainingSummary.Builder flags = new TrainingSummary.Builder();

        TrainingCheck(Registry registry, LocalDate asOf, Policy policy) {
            this.registry = registry;
            this.asOf = asOf;
            this.policy = policy;
        }

        void check(MemberId member) {
            Optional<LocalDate> appointed = registry.firstAppointmentOf(member).filter(date -> !date.isAfter(asOf));
            if (appointed.isEmpty()) {
                return;
            }
            LocalDate first = appointed.get();
            LocalDate basicEnd = plus(first, policy.basicTrainingPeriod());
            if (!basicEnd.isAfter(asOf)) {
                flags.add(member, TrainingSummary.BASIC_DUE);
                if (hours(member, TrainingKind.BASIC, DateRange.of(first, basicEnd))
                                .compareTo(policy.basicTraining())
                        >= 0) {
                    flags.add(member, TrainingSummary.BASIC_DONE);
                }
            }
            if (asOf.getYear() == Year.MIN_VALUE) {
                return;
            }
            Year year = Year.from(asOf).minusYears(1);
            LocalDate yearStart = year.atDay(1);
            if (!basicEnd.isAfter(yearStart) && isActiveOn(member, yearStart)) {
                flags.add(member, TrainingSummary.IN_SERVICE_DUE);
                if (hours(member, TrainingKind.IN_SERVICE, DateRange.ofYear(year))
                                .compareTo(policy.inServiceTraining())
                        >= 0) {
                    flags.add(member, TrainingSummary.IN_SERVICE_DONE);
                }
            }
        }

        private boolean isActiveOn(MemberId member, LocalDate date) {
            for (Membership membership : registry.membershipsOf(member)) {
                if (membership.isActiveOn(date)) {
                    return true;
                }
            }
            return false;
        }

        private Duration hours(MemberId member, TrainingKind kind, DateRange range) {
            return registry.trainingTimeOf(member, kind, range);
        }

        private static LocalDate plus(LocalDate date, Period period) {
            try {
                return date.plus(period);
            } catch (DateTimeException | ArithmeticException e) {
                return LocalDate.MAX;
            }
        }

        TrainingSummary build() {
            return flags.build();
        }
    }

    private static <T, K> ImmutableList<Node<T>> roll(
            Optional<T> root,
            Function<T, K> id,
            Function<T, List<T>> children,
            Function<K, List<Patrol>> patrols,
            Function<K, List<Federation>> federations,
            Function<K, CoverageSummary> coverage,
            Leaves leaves) {
        if (root.isEmpty()) {
            return ImmutableList.of();
        }
        // Depth-first pre-order, each node once (a cycle is cut where it closes).
        List<Frame<T>> order = new ArrayList<>();
        Set<K> seen = new HashSet<>();
        Deque<Frame<T>> stack = new ArrayDeque<>();
        stack.push(new Frame<>(root.get(), 0, -1));
        while (!stack.isEmpty()) {
            Frame<T> frame = stack.pop();
            if (!seen.add(id.apply(frame.node()))) {
                continue;
            }
            int index = order.size();
            order.add(frame);
            List<T> kids = children.apply(frame.node());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new Frame<>(kids.get(i), frame.depth() + 1, index));
            }
        }
        // Children come after their parent: summarise in reverse, handing each node to its parent.
        List<SummaryBuilder> builders = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            builders.add(new SummaryBuilder(leaves.options.ageBands()));
        }
        Summary[] summaries = new Summary[order.size()];
        for (int i = order.size() - 1; i >= 0; i--) {
            Frame<T> frame = order.get(i);
            SummaryBuilder builder = builders.get(i);
            for (Patrol patrol : patrols.apply(id.apply(frame.node()))) {
                builder.add(leaves.of(patrol));
            }
            for (Federation federation : federations.apply(id.apply(frame.node()))) {
                builder.add(leaves.grantsTo(Recipient.of(federation.id())));
            }
            builder.add(coverage.apply(id.apply(frame.node())));
            summaries[i] = builder.build();
            if (frame.parent() >= 0) {
                builders.get(frame.parent()).add(summaries[i]);
            }
        }
        ImmutableList.Builder<Node<T>> result = ImmutableList.builderWithExpectedSize(order.size());
        for (int i = 0; i < order.size(); i++) {
            result.add(new Node<>(order.get(i).node(), order.get(i).depth(), summaries[i]));
        }
        return result.build();
    }

    /** A node in the traversal, with its depth and the index of its parent (-1 for the root). */
    private record Frame<T>(T node, int depth, int parent) {}

    /** The summary of each patrol on its own, computed on first use. */
    private static final class Leaves {
        private final Registry registry;
        private final LocalDate asOf;
        private final DateRange period;
        private final LocalDate lastDay;
        private final SummaryOptions options;
        private final AgeBands bands;
        private final Map<PatrolId, Summary> cache = new HashMap<>();

        Leaves(Registry registry, LocalDate asOf, DateRange period, SummaryOptions options) {
            this.registry = checkNotNull(registry, "registry");
            this.asOf = checkNotNull(asOf, "asOf");
            this.period = checkNotNull(period, "period");
            this.options = checkNotNull(options, "options");
            this.bands = options.ageBands();
            checkArgument(
                    !period.isEmpty() && !period.isUnboundedStart() && !period.isUnboundedEnd(),
                    "a summary needs a bounded, non-empty period: %s",
                    period);
            this.lastDay = period.end().minusDays(1);
        }

        Summary of(Patrol patrol) {
            return cache.computeIfAbsent(patrol.id(), k -> compute(patrol));
        }

        private Summary compute(Patrol patrol) {
            ActivitySummary.Accumulator activities = new ActivitySummary.Accumulator();
            for (Activity activity : registry.activitiesOf(patrol.id(), period)) {
                if (activity.patrol().equals(patrol.id())) {
                    activities.add(activity);
                }
            }
            ActivitySummary activitySummary = activities.build();
            MemberSummary.Builder members = new MemberSummary.Builder(bands);
            TrainingCheck training = new TrainingCheck(registry, asOf, options.policy());
            for (Membership membership : registry.membershipsOf(patrol.id())) {
                // A membership is active exactly during its tenure: work out the tenure once.
                Optional<DateRange> tenure = membership.tenure();
                if (tenure.isEmpty()) {
                    continue;
                }
                DateRange held = tenure.get();
                if (held.contains(asOf)) {
                    training.check(membership.member());
                    Optional<Member> member = registry.member(membership.member());
                    members.active(
                            membership.member(),
                            roleOn(membership, asOf),
                            bands.indexOf(member.isPresent() ? member.get().ageOn(asOf) : OptionalInt.empty()),
                            member.isPresent() ? member.get().sex() : Optional.empty());
                }
                if (held.contains(period.start())) {
                    members.activeAtStart(membership.member());
                }
                if (held.contains(lastDay)) {
                    members.activeAtEnd(membership.member());
                }
                if (period.contains(held.start())) {
                    members.appointed(membership.member());
                }
            }
            boolean registered = patrol.isRegisteredOn(asOf);
            FundingSummary funding = grantsTo(Recipient.of(patrol.id()));
            return new Summary(
                    registered ? Set.of(patrol.id()) : Set.of(),
                    registered && activitySummary.count() > 0 ? Set.of(patrol.id()) : Set.of(),
                    patrol.dissolvedOn().filter(period::contains).isPresent() ? Set.of(patrol.id()) : Set.of(),
                    members.build(),
                    activitySummary,
                    funding,
                    training.build(),
                    CoverageSummary.empty());
        }

        /** Returns the coverage of the district {@code id} itself, its descendants left to the roll-up. */
        CoverageSummary coverageOf(DistrictId id) {
            int threshold = options.coverageThreshold();
            ImmutableSet.Builder<DistrictId> neighbourhoods = ImmutableSet.builder();
            ImmutableSet.Builder<DistrictId> covered = ImmutableSet.builder();
            ImmutableSet.Builder<DistrictId> withoutPatrol = ImmutableSet.builder();
            Optional<District> district = registry.district(id);
            if (district.isPresent()
                    && district.get().isValidOn(asOf)
                    && registry.childrenOf(id).isEmpty()) {
                neighbourhoods.add(id);
                if (registry.activitiesCovering(id, period).size() >= threshold) {
                    covered.add(id);
                }
                boolean served = false;
                for (Patrol patrol : registry.patrolsIn(id)) {
                    served |= of(patrol).activePatrols().contains(patrol.id());
                }
                if (!served) {
                    withoutPatrol.add(id);
                }
            }
            ImmutableSet.Builder<org.civicpatrol.activity.SiteId> sites = ImmutableSet.builder();
            ImmutableSet.Builder<org.civicpatrol.activity.SiteId> sitesCovered = ImmutableSet.builder();
            for (org.civicpatrol.activity.Site site : registry.sitesIn(id)) {
                if (!site.concerns().isEmpty()) {
                    sites.add(site.id());
                    if (registry.activitiesCovering(site.id(), period).size() >= threshold) {
                        sitesCovered.add(site.id());
                    }
                }
            }
            return new CoverageSummary(
                    neighbourhoods.build(),
                    covered.build(),
                    withoutPatrol.build(),
                    sites.build(),
                    sitesCovered.build());
        }

        private static Role roleOn(Membership membership, LocalDate date) {
            for (RoleAssignment assignment : membership.roles()) {
                if (assignment.isHeldOn(date)) {
                    return assignment.role();
                }
            }
            return Role.MEMBER;
        }

        /** Returns the grants to {@code recipient} awarded in the period, with their spending. */
        FundingSummary grantsTo(Recipient recipient) {
            List<Grant> grants = registry.grantsOf(recipient);
            if (grants.isEmpty()) {
                return FundingSummary.empty();
            }
            FundingSummary.Accumulator funding = new FundingSummary.Accumulator();
            for (Grant grant : grants) {
                if (period.contains(grant.awardedOn())) {
                    funding.add(grant, registry.expendituresOf(grant.id()), registry.refundsOf(grant.id()));
                }
            }
            return funding.build();
        }
    }
}

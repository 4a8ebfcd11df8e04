package org.civicpatrol.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summaries of a registry's patrols on a date and over a period, one for every node of a
 * hierarchy: districts, federations or police units.
 *
 * <p>A roll-up is set up once with everything that its summaries depend on, so that its dates
 * cannot be swapped by mistake, and then asked along a hierarchy:
 *
 * <pre>{@code
 * List<Node<District>> city = RollUp.of(registry, asOf, DateRange.ofYear(Year.of(2016)))
 *         .withOptions(SummaryOptions.standard().withCoverageThreshold(2))
 *         .byDistrict(DistrictId.of("3000000000"));
 * }</pre>
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
 *
 * <p>Instances are immutable and thread-safe; each question computes its answer afresh.
 */
public final class RollUp {

    private static final Logger LOG = LoggerFactory.getLogger(RollUp.class);

    private final Registry registry;
    private final LocalDate asOf;
    private final DateRange period;
    private final SummaryOptions options;

    private RollUp(Registry registry, LocalDate asOf, DateRange period, SummaryOptions options) {
        this.registry = registry;
        this.asOf = asOf;
        this.period = period;
        this.options = options;
    }

    /**
     * Returns the roll-up of {@code registry} as of a date and over a period, with the
     * {@linkplain SummaryOptions#standard() standard options}.
     *
     * @param registry the registry
     * @param asOf the date of the counts of patrols and members, and of training compliance
     * @param period the period of the activities, of joiners and leavers, and of the grants
     * @return the roll-up
     * @throws IllegalArgumentException if {@code period} is empty or unbounded
     */
    public static RollUp of(Registry registry, LocalDate asOf, DateRange period) {
        checkNotNull(registry, "registry");
        checkNotNull(asOf, "asOf");
        checkNotNull(period, "period");
        checkArgument(
                !period.isEmpty() && !period.isUnboundedStart() && !period.isUnboundedEnd(),
                "a summary needs a bounded, non-empty period: %s",
                period);
        return new RollUp(registry, asOf, period, SummaryOptions.standard());
    }

    /**
     * Returns this roll-up with other options.
     *
     * @param value age bands, training requirement and coverage threshold
     * @return the roll-up with those options
     */
    public RollUp withOptions(SummaryOptions value) {
        return new RollUp(registry, asOf, period, checkNotNull(value, "options"));
    }

    /**
     * Returns the date of the counts of patrols and members.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the period of the activities, joiners and leavers, and grants.
     *
     * @return the bounded, non-empty period
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns the options of the summaries.
     *
     * @return the options
     */
    public SummaryOptions options() {
        return options;
    }

    /**
     * Rolls the registry up along the district hierarchy below {@code root}. Only district
     * roll-ups fill {@link Summary#coverage()}.
     *
     * @param root the district at the top
     * @return the nodes in hierarchy order, or none if the registry has no such district
     */
    public ImmutableList<Node<District>> byDistrict(DistrictId root) {
        checkNotNull(root, "root");
        PatrolSummaries leaves = leaves();
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
                registry.district(root),
                District::id,
                d -> registry.childrenOf(d.id()),
                home::get,
                federations::get,
                leaves::coverageOf,
                leaves);
    }

    /**
     * Rolls the registry up along the federation hierarchy below {@code root}. Each node adds
     * the grants to the federation itself; {@link Summary#coverage()} stays empty.
     *
     * @param root the federation at the top
     * @return the nodes in hierarchy order, or none if the registry has no such federation
     */
    public ImmutableList<Node<Federation>> byFederation(FederationId root) {
        checkNotNull(root, "root");
        ListMultimap<FederationId, Federation> children =
                MultimapBuilder.hashKeys().arrayListValues().build();
        for (Federation federation : registry.federations()) {
            federation.parent().ifPresent(parent -> children.put(parent, federation));
        }
        return roll(
                registry.federation(root),
                Federation::id,
                f -> children.get(f.id()),
                registry::patrolsOf,
                id -> registry.federation(id).map(List::of).orElse(List.of()),
                id -> CoverageSummary.empty(),
                leaves());
    }

    /**
     * Rolls the registry up along the police hierarchy below {@code root}. Police units have
     * neither federations nor districts: {@link Summary#coverage()} stays empty and federation
     * grants are left out.
     *
     * @param root the police unit at the top
     * @return the nodes in hierarchy order, or none if the registry has no such unit
     */
    public ImmutableList<Node<PoliceUnit>> byPoliceUnit(PoliceUnitId root) {
        checkNotNull(root, "root");
        return byPoliceUnit(List.of(registry.policeUnit(root)));
    }

    /**
     * Rolls the registry up along the police hierarchy below every root at once: the units
     * without a parent, and those whose parent the registry does not hold (so that none is left
     * out for a dangling reference), in the order added, each followed by its subtree as in
     * {@link #byPoliceUnit(PoliceUnitId)}. Each root's node has depth 0. Units in a cycle, which
     * validation reports, have no root above them and are left out.
     *
     * @return the nodes of every root's hierarchy, root after root
     */
    public ImmutableList<Node<PoliceUnit>> byPoliceUnit() {
        List<Optional<PoliceUnit>> roots = new ArrayList<>();
        for (PoliceUnit unit : registry.policeUnits()) {
            if (unit.parent().flatMap(registry::policeUnit).isEmpty()) {
                roots.add(Optional.of(unit));
            }
        }
        return byPoliceUnit(roots);
    }

    private ImmutableList<Node<PoliceUnit>> byPoliceUnit(List<Optional<PoliceUnit>> roots) {
        ListMultimap<PoliceUnitId, PoliceUnit> children =
                MultimapBuilder.hashKeys().arrayListValues().build();
        for (PoliceUnit unit : registry.policeUnits()) {
            unit.parent().ifPresent(parent -> children.put(parent, unit));
        }
        PatrolSummaries leaves = leaves();
        ImmutableList.Builder<Node<PoliceUnit>> nodes = ImmutableList.builder();
        for (Optional<PoliceUnit> root : roots) {
            nodes.addAll(roll(
                    root,
                    PoliceUnit::id,
                    u -> children.get(u.id()),
                    registry::patrolsOf,
                    id -> List.of(),
                    id -> CoverageSummary.empty(),
                    leaves));
        }
        return nodes.build();
    }

    /**
     * Returns the summary of the given patrols, each counted once. Federation grants and
     * coverage are left out: they belong to hierarchies.
     *
     * @param patrols the ids of the patrols; ids the registry does not hold are ignored
     * @return the summary
     */
    public Summary ofPatrols(Iterable<PatrolId> patrols) {
        PatrolSummaries leaves = leaves();
        SummaryBuilder builder = new SummaryBuilder(options.ageBands());
        for (PatrolId id : ImmutableSet.copyOf(checkNotNull(patrols, "patrols"))) {
            registry.patrol(id).ifPresent(p -> builder.add(leaves.of(p)));
        }
        return builder.build();
    }

    private PatrolSummaries leaves() {
        return new PatrolSummaries(registry, asOf, period, options);
    }

    private static <T, K> ImmutableList<Node<T>> roll(
            Optional<T> root,
            Function<T, K> id,
            Function<T, List<T>> children,
            Function<K, List<Patrol>> patrols,
            Function<K, List<Federation>> federations,
            Function<K, CoverageSummary> coverage,
            PatrolSummaries leaves) {
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
            builders.add(new SummaryBuilder(leaves.options().ageBands()));
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
        LOG.debug("rolled up {} nodes from {}", order.size(), id.apply(root.get()));
        return result.build();
    }

    /** A node in the traversal, with its depth and the index of its parent (-1 for the root). */
    private record Frame<T>(T node, int depth, int parent) {}

    /** Returns the date, the period and the options. */
    @Override
    public String toString() {
        return "RollUp{asOf=" + asOf + ", period=" + period + ", " + options + "}";
    }
}

package org.civicpatrol.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The laws of summaries, as properties over seeded random registries: {@code empty()} is the
 * identity of {@code plus}, which is associative and commutative; the summary of any split of
 * the input, merged, equals the summary of the whole; roll-ups count distinct members and each
 * activity once; and aggregation returns for broken registries too. A failure names the seed.
 */
class SummaryLawsTest {

    private static final int RUNS = 150;

    private static void forSeeds(LongConsumer check) {
        for (long seed = 1; seed <= RUNS; seed++) {
            try {
                check.accept(seed);
            } catch (RuntimeException | AssertionError e) {
                fail("law broken for seed " + seed, e);
            }
        }
    }

    private static Registry registry(long seed, double breakage) {
        SplittableRandom random = new SplittableRandom(seed);
        return RegistryGenerator.withSeed(seed)
                .patrols(2 + random.nextInt(25))
                .membersPerPatrol(3 + random.nextInt(10))
                .activitiesPerPatrol(random.nextInt(30))
                .breakage(breakage)
                .generate();
    }

    private static final LocalDate AS_OF = LocalDate.of(2016, 9, 30);
    private static final DateRange PERIOD = DateRange.of(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 10, 1));

    @Test
    void activitySummariesOfAnySplitAddUpToTheWhole() {
        forSeeds(seed -> {
            List<Activity> activities = new ArrayList<>(registry(seed, 0).activities());
            Collections.shuffle(activities, new Random(seed));
            SplittableRandom random = new SplittableRandom(seed);
            int i = random.nextInt(activities.size() + 1);
            int j = i + random.nextInt(activities.size() - i + 1);
            ActivitySummary a = activities.subList(0, i).stream().collect(ActivitySummary.toActivitySummary());
            ActivitySummary b = activities.subList(i, j).stream().collect(ActivitySummary.toActivitySummary());
            ActivitySummary c =
                    activities.subList(j, activities.size()).stream().collect(ActivitySummary.toActivitySummary());
            ActivitySummary whole = activities.stream().collect(ActivitySummary.toActivitySummary());

            assertThat(a.plus(b).plus(c)).isEqualTo(whole);
            assertThat(a.plus(b.plus(c))).isEqualTo(whole);
            assertThat(c.plus(a).plus(b)).isEqualTo(whole);
            assertThat(a.plus(ActivitySummary.empty())).isEqualTo(a);
            assertThat(ActivitySummary.empty().plus(a)).isEqualTo(a);
            assertThat(activities.parallelStream().collect(ActivitySummary.toActivitySummary()))
                    .isEqualTo(whole);
            assertThat(activities.stream()
                            .map(ActivitySummary::of)
                            .reduce(ActivitySummary.empty(), ActivitySummary::plus))
                    .isEqualTo(whole);
            assertThat(whole.count()).isEqualTo(activities.size());
        });
    }

    @Test
    void summariesOfAnyPartitionOfPatrolsAddUpToTheWhole() {
        forSeeds(seed -> {
            Registry registry = registry(seed, 0.1);
            List<PatrolId> patrols = registry.patrols().stream().map(Patrol::id).collect(Collectors.toList());
            Collections.shuffle(patrols, new Random(seed));
            SplittableRandom random = new SplittableRandom(seed);
            int i = random.nextInt(patrols.size() + 1);
            int j = i + random.nextInt(patrols.size() - i + 1);
            Summary a = RollUp.of(registry, AS_OF, PERIOD).ofPatrols(patrols.subList(0, i));
            Summary b = RollUp.of(registry, AS_OF, PERIOD).ofPatrols(patrols.subList(i, j));
            Summary c = RollUp.of(registry, AS_OF, PERIOD).ofPatrols(patrols.subList(j, patrols.size()));
            Summary whole = RollUp.of(registry, AS_OF, PERIOD).ofPatrols(patrols);

            assertThat(a.plus(b).plus(c)).isEqualTo(whole);
            assertThat(a.plus(b.plus(c))).isEqualTo(whole);
            assertThat(b.plus(a)).isEqualTo(a.plus(b));
            assertThat(a.plus(Summary.empty())).isEqualTo(a);
            assertThat(Summary.empty().plus(a)).isEqualTo(a);
            assertThat(List.of(a, b, c).parallelStream().collect(Summary.toSummary()))
                    .isEqualTo(whole);
            // Members and patrols are sets: adding a summary to itself changes nothing of them.
            assertThat(a.plus(a).members()).isEqualTo(a.members());
            assertThat(a.plus(a).registeredPatrols()).isEqualTo(a.registeredPatrols());
        });
    }

    @Test
    void rollUpsCountDistinctMembersAndEachActivityOnce() {
        forSeeds(seed -> {
            Registry registry = registry(seed, 0.1);
            List<Node<District>> nodes = RollUp.of(registry, AS_OF, PERIOD).byDistrict(DistrictId.of("KR"));

            assertThat(nodes).isNotEmpty();
            assertThat(nodes.get(0).depth()).isZero();
            for (Node<District> node : nodes) {
                Set<PatrolId> patrols = new HashSet<>();
                for (District d : registry.subtreeOf(node.entity().id())) {
                    for (Patrol p : registry.patrols()) {
                        if (p.activityArea().iterator().next().equals(d.id())) {
                            patrols.add(p.id());
                        }
                    }
                }
                Set<MemberId> active = new HashSet<>();
                long activities = 0;
                for (PatrolId p : patrols) {
                    for (Membership m : registry.membershipsOf(p)) {
                        if (m.isActiveOn(AS_OF)) {
                            active.add(m.member());
                        }
                    }
                    activities += registry.activitiesOf(p, PERIOD).stream()
                            .filter(a -> a.patrol().equals(p))
                            .count();
                }
                assertThat(node.summary().members().active()).as("%s", node).isEqualTo(active);
                assertThat(node.summary().activities().count()).as("%s", node).isEqualTo(activities);
            }
        });
    }

    @Test
    void aggregationReturnsForBrokenRegistries() {
        forSeeds(seed -> {
            Registry registry = registry(seed, 0.5);
            Year year = Year.of(2016);
            DateRange wholeYear = DateRange.ofYear(year);
            for (District district : registry.districts()) {
                assertThat(RollUp.of(registry, year.atDay(year.length()), wholeYear)
                                .byDistrict(district.id()))
                        .isNotEmpty();
            }
            for (Federation federation : registry.federations()) {
                assertThat(RollUp.of(registry, LocalDate.MAX.minusDays(1), wholeYear)
                                .byFederation(federation.id()))
                        .isNotEmpty();
            }
            for (PoliceUnit unit : registry.policeUnits()) {
                assertThat(RollUp.of(registry, LocalDate.MIN, wholeYear).byPoliceUnit(unit.id()))
                        .isNotEmpty();
            }
        });
    }

    @Test
    void reportedHeadcountsMergeCommutativelyAndIdempotently() {
        PatrolId jugyo = PatrolId.of("p-jugyo");
        Summary eight = headcounts(com.google.common.collect.ImmutableMap.of(jugyo, 8));
        Summary twelve = headcounts(com.google.common.collect.ImmutableMap.of(jugyo, 12, PatrolId.of("p-2"), 5));

        assertThat(eight.plus(twelve)).isEqualTo(twelve.plus(eight));
        assertThat(eight.plus(twelve).reportedHeadcounts()).containsEntry(jugyo, 12);
        assertThat(twelve.plus(twelve)).isEqualTo(twelve);
        assertThat(twelve.reportedMembers()).isEqualTo(17);
        assertThat(Summary.empty().plus(eight)).isEqualTo(eight);
    }

    private static Summary headcounts(com.google.common.collect.ImmutableMap<PatrolId, Integer> reported) {
        return new Summary(
                Set.of(),
                Set.of(),
                Set.of(),
                MemberSummary.empty(),
                ActivitySummary.empty(),
                FundingSummary.empty(),
                TrainingSummary.empty(),
                CoverageSummary.empty(),
                reported);
    }
}

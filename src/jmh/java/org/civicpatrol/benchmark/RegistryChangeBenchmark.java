package org.civicpatrol.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.RegistryGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Changing a national-scale registry (4,200 patrols at scale 1, four times that at scale 4): one
 * entity added, replaced or removed, and a batch of 1,000 changes, each applied to the same
 * registry, which stays as it is. Run with {@code -prof gc} for the bytes allocated per change
 * ({@code gc.alloc.rate.norm}), which should not grow with the scale.
 *
 * <p>Issue 13 asks for under 5 ms a change, and a batch of 1,000 well under a full build (see
 * {@link RegistryBuildBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class RegistryChangeBenchmark {

    /** Patrols in multiples of 4,200: 1 is Korea's national count. */
    @Param({"1", "4"})
    public int scale;

    private Registry registry;
    private Membership newMembership;
    private Patrol renamedPatrol;
    private Activity newActivity;
    private MemberId someMember;
    private List<Membership> thousandMemberships;
    private List<Patrol> renamedPatrols;

    /** Generates the registry and the changes once per fork; neither is measured. */
    @Setup
    public void generate() {
        registry = RegistryGenerator.withSeed(42)
                .patrols(4_200 * scale)
                .membersPerPatrol(24)
                .generate();
        List<Membership> memberships = List.copyOf(registry.memberships());
        Membership middle = memberships.get(memberships.size() / 2);
        newMembership = new Membership.Builder()
                .from(middle)
                .id(MembershipId.of("benchmark-new"))
                .build();
        List<Patrol> patrols = List.copyOf(registry.patrols());
        Patrol patrol = patrols.get(patrols.size() / 2);
        renamedPatrol = patrol.renamed(patrol.name() + " (renamed)");
        List<Activity> activities = List.copyOf(registry.activities());
        newActivity = new Activity.Builder()
                .from(activities.get(activities.size() / 2))
                .id(ActivityId.of("benchmark-new"))
                .build();
        someMember = List.copyOf(registry.members())
                .get(registry.members().size() / 3)
                .id();
        thousandMemberships = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Membership template = memberships.get((int) ((long) i * memberships.size() / 1_000));
            thousandMemberships.add(new Membership.Builder()
                    .from(template)
                    .id(MembershipId.of("benchmark-" + i))
                    .build());
        }
        renamedPatrols = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Patrol each = patrols.get((int) ((long) i * patrols.size() / 1_000));
            renamedPatrols.add(each.renamed(each.name() + " (renamed)"));
        }
    }

    /**
     * Appoints one member: a membership added.
     *
     * @return the changed registry
     */
    @Benchmark
    public Registry addOneMembership() {
        return registry.change().addMembership(newMembership).apply();
    }

    /**
     * Renames one patrol: a patrol replaced.
     *
     * @return the changed registry
     */
    @Benchmark
    public Registry replaceOnePatrol() {
        return registry.change().replacePatrol(renamedPatrol).apply();
    }

    /**
     * Records one activity, with its attendance: listed under its patrol, members, district.
     *
     * @return the changed registry
     */
    @Benchmark
    public Registry addOneActivity() {
        return registry.change().addActivity(newActivity).apply();
    }

    /**
     * Removes one member (whose memberships stay, for validation to report).
     *
     * @return the changed registry
     */
    @Benchmark
    public Registry removeOneMember() {
        return registry.change().removeMember(someMember).apply();
    }

    /**
     * Adds 1,000 memberships and renames 1,000 patrols in one change.
     *
     * @return the changed registry
     */
    @Benchmark
    public Registry batchOf2000() {
        return registry.change()
                .addMemberships(thousandMemberships)
                .replacePatrols(renamedPatrols)
                .apply();
    }
}

package org.civicpatrol.benchmark;

import java.util.concurrent.TimeUnit;
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
 * Building a registry and its indexes from entity lists, at 1, 2 and 4 times the national
 * registry, to show whether building grows in proportion to the data (issue 13 asks for 4× the
 * data in at most 4.3× the time).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 8)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch"})
public class RegistryBuildBenchmark {

    /** Patrols in multiples of 4,200: 1 is Korea's national count. */
    @Param({"1", "2", "4"})
    public int scale;

    private Registry generated;

    /** Generates the entities once per fork; generation is not measured. */
    @Setup
    public void generate() {
        generated = RegistryGenerator.withSeed(42)
                .patrols(4_200 * scale)
                .membersPerPatrol(24)
                .generate();
    }

    /**
     * Builds a registry of every entity of the generated one.
     *
     * @return the registry
     */
    @Benchmark
    public Registry build() {
        return builderOf(generated).build();
    }

    /** Returns a builder holding every entity of {@code registry}, kind by kind, in its order. */
    static Registry.Builder builderOf(Registry registry) {
        return builderWithoutActivitiesOf(registry).addActivities(registry.activities());
    }

    /** Returns a builder holding every entity of {@code registry} but its activities. */
    static Registry.Builder builderWithoutActivitiesOf(Registry registry) {
        return new Registry.Builder()
                .addDistricts(registry.districts())
                .addPoliceUnits(registry.policeUnits())
                .addFederations(registry.federations())
                .addPatrols(registry.patrols())
                .addMembers(registry.members())
                .addMemberships(registry.memberships())
                .addFederationOfficers(registry.federationOfficers())
                .addTrainingRecords(registry.trainingRecords())
                .addSites(registry.sites())
                .addVehicles(registry.vehicles())
                .addEquipmentIssues(registry.equipmentIssues())
                .addGrants(registry.grants())
                .addExpenditures(registry.expenditures())
                .addRefunds(registry.refunds())
                .rostersRecorded(registry.rostersRecorded());
    }
}

package org.civicpatrol.benchmark;

import static com.google.common.base.Preconditions.checkState;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicpatrol.activity.Activity;
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
 * What a caller would pay if the registry kept its activities as primitive columns rather than
 * as the objects its callers made (see {@link ColumnarActivities}): a pass over the nation's
 * 504,000 activities, reading how many members were present at each and how long it lasted,
 * through the activities the registry keeps, through activities made again from columns as such a
 * registry's accessors would make them, and from the columns themselves, as the library's own
 * roll-ups and rules would read them. The three passes add up the same totals, checked before
 * anything is measured, and every activity made again is checked equal to the one it was made
 * from. Run with {@code -prof gc} for the bytes each pass allocates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class ColumnarAlternativeBenchmark {

    /** Patrols in multiples of 4,200: 1 is Korea's national count. */
    @Param({"1"})
    public int scale;

    private List<Activity> activities;
    private ColumnarActivities columns;

    /** Generates the registry and its columns once per fork, and checks the columns. */
    @Setup
    public void generate() {
        Registry registry = RegistryGenerator.withSeed(42)
                .patrols(4_200 * scale)
                .membersPerPatrol(24)
                .generate();
        activities = registry.activities().asList();
        columns = ColumnarActivities.of(activities);
        for (int row = 0; row < columns.size(); row++) {
            checkState(columns.activity(row).equals(activities.get(row)), "row %s made again differs", row);
        }
        long[] kept = readKeptActivities();
        long[] made = readActivitiesMadeFromColumns();
        long[] read = readColumns();
        checkState(
                Arrays.equals(kept, made) && Arrays.equals(kept, read),
                "the passes disagree: %s, %s and %s",
                Arrays.toString(kept),
                Arrays.toString(made),
                Arrays.toString(read));
    }

    /**
     * Reads the activities the registry keeps.
     *
     * @return the members present at them and their seconds, for JMH to consume
     */
    @Benchmark
    public long[] readKeptActivities() {
        long present = 0;
        long seconds = 0;
        for (Activity activity : activities) {
            present += activity.membersPresent();
            seconds += activity.end().getEpochSecond() - activity.start().getEpochSecond();
        }
        return new long[] {present, seconds};
    }

    /**
     * Reads activities made again from columns, one at a time, as a registry keeping columns
     * would hand them to its callers.
     *
     * @return the members present at them and their seconds, for JMH to consume
     */
    @Benchmark
    public long[] readActivitiesMadeFromColumns() {
        long present = 0;
        long seconds = 0;
        for (int row = 0; row < columns.size(); row++) {
            Activity activity = columns.activity(row);
            present += activity.membersPresent();
            seconds += activity.end().getEpochSecond() - activity.start().getEpochSecond();
        }
        return new long[] {present, seconds};
    }

    /**
     * Reads the columns themselves, as the library's own roll-ups and rules would.
     *
     * @return the members present at the activities and their seconds, for JMH to consume
     */
    @Benchmark
    public long[] readColumns() {
        long present = 0;
        long seconds = 0;
        for (int row = 0; row < columns.size(); row++) {
            present += columns.membersPresent(row);
            seconds += columns.seconds(row);
        }
        return new long[] {present, seconds};
    }
}

package org.civicpatrol.benchmark;

import java.util.List;
import java.util.Locale;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.RegistryGenerator;

/**
 * Measures the heap a national-scale registry retains, per attendance record: all of it (the
 * entities and the registry's indexes), and the indexes alone (a second registry built from the
 * same entity objects). Heap is read after full collections, so the figures are of live objects.
 *
 * <p>It then weighs the design issue 13 did not take, activities kept as primitive columns (see
 * {@link ColumnarActivities}): what a registry of every entity but the activities retains, what
 * the activity objects retain, what the columns that could replace them retain, and, by
 * difference, what the indexes of activities retain today.
 *
 * <p>Run: {@code java -Xmx8g -cp <test classpath> org.civicpatrol.benchmark.Footprint [scale]}.
 * Issue 13 asks for at most 120 bytes per attendance record.
 */
public final class Footprint {

    private Footprint() {}

    /**
     * Prints the figures.
     *
     * @param args the scale, 1 unless given
     */
    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        long before = usedAfterCollection();
        Registry registry = RegistryGenerator.withSeed(42)
                .patrols(4_200 * scale)
                .membersPerPatrol(24)
                .generate();
        long withRegistry = usedAfterCollection();
        Registry again = RegistryBuildBenchmark.builderOf(registry).build();
        // the collections the second build read are cached in the first: read them before measuring
        long withTwo = usedAfterCollection();
        long attendance = 0;
        for (Activity activity : registry.activities()) {
            attendance += activity.attendance().size();
        }
        System.out.printf(
                Locale.ROOT,
                "%s%nattendance records: %,d%nretained per attendance record: %.0f B in all, %.0f B of it indexes%n",
                again,
                attendance,
                (double) (withRegistry - before) / attendance,
                (double) (withTwo - withRegistry) / attendance);

        // The road not taken: the same registry with its activities as columns, but for their indexes.
        List<Activity> activities = registry.activities().asList();
        Registry rest =
                RegistryBuildBenchmark.builderWithoutActivitiesOf(registry).build();
        registry = null;
        again = null;
        long restAndObjects = usedAfterCollection();
        ColumnarActivities columns = ColumnarActivities.of(activities);
        activities = null;
        long restAndColumns = usedAfterCollection();
        int rows = columns.size();
        columns = null;
        long restAlone = usedAfterCollection();
        long objects = restAndObjects - restAlone;
        long activityIndexes = (withRegistry - before) - (restAlone - before) - objects;
        System.out.printf(
                Locale.ROOT,
                "%s and %,d activities%nper attendance record: every entity but the activities, with their"
                        + " indexes, %.0f B; the activities as objects %.0f B, as columns %.0f B; the indexes of"
                        + " activities %.0f B%n",
                rest,
                rows,
                (double) (restAlone - before) / attendance,
                (double) objects / attendance,
                (double) (restAndColumns - restAlone) / attendance,
                (double) activityIndexes / attendance);
    }

    private static long usedAfterCollection() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}

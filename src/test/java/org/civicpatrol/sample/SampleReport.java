package org.civicpatrol.sample;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;

/**
 * The README's first command: builds the Daejeon sample network and prints a plain-text summary
 * of it. It lives in the test sources, outside the published jar, and uses only the public API.
 *
 * <pre>mvn -B -q test-compile exec:java</pre>
 */
public final class SampleReport {

    private SampleReport() {}

    /**
     * Prints the summary of the sample to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(DaejeonSample.registry(), DaejeonSample.DAEJEON, DaejeonSample.AS_OF, System.out);
    }

    /**
     * Prints patrols and members per child district of {@code root}, and for {@code root} itself.
     *
     * @param registry the registry
     * @param root the district to report on, such as a city
     * @param asOf the date of the report
     * @param out where to print
     */
    public static void print(Registry registry, DistrictId root, LocalDate asOf, PrintStream out) {
        String rootName = registry.district(root).map(District::name).orElse(root.value());
        out.printf("Sample patrol network: %s, as of %s%n%n", rootName, asOf);
        out.printf("%8s %8s  %s%n", "patrols", "members", "district");
        for (District child : registry.childrenOf(root)) {
            printLine(registry, child.id(), child.name(), asOf, out);
        }
        printLine(registry, root, rootName + " (total)", asOf, out);
    }

    private static void printLine(
            Registry registry, DistrictId district, String name, LocalDate asOf, PrintStream out) {
        List<Patrol> patrols = registry.patrolsWithin(district).stream()
                .filter(p -> p.isRegisteredOn(asOf))
                .toList();
        int members = patrols.stream()
                .mapToInt(p -> registry.activeMembershipsOf(p.id(), asOf).size())
                .sum();
        out.printf("%8d %8d  %s%n", patrols.size(), members, name);
    }
}

package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicpatrol.geo.District;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.Node;
import org.civicpatrol.report.RollUp;
import org.civicpatrol.sample.DaejeonSample;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * How a user tests reporting code of their own with the published fixtures (the {@code tests}
 * jar): the Daejeon sample for exact, known numbers, and the generator for any size. The README
 * shows the part between the {@code example:start} and {@code example:end} markers.
 */
class ReportingCodeTest {

    // example:start
    /** The user's reporting code: active members per gu, as a city dashboard shows them. */
    static Map<String, Integer> membersPerGu(Registry registry, LocalDate asOf, DateRange year) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (Node<District> node : RollUp.of(registry, asOf, year).byDistrict(DaejeonSample.DAEJEON)) {
            if (node.depth() == 1) {
                result.put(node.entity().name(), node.summary().members().count());
            }
        }
        return result;
    }

    @Test
    void membersPerGuAddUpToTheCitysReportedTotal() {
        Map<String, Integer> perGu =
                membersPerGu(DaejeonSample.registry(), DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES);

        assertThat(perGu).containsOnlyKeys("동구", "중구", "서구", "유성구", "대덕구");
        assertThat(perGu.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(DaejeonSample.MEMBERS);
    }

    @Test
    void aNationalRegistryWithoutDaejeonHasNoGu() {
        Registry national = RegistryGenerator.withSeed(7).patrols(300).generate();

        assertThat(membersPerGu(national, LocalDate.of(2016, 12, 31), DateRange.ofYear(java.time.Year.of(2016))))
                .isEmpty();
    }
    // example:end

    @Test
    void readmeShowsThisExample() throws IOException {
        String source = Files.readString(
                Path.of("src/test/java/org/civicpatrol/client/ReportingCodeTest.java"), StandardCharsets.UTF_8);
        int from = source.indexOf("// example:start\n") + "// example:start\n".length();
        String example = source.substring(from, source.indexOf("    // example:end", from));
        String unindented = example.lines()
                .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
                .collect(Collectors.joining("\n", "", "\n"));

        assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8))
                .contains("```java\n" + unindented + "```");
    }
}

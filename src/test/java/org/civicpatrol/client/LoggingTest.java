package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.Member;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.Node;
import org.civicpatrol.report.RollUp;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.civicpatrol.validation.Severity;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What the library logs, read from the file the build sends slf4j-simple's output to: DEBUG lines
 * saying what was built, changed, validated and rolled up, and no personal data.
 */
class LoggingTest {

    private static final LocalDate AS_OF = LocalDate.of(2016, 12, 31);

    @Test
    void theLibraryLogsWhatItDidAtDebugAndNoPersonalData() throws IOException {
        String file = System.getProperty("org.slf4j.simpleLogger.logFile");
        assumeTrue(file != null && !file.startsWith("System."), "the build sends the log to a file");
        // the provider opens (and empties) its file when logging starts: start it before measuring
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName())
                .isEqualTo("org.slf4j.simple.SimpleLoggerFactory");
        Path log = Path.of(file);
        long before = Files.exists(log) ? Files.size(log) : 0;

        Registry broken = RegistryGenerator.withSeed(3)
                .patrols(30)
                .membersPerPatrol(8)
                .breakage(0.2)
                .generate();
        Member someone = broken.members().iterator().next();
        Registry changed = broken.change().removeMember(someone.id()).apply();
        ValidationReport report = Validator.korea().validate(changed, AS_OF);
        List<Node<District>> nodes =
                RollUp.of(changed, AS_OF, DateRange.ofYear(Year.of(2016))).byDistrict(DistrictId.of("KR"));

        String written = readFrom(log, before);
        List<String> lines = written.lines().toList();
        assertThat(lines)
                .anySatisfy(line ->
                        assertThat(line).contains("registry built: Registry{", "references to ids it does not hold"))
                .anySatisfy(line -> assertThat(line).contains("registry changed: Registry{"))
                .anySatisfy(line -> assertThat(line)
                        .contains("validated as of 2016-12-31 with")
                        .contains(report.count(Severity.ERROR) + " errors"))
                .anySatisfy(line -> assertThat(line).contains("rolled up " + nodes.size() + " nodes from KR"))
                .allSatisfy(line -> assertThat(line).contains(" DEBUG org.civicpatrol."));
        for (Member member : broken.members()) {
            assertThat(written).doesNotContain(member.name());
            member.birthDate().ifPresent(date -> assertThat(written).doesNotContain(date.toString()));
        }
    }

    private static String readFrom(Path log, long offset) throws IOException {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(offset);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

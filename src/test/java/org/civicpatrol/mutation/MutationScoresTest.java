package org.civicpatrol.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutationScoresTest {

    private static String mutation(String type, String status, boolean detected) {
        return "<mutation detected='" + detected + "' status='" + status + "' numberOfTestsRun='1'><sourceFile>"
                + type.substring(type.lastIndexOf('.') + 1) + ".java</sourceFile><mutatedClass>" + type
                + "</mutatedClass><mutatedMethod>m</mutatedMethod><lineNumber>1</lineNumber>"
                + "<mutator>x</mutator><description>d</description></mutation>";
    }

    private static Path report(Path dir) throws Exception {
        String xml = "<?xml version='1.0' encoding='UTF-8'?><mutations>"
                + mutation("org.civicpatrol.report.Summary", "KILLED", true)
                + mutation("org.civicpatrol.report.Summary$Builder", "TIMED_OUT", true)
                + mutation("org.civicpatrol.report.Node", "SURVIVED", false)
                + mutation("org.civicpatrol.report.Node", "NO_COVERAGE", false)
                + mutation("org.civicpatrol.validation.Policy", "KILLED", true)
                + "</mutations>";
        return Files.writeString(dir.resolve("mutations.xml"), xml);
    }

    @Test
    void scoresArePerPackageAndForTheWhole(@TempDir Path dir) throws Exception {
        var scores = MutationScores.scoresByPackage(report(dir));

        assertThat(scores.get("org.civicpatrol.report")).isEqualTo(new MutationScores.Score(2, 4));
        assertThat(scores.get("org.civicpatrol.validation")).isEqualTo(new MutationScores.Score(1, 1));
        assertThat(scores.get("(all)")).isEqualTo(new MutationScores.Score(3, 5));
    }

    @Test
    void aPackageBelowItsThresholdFailsTheCheck(@TempDir Path dir) throws Exception {
        String path = report(dir).toString();

        MutationScores.main(new String[] {path, "org.civicpatrol.report=50", "org.civicpatrol.validation=100"});
        assertThatThrownBy(() -> MutationScores.main(new String[] {path, "org.civicpatrol.report=51"}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("org.civicpatrol.report scores 50.0 % (2 of 4), below 51 %");
        assertThatThrownBy(() -> MutationScores.main(new String[] {path, "org.civicpatrol.nothing=1"}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("org.civicpatrol.nothing has no mutants: a misspelt package, or PIT mutated none of it");
    }
}

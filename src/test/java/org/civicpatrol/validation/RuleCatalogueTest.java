package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue of built-in rules: unique codes, complete definitions, and the README's table. */
class RuleCatalogueTest {

    private static final List<RuleDefinition> CATALOGUE = BuiltInRules.catalogue();

    @Test
    void codesAreUniqueAndEveryRuleCitesASource() {
        assertThat(CATALOGUE.stream().map(RuleDefinition::code)).doesNotHaveDuplicates();
        assertThat(CATALOGUE).allSatisfy(rule -> {
            assertThat(rule.description()).endsWith(".");
            assertThat(rule.source()).matches("general|(Act|Decree|Rule) Arts?\\. .+");
        });
    }

    @Test
    void everyCodeIsAConstantOfItsOwnName() throws ReflectiveOperationException {
        for (RuleDefinition rule : CATALOGUE) {
            Object constant = BuiltInRules.class.getField(rule.code().value()).get(null);
            assertThat(constant).isEqualTo(rule.code());
        }
        assertThat(BuiltInRules.class.getFields()).hasSize(CATALOGUE.size());
    }

    @Test
    void theReadmeCarriesTheCatalogue() throws IOException {
        String table = CATALOGUE.stream()
                .map(rule -> "| `" + rule.code() + "` | " + rule.defaultSeverity() + " | " + rule.description() + " | "
                        + rule.source() + " |")
                .collect(Collectors.joining("\n", "| code | severity | rule | source |\n|---|---|---|---|\n", "\n"));

        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains(table);
    }
}

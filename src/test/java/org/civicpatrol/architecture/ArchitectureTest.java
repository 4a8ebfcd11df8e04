package org.civicpatrol.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.civicpatrol.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * The architecture as tests, over the library's own classes (the main output, not the tests):
 * packages depend one way, the aggregation API never on the validation API, and nothing in the
 * library reads a file, the network, the environment or a clock, or depends on test code.
 *
 * <p>Each rule is also shown to fail on a class that breaks it, so that none passes by being
 * unable to fail.
 */
class ArchitectureTest {

    private static final JavaClasses LIBRARY = org.civicpatrol.fixtures.Contracts.libraryClasses();

    /** internal checks, then time, then geo, then the model, then the registry; validation and report on top, apart. */
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("internal")
            .definedBy("org.civicpatrol.internal..")
            .layer("text")
            .definedBy("org.civicpatrol.text..")
            .layer("time")
            .definedBy("org.civicpatrol.time..")
            .layer("geo")
            .definedBy("org.civicpatrol.geo..")
            .layer("patrol")
            .definedBy("org.civicpatrol.patrol..")
            .layer("member")
            .definedBy("org.civicpatrol.member..")
            .layer("activity")
            .definedBy("org.civicpatrol.activity..")
            .layer("equipment")
            .definedBy("org.civicpatrol.equipment..")
            .layer("funding")
            .definedBy("org.civicpatrol.funding..")
            .layer("registry")
            .definedBy("org.civicpatrol.registry..")
            .layer("validation")
            .definedBy("org.civicpatrol.validation..")
            .layer("report")
            .definedBy("org.civicpatrol.report..")
            .whereLayer("internal")
            .mayNotAccessAnyLayer()
            .whereLayer("text")
            .mayOnlyAccessLayers("internal")
            .whereLayer("time")
            .mayOnlyAccessLayers("internal")
            .whereLayer("geo")
            .mayOnlyAccessLayers("internal", "time")
            .whereLayer("patrol")
            .mayOnlyAccessLayers("internal", "time", "geo")
            .whereLayer("member")
            .mayOnlyAccessLayers("internal", "time", "geo", "patrol")
            .whereLayer("activity")
            .mayOnlyAccessLayers("internal", "time", "geo", "patrol", "member")
            .whereLayer("equipment")
            .mayOnlyAccessLayers("internal", "time", "geo", "patrol", "member")
            .whereLayer("funding")
            .mayOnlyAccessLayers("internal", "time", "geo", "patrol")
            .whereLayer("registry")
            .mayOnlyAccessLayers("internal", "time", "geo", "patrol", "member", "activity", "equipment", "funding")
            .whereLayer("validation")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("report")
            .mayNotBeAccessedByAnyLayer();

    static final ArchRule REPORT_BESIDE_VALIDATION = noClasses()
            .that()
            .resideInAPackage("org.civicpatrol.report..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.civicpatrol.validation..")
            .because("the aggregation API stands beside the validation API, never on it");

    static final ArchRule NO_IO = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.File")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileInputStream")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileReader")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileWriter")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.RandomAccessFile")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.PrintStream")
            .orShould()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .accessField(System.class, "in")
            .orShould()
            .callMethod(System.class, "getenv")
            .orShould()
            .callMethod(System.class, "getenv", String.class)
            .orShould()
            .callMethod(System.class, "getProperty", String.class)
            .orShould()
            .callMethod(System.class, "getProperty", String.class, String.class)
            .because("the library does no I/O: no files, network, console or environment");

    static final ArchRule NO_CLOCK = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.time.Clock")
            .orShould()
            .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                            com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("now"))
                    .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                            com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                            "java.time..")))))
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(System.class, "nanoTime")
            .orShould()
            .callConstructor(java.util.Date.class)
            .because("time is a parameter: the library reads no clock");

    static final ArchRule NO_TEST_CODE = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.civicpatrol.sample..",
                    "org.civicpatrol.fixtures..",
                    "org.civicpatrol.client..",
                    "org.civicpatrol.architecture..",
                    "org.civicpatrol.benchmark..",
                    "org.junit..",
                    "org.assertj..",
                    "org.openjdk.jmh..",
                    "com.google.common.testing..",
                    "com.tngtech.archunit..")
            .because("the published jar holds no test or benchmark code");

    static final ArchRule JACKSON_ONLY_IN_JSON = noClasses()
            .that()
            .resideOutsideOfPackage("org.civicpatrol.json..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.fasterxml.jackson..")
            .because("Jackson is optional: the library works without it, outside its JSON support");

    static final ArchRule NOTHING_ON_JSON = noClasses()
            .that()
            .resideOutsideOfPackage("org.civicpatrol.json..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.civicpatrol.json..")
            .because("the JSON support is on top of the model, never under it");

    @Test
    void jacksonIsUsedOnlyByTheJsonSupport() {
        JACKSON_ONLY_IN_JSON.check(LIBRARY);
        NOTHING_ON_JSON.check(LIBRARY);
        assertThat(JACKSON_ONLY_IN_JSON
                        .evaluate(new ClassFileImporter().importClasses(UsesJackson.class))
                        .hasViolation())
                .isTrue();
    }

    @Test
    void packagesDependOneWay() {
        LAYERS.check(LIBRARY);
        REPORT_BESIDE_VALIDATION.check(LIBRARY);
    }

    @Test
    void theLibraryDoesNoIo() {
        NO_IO.check(LIBRARY);
    }

    @Test
    void theLibraryReadsNoClock() {
        NO_CLOCK.check(LIBRARY);
    }

    @Test
    void theLibraryDependsOnNoTestOrBenchmarkCode() {
        NO_TEST_CODE.check(LIBRARY);
    }

    @Test
    void theLibraryIsWhatTheRulesWereCheckedAgainst() {
        assertThat(LIBRARY.contain(Registry.class)).isTrue();
        assertThat(LIBRARY.contain(ArchitectureTest.class)).isFalse();
        assertThat(LIBRARY.size()).isGreaterThan(100);
    }

    @Test
    void everyRuleFailsOnAClassThatBreaksIt() throws ClassNotFoundException {
        JavaClasses offenders =
                new ClassFileImporter().importClasses(ReadsAFile.class, ReadsTheClock.class, PrintsAndUsesTests.class);

        for (ArchRule rule : List.of(NO_IO, NO_CLOCK, NO_TEST_CODE)) {
            assertThat(rule.evaluate(offenders).hasViolation())
                    .as(rule.getDescription())
                    .isTrue();
        }
        assertThat(NO_IO.evaluate(new ClassFileImporter().importClasses(ReadsTheClock.class))
                        .hasViolation())
                .isFalse();
    }

    /** Breaks the no-I/O rule. */
    static final class ReadsAFile {
        static String read() throws java.io.IOException {
            return Files.readString(Path.of("registry.json"));
        }
    }

    /** Breaks the Jackson-only-in-JSON rule. */
    static final class UsesJackson {
        static Object mapper() {
            return new com.fasterxml.jackson.databind.ObjectMapper();
        }
    }

    /** Breaks the no-clock rule. */
    static final class ReadsTheClock {
        static Instant stamp() {
            return Instant.now();
        }
    }

    /** Breaks the no-I/O and the no-test-code rules. */
    static final class PrintsAndUsesTests {
        static void print() {
            System.out.println(org.civicpatrol.fixtures.Fixtures.tanbangPatrol());
        }
    }
}

package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiler holds callers to the library's promises: code that drops the result of a verb,
 * such as {@code patrol.dissolvedOn(date);} on its own line, does not compile under the checks
 * the build runs (Error Prone's {@code CheckReturnValue}, from the {@code @CheckReturnValue} on
 * every package), while the same code that uses the result does.
 *
 * <p>Each case runs the JDK's {@code javac} in a process of its own with Error Prone as a plugin,
 * as Maven's compiler plugin does, against the library's classes.
 */
class CompilerChecksTest {

    private static final List<String> JAVAC_EXPORTS = Stream.of(
                    "api", "file", "main", "model", "parser", "processing", "tree", "util")
            .map(p -> "-J--add-exports=jdk.compiler/com.sun.tools.javac." + p + "=ALL-UNNAMED")
            .toList();

    @Test
    void droppingTheResultOfAVerbDoesNotCompile(@TempDir Path dir) throws Exception {
        Result result = compile(dir, """
                import java.time.LocalDate;
                import org.civicpatrol.patrol.Patrol;

                class Caller {
                    void dissolve(Patrol patrol) {
                        patrol.dissolvedOn(LocalDate.of(2020, 1, 1));
                    }
                }
                """);

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("[CheckReturnValue]").contains("dissolvedOn");
    }

    @Test
    void droppingTheResultOfAQueryDoesNotCompileEither(@TempDir Path dir) throws Exception {
        Result result = compile(dir, """
                import org.civicpatrol.registry.Registry;
                import org.civicpatrol.patrol.PatrolId;

                class Caller {
                    void look(Registry registry) {
                        registry.patrol(PatrolId.of("tanbang"));
                    }
                }
                """);

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("[CheckReturnValue]");
    }

    @Test
    void usingTheResultAndChainingBuildersCompile(@TempDir Path dir) throws Exception {
        Result result = compile(dir, """
                import java.time.LocalDate;
                import org.civicpatrol.patrol.Patrol;
                import org.civicpatrol.registry.Registry;

                class Caller {
                    Patrol dissolve(Patrol patrol) {
                        Patrol dissolved = patrol.dissolvedOn(LocalDate.of(2020, 1, 1));
                        Registry.Builder builder = new Registry.Builder();
                        builder.addPatrol(dissolved); // builders may be called for their effect
                        Patrol.Builder copy = new Patrol.Builder();
                        copy.from(dissolved);
                        return dissolved;
                    }
                }
                """);

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    private record Result(int exitCode, String output) {}

    private static Result compile(Path dir, String source) throws IOException, InterruptedException {
        Path file = dir.resolve("Caller.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        String classPath = String.join(
                File.pathSeparator,
                Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                        .filter(p -> !p.isEmpty())
                        .toList());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        command.addAll(JAVAC_EXPORTS);
        command.add("-J--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED");
        command.add("-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED");
        command.addAll(List.of(
                "-XDcompilePolicy=simple",
                "--should-stop=ifError=FLOW",
                "-proc:none",
                "-processorpath",
                classPath,
                "-Xplugin:ErrorProne",
                "-classpath",
                classPath,
                "-d",
                dir.resolve("classes").toString(),
                file.toString()));
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = javac.getInputStream().readAllBytes();
        assertThat(javac.waitFor(2, TimeUnit.MINUTES)).as("javac finished").isTrue();
        return new Result(javac.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}

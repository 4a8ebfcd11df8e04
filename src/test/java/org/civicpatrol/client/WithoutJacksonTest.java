package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.internal.InternalFutureFailureAccess;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.SampleReport;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * Jackson is optional: the sample report (build, validate, roll up) runs in a JVM whose class
 * path holds the library and its required dependencies only, where Jackson cannot be loaded.
 */
class WithoutJacksonTest {

    @Test
    void theSampleReportRunsWithoutJacksonOnTheClassPath() throws Exception {
        List<String> classPath = new ArrayList<>();
        for (Class<?> type : List.of(
                Registry.class, // target/classes
                SampleReport.class, // target/test-classes
                ImmutableList.class,
                InternalFutureFailureAccess.class,
                Money.class,
                Logger.class)) {
            classPath.add(locationOf(type));
        }
        assertThat(String.join(File.pathSeparator, classPath)).doesNotContain("jackson");
        String java = ProcessHandle.current().info().command().orElse("java");

        Process process = new ProcessBuilder(
                        java, "-cp", String.join(File.pathSeparator, classPath), Probe.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("jackson absent", "Validation: valid");
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static String locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    /** Run in the other JVM: checks that Jackson is absent, then prints the sample report. */
    public static final class Probe {
        private Probe() {}

        /**
         * Prints whether Jackson can be loaded, then the sample report.
         *
         * @param args none
         */
        public static void main(String[] args) {
            try {
                Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
                System.out.println("jackson present");
            } catch (ClassNotFoundException e) {
                System.out.println("jackson absent");
            }
            SampleReport.main(new String[0]);
        }
    }
}

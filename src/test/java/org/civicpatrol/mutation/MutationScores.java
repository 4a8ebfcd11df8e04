package org.civicpatrol.mutation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks PIT's scores package by package, which PIT itself cannot: the {@code mutation} profile
 * runs it after PIT with the XML report and a threshold per package, and it fails the build
 * (by throwing) when a package scores below its threshold. It prints every package's score.
 *
 * <p>A mutant counts as detected as PIT counts it: killed, timed out, or out of memory or
 * otherwise failing the run; survivors and mutants no test covers count against the score.
 *
 * <p>Usage: {@code MutationScores mutations.xml org.civicpatrol.validation=95 ...}
 */
public final class MutationScores {

    /** One mutation of PIT's XML report: whether it was detected, and the class it mutated. */
    private static final Pattern MUTATION = Pattern.compile(
            "<mutation\\b[^>]*\\bdetected='(true|false)'.*?<mutatedClass>([^<]+)</mutatedClass>", Pattern.DOTALL);

    private MutationScores() {}

    /** A package's mutants: how many, and how many the tests detected. */
    record Score(int detected, int total) {
        double percent() {
            return total == 0 ? 100.0 : 100.0 * detected / total;
        }
    }

    /**
     * Runs the check.
     *
     * @param args the report, then {@code package=threshold} pairs
     * @throws Exception if the report cannot be read
     * @throws IllegalStateException if a package scores below its threshold
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: MutationScores mutations.xml [package=threshold ...]");
        }
        Map<String, Score> scores = scoresByPackage(Path.of(args[0]));
        List<String> failures = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            Score score = scores.getOrDefault(pair[0], new Score(0, 0));
            double threshold = Double.parseDouble(pair[1]);
            if (score.total() == 0) {
                failures.add(pair[0] + " has no mutants: a misspelt package, or PIT mutated none of it");
            } else if (score.percent() < threshold) {
                failures.add(String.format(
                        Locale.ROOT,
                        "%s scores %.1f %% (%d of %d), below %s %%",
                        pair[0],
                        score.percent(),
                        score.detected(),
                        score.total(),
                        pair[1]));
            }
        }
        StringBuilder table = new StringBuilder("Mutation scores by package:\n");
        scores.forEach((name, score) -> table.append(String.format(
                Locale.ROOT,
                "  %-32s %5.1f %%  (%d of %d)%n",
                name,
                score.percent(),
                score.detected(),
                score.total())));
        System.out.print(table);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failures));
        }
    }

    /**
     * Reads PIT's XML report into scores by package, with the whole library under {@code (all)}.
     *
     * @param report the {@code mutations.xml} file
     * @return the scores, by package name
     */
    static Map<String, Score> scoresByPackage(Path report) throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        Matcher mutation = MUTATION.matcher(Files.readString(report));
        while (mutation.find()) {
            boolean detected = Boolean.parseBoolean(mutation.group(1));
            String type = mutation.group(2);
            String pkg = type.substring(0, type.lastIndexOf('.'));
            for (String key : List.of(pkg, "(all)")) {
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                c[0] += detected ? 1 : 0;
                c[1]++;
            }
        }
        Map<String, Score> scores = new TreeMap<>();
        counts.forEach((k, c) -> scores.put(k, new Score(c[0], c[1])));
        return scores;
    }
}

package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a validation: every violation, with counts by severity and by rule.
 *
 * <p>A report is an immutable value. Its violations are in a canonical order (severity, rule,
 * subject, date, related subjects, message), so two reports with the same violations are equal
 * however they were computed, and {@link #plus} is associative and commutative with {@link
 * #empty()} as its identity: reports of parts of a registry, or of several rule sets, combine
 * into one.
 */
@Immutable
public final class ValidationReport {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity)
            .thenComparing(Violation::rule)
            .thenComparing(Violation::subject)
            .thenComparing(Violation::date)
            .thenComparing(v -> v.related().toString())
            .thenComparing(v -> v.message());

    private static final ValidationReport EMPTY = new ValidationReport(ImmutableList.of());

    private final ImmutableList<Violation> violations;
    private final ImmutableMap<Severity, Integer> bySeverity;
    private final ImmutableSortedMap<RuleCode, Integer> byRule;

    private ValidationReport(ImmutableList<Violation> sorted) {
        this.violations = sorted;
        Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            severities.put(severity, 0);
        }
        Map<RuleCode, Integer> rules = new TreeMap<>();
        for (Violation violation : sorted) {
            severities.merge(violation.severity(), 1, Integer::sum);
            rules.merge(violation.rule(), 1, Integer::sum);
        }
        this.bySeverity = ImmutableMap.copyOf(severities);
        this.byRule = ImmutableSortedMap.copyOf(rules);
    }

    /**
     * Returns the report without violations.
     *
     * @return the empty report
     */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * Returns the report of {@code violations}, put in canonical order.
     *
     * @param violations the violations, in any order; duplicates are kept
     * @return the report
     */
    public static ValidationReport of(Iterable<Violation> violations) {
        List<Violation> sorted = new ArrayList<>();
        for (Violation violation : violations) {
            sorted.add(checkNotNull(violation, "violation"));
        }
        if (sorted.isEmpty()) {
            return EMPTY;
        }
        sorted.sort(ORDER);
        return new ValidationReport(ImmutableList.copyOf(sorted));
    }

    /**
     * Returns every violation: errors first, then warnings, then infos; within a severity by
     * rule code, subject, date, related subjects and message.
     *
     * @return the violations
     */
    public ImmutableList<Violation> violations() {
        return violations;
    }

    /**
     * Tells whether the report has no error. Warnings and infos do not make a registry invalid.
     *
     * @return whether there is no violation of severity {@link Severity#ERROR}
     */
    public boolean isValid() {
        return count(Severity.ERROR) == 0;
    }

    /**
     * Tells whether the report has no violation at all.
     *
     * @return whether it is empty
     */
    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /**
     * Returns the number of violations.
     *
     * @return the number
     */
    public int size() {
        return violations.size();
    }

    /**
     * Returns the number of violations of {@code severity}.
     *
     * @param severity the severity
     * @return the number, possibly zero
     */
    public int count(Severity severity) {
        return bySeverity.getOrDefault(checkNotNull(severity, "severity"), 0);
    }

    /**
     * Returns the number of violations of the rule {@code code}.
     *
     * @param code the rule's code
     * @return the number, possibly zero
     */
    public int count(RuleCode code) {
        return byRule.getOrDefault(checkNotNull(code, "code"), 0);
    }

    /**
     * Returns the number of violations of each severity, every severity included, in {@link
     * Severity} order.
     *
     * @return the counts
     */
    public ImmutableMap<Severity, Integer> countsBySeverity() {
        return bySeverity;
    }

    /**
     * Returns the number of violations of each rule that has any, by code.
     *
     * @return the counts, in code order
     */
    public ImmutableSortedMap<RuleCode, Integer> countsByRule() {
        return byRule;
    }

    /**
     * Returns the report of the violations of rule {@code code}.
     *
     * @param code the rule's code
     * @return the filtered report
     */
    public ValidationReport filter(RuleCode code) {
        checkNotNull(code, "code");
        return filter(v -> v.rule().equals(code));
    }

    /**
     * Returns the report of the violations of {@code severity}.
     *
     * @param severity the severity
     * @return the filtered report
     */
    public ValidationReport filter(Severity severity) {
        checkNotNull(severity, "severity");
        return filter(v -> v.severity() == severity);
    }

    /**
     * Returns the report of the violations that concern {@code subject}, as their subject or as
     * a related one.
     *
     * @param subject the subject
     * @return the filtered report
     */
    public ValidationReport about(Subject subject) {
        checkNotNull(subject, "subject");
        return filter(v -> v.concerns(subject));
    }

    private ValidationReport filter(Predicate<Violation> predicate) {
        ImmutableList<Violation> kept = violations.stream().filter(predicate).collect(ImmutableList.toImmutableList());
        return kept.size() == violations.size() ? this : kept.isEmpty() ? EMPTY : new ValidationReport(kept);
    }

    /**
     * Returns the report of the violations of both reports, duplicates kept.
     *
     * @param other the other report
     * @return the combined report
     */
    public ValidationReport plus(ValidationReport other) {
        checkNotNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<Violation> merged = new ArrayList<>(violations.size() + other.violations.size());
        merged.addAll(violations);
        merged.addAll(other.violations);
        merged.sort(ORDER);
        return new ValidationReport(ImmutableList.copyOf(merged));
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ValidationReport other && violations.equals(other.violations);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    /** Returns the counts by severity: {@code ValidationReport{ERROR=0, WARNING=3, INFO=1}}. */
    @Override
    public String toString() {
        return "ValidationReport" + bySeverity;
    }
}

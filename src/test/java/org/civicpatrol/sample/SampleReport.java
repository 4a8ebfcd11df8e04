package org.civicpatrol.sample;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;
import org.civicpatrol.validation.Severity;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The README's first command: builds the Daejeon sample network, prints a plain-text summary of
 * it, validates it under Korea's policy and prints the validation summary. It lives in the test sources, outside the published jar, and uses only the public API.
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
        print(
                DaejeonSample.registry(),
                DaejeonSample.DAEJEON,
                DaejeonSample.AS_OF,
                DaejeonSample.YEAR_OF_ACTIVITIES,
                Year.of(2016),
                System.out);
        System.out.println();
        printValidation(Validator.korea().validate(DaejeonSample.registry(), DaejeonSample.AS_OF), System.out);
    }

    /**
     * Prints a validation summary: whether the registry is valid, the counts by severity, then
     * the number of violations of each rule, most serious first.
     *
     * @param report the report of a validation
     * @param out where to print
     */
    public static void printValidation(ValidationReport report, PrintStream out) {
        out.printf(
                "Validation: %s (%s, %s, %s)%n",
                report.isValid() ? "valid" : "NOT valid",
                count(report.count(Severity.ERROR), "error"),
                count(report.count(Severity.WARNING), "warning"),
                count(report.count(Severity.INFO), "info"));
        for (Severity severity : Severity.values()) {
            report.filter(severity)
                    .countsByRule()
                    .forEach((rule, count) -> out.printf("  %-8s %-40s %6d%n", severity, rule, count));
        }
    }

    /**
     * Prints, per child district of {@code root} and for {@code root} itself: the patrols
     * registered and the members appointed on {@code asOf}; the activities those patrols held in
     * {@code period} and the person-hours members gave to them; and the grants of {@code
     * fiscalYear} to those patrols and to federations of the district.
     *
     * <p>A joint patrol counts once, for the patrol that organised it, with all the members present
     * from every patrol that joined it. Guests give no person-hours.
     *
     * @param registry the registry
     * @param root the district to report on, such as a city
     * @param asOf the date of the counts of patrols and members
     * @param period the dates of the activities
     * @param fiscalYear the fiscal year of the grants
     * @param out where to print
     * @throws org.joda.money.CurrencyMismatchException if the grants are in more than one
     *     currency, which cannot be summed
     */
    public static void print(
            Registry registry, DistrictId root, LocalDate asOf, DateRange period, Year fiscalYear, PrintStream out) {
        String rootName = registry.district(root).map(District::name).orElse(root.value());
        out.printf("Sample patrol network: %s, as of %s%n", rootName, asOf);
        out.printf(
                "Activities from %s to %s; grants of fiscal year %s%n%n",
                period.start(), period.end().minusDays(1), fiscalYear);
        out.printf(
                "%8s %8s %11s %13s %16s  %s%n",
                "patrols", "members", "activities", "person-hours", "grants (KRW)", "district");
        for (District child : registry.childrenOf(root)) {
            printLine(registry, child.id(), child.name(), asOf, period, fiscalYear, out);
        }
        printLine(registry, root, rootName + " (total)", asOf, period, fiscalYear, out);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void printLine(
            Registry registry,
            DistrictId district,
            String name,
            LocalDate asOf,
            DateRange period,
            Year fiscalYear,
            PrintStream out) {
        List<Patrol> patrols = List.copyOf(registry.patrolsWithin(district));
        List<Patrol> registered =
                patrols.stream().filter(p -> p.isRegisteredOn(asOf)).toList();
        int members = registered.stream()
                .mapToInt(p -> registry.activeMembershipsOf(p.id(), asOf).size())
                .sum();
        int activities = 0;
        Duration memberTime = Duration.ZERO;
        Money grants = Money.zero(CurrencyUnit.of("KRW"));
        for (Patrol patrol : patrols) {
            for (Activity activity : registry.activitiesOf(patrol.id(), period)) {
                if (activity.patrol().equals(patrol.id())) {
                    activities++;
                    memberTime = memberTime.plus(activity.duration().multipliedBy(activity.membersPresent()));
                }
            }
            for (Grant grant : registry.grantsOf(Recipient.of(patrol.id()), fiscalYear)) {
                grants = grants.plus(grant.amount());
            }
        }
        Set<DistrictId> area =
                registry.subtreeOf(district).stream().map(District::id).collect(Collectors.toSet());
        for (Federation federation : registry.federations()) {
            if (area.contains(federation.territory())) {
                for (Grant grant : registry.grantsOf(Recipient.of(federation.id()), fiscalYear)) {
                    grants = grants.plus(grant.amount());
                }
            }
        }
        out.printf(
                "%8d %8d %,11d %,13.1f %,16d  %s%n",
                registered.size(),
                members,
                activities,
                memberTime.toMinutes() / 60.0,
                grants.getAmountMajorLong(),
                name);
    }
}

package org.civicpatrol.sample;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.Role;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.AgeBand;
import org.civicpatrol.report.AgeBands;
import org.civicpatrol.report.FundingSummary;
import org.civicpatrol.report.Node;
import org.civicpatrol.report.RollUp;
import org.civicpatrol.report.Summary;
import org.civicpatrol.time.DateRange;
import org.civicpatrol.validation.Severity;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.joda.money.Money;

/**
 * The README's first command: builds the Daejeon sample network, rolls it up by district and
 * prints a plain-text report of the city and each gu, then validates it under Korea's policy and
 * prints the validation summary. It lives in the test sources, outside the published jar, and
 * uses only the public API: it is the example to copy.
 *
 * <pre>mvn -B -q test-compile exec:java</pre>
 */
public final class SampleReport {

    private SampleReport() {}

    /**
     * Prints the report of the sample to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Registry sample = DaejeonSample.registry();
        List<Node<District>> nodes = RollUp.of(sample, DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .byDistrict(DaejeonSample.DAEJEON);
        print(
                sample,
                DaejeonSample.DAEJEON,
                DaejeonSample.AS_OF,
                DaejeonSample.YEAR_OF_ACTIVITIES,
                Year.of(2016),
                System.out);
        System.out.println();
        printDetails(nodes, System.out);
        System.out.println();
        printValidation(Validator.korea().validate(sample, DaejeonSample.AS_OF), System.out);
    }

    /**
     * Prints, per child district of {@code root} and for {@code root} itself: the patrols
     * registered and the distinct members active on {@code asOf}; the activities those patrols
     * organised in {@code period} and the person-hours members gave to them; and the grants of
     * {@code fiscalYear} awarded in the period to those patrols and to federations of the
     * district.
     *
     * @param registry the registry
     * @param root the district to report on, such as a city
     * @param asOf the date of the counts of patrols and members
     * @param period the dates of the activities
     * @param fiscalYear the fiscal year of the grants
     * @param out where to print
     * @throws IllegalStateException if the grants are in more than one currency, which cannot be
     *     summed
     */
    public static void print(
            Registry registry, DistrictId root, LocalDate asOf, DateRange period, Year fiscalYear, PrintStream out) {
        List<Node<District>> nodes = RollUp.of(registry, asOf, period).byDistrict(root);
        String rootName = nodes.isEmpty() ? root.value() : nodes.get(0).entity().name();
        out.printf("Sample patrol network: %s, as of %s%n", rootName, asOf);
        out.printf(
                "Activities from %s to %s; grants of fiscal year %s%n%n",
                period.start(), period.end().minusDays(1), fiscalYear);
        out.printf(
                "%8s %8s %11s %13s %16s  %s%n",
                "patrols", "members", "activities", "person-hours", "grants (KRW)", "district");
        for (Node<District> node : children(nodes)) {
            printLine(node.summary(), node.entity().name(), fiscalYear, out);
        }
        if (!nodes.isEmpty()) {
            printLine(nodes.get(0).summary(), rootName + " (total)", fiscalYear, out);
        }
    }

    private static List<Node<District>> children(List<Node<District>> nodes) {
        return nodes.stream().filter(n -> n.depth() == 1).toList();
    }

    private static void printLine(Summary summary, String name, Year fiscalYear, PrintStream out) {
        FundingSummary funding = summary.funding();
        long grants = funding.grantCount() == 0
                ? 0
                : funding.awardedByFiscalYear()
                        .getOrDefault(
                                fiscalYear,
                                Money.zero(funding.currencies().iterator().next()))
                        .getAmountMajorLong();
        out.printf(
                "%8d %8d %,11d %,13.1f %,16d  %s%n",
                summary.registeredPatrols().size(),
                summary.members().count(),
                summary.activities().count(),
                summary.activities().personHours(),
                grants,
                name);
    }

    /**
     * Prints members by age band and by role, coverage of neighbourhoods, training compliance,
     * and grants by category with the amount per member, for the root and each child district of
     * a roll-up.
     *
     * @param nodes a roll-up by district, root first
     * @param out where to print
     */
    public static void printDetails(List<Node<District>> nodes, PrintStream out) {
        if (nodes.isEmpty()) {
            return;
        }
        List<Node<District>> rows = new java.util.ArrayList<>(children(nodes));
        rows.add(nodes.get(0));
        AgeBands bands = AgeBands.standard();
        out.println("Members by age band and role");
        StringBuilder header = new StringBuilder();
        for (AgeBand band : bands.bands()) {
            header.append(String.format("%12s", band.label()));
        }
        for (Role role : Role.values()) {
            header.append(String.format("%10s", role));
        }
        out.println(header + "  district");
        for (Node<District> row : rows) {
            StringBuilder line = new StringBuilder();
            Map<AgeBand, Integer> byBand = row.summary().members().byAgeBand();
            for (AgeBand band : bands.bands()) {
                line.append(String.format("%12d", byBand.getOrDefault(band, 0)));
            }
            Map<Role, Integer> byRole = row.summary().members().byRole();
            for (Role role : Role.values()) {
                line.append(String.format("%10d", byRole.getOrDefault(role, 0)));
            }
            out.println(line + "  " + name(row));
        }
        out.println();
        out.println("Coverage, training and grants");
        out.printf(
                "%14s %14s %12s %12s %14s %14s %14s  %s%n",
                "dongs covered",
                "no patrol out",
                "basic done",
                "in-service",
                "posts (KRW)",
                "equipment",
                "KRW/member",
                "district");
        for (Node<District> row : rows) {
            Summary s = row.summary();
            Map<GrantCategory, Money> byCategory =
                    s.funding().grantCount() == 0 ? Map.of() : s.funding().awardedByCategory();
            out.printf(
                    "%14s %14d %12s %12s %,14d %,14d %,14d  %s%n",
                    s.coverage().coveredNeighbourhoods().size() + "/"
                            + s.coverage().neighbourhoods().size(),
                    s.coverage().neighbourhoodsWithoutActivePatrol().size(),
                    percent(s.training().basicCompliance()),
                    percent(s.training().inServiceCompliance()),
                    major(byCategory.get(GrantCategory.POSTS_AND_OFFICES)),
                    major(byCategory.get(GrantCategory.UNIFORMS_AND_EQUIPMENT)),
                    s.awardedPerMember().map(Money::getAmountMajorLong).orElse(0L),
                    name(row));
        }
    }

    private static String name(Node<District> row) {
        return row.depth() == 0
                ? row.entity().name() + " (total)"
                : row.entity().name();
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format("%.1f%%", 100 * share.getAsDouble()) : "-";
    }

    private static long major(Money money) {
        return money == null ? 0 : money.getAmountMajorLong();
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

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

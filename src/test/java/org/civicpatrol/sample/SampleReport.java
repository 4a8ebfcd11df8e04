package org.civicpatrol.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.civicpatrol.text.Labels;
import org.civicpatrol.time.DateRange;
import org.civicpatrol.validation.BuiltInRules;
import org.civicpatrol.validation.RuleCode;
import org.civicpatrol.validation.RuleDefinition;
import org.civicpatrol.validation.Severity;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.civicpatrol.validation.Violation;
import org.joda.money.Money;

/**
 * The README's first command: builds the Daejeon sample network, rolls it up by district and
 * prints a plain-text report of the city and each gu, then validates it under Korea's policy and
 * prints the validation summary. It lives in the test sources, outside the published jar, and
 * uses only the public API: it is the example to copy.
 *
 * <pre>
 * mvn -B -q test-compile exec:java                          # in English
 * mvn -B -q test-compile exec:java -Dexec.args=--lang=ko    # in Korean
 * </pre>
 *
 * <p>In Korean the headings, age bands, roles, severities and rule titles are Korean, and the
 * first finding of each rule follows the validation summary, in Korean and in English.
 */
public final class SampleReport {

    private static final Locale KOREAN = Locale.KOREAN;

    private SampleReport() {}

    /**
     * Prints the report of the sample to standard output, in UTF-8.
     *
     * @param args none for English, or {@code --lang=ko} for Korean ({@code --lang=en} for
     *     English)
     * @throws IllegalArgumentException if an argument is not one of these
     */
    public static void main(String[] args) {
        Locale locale = languageOf(args);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
        Registry sample = DaejeonSample.registry();
        List<Node<District>> nodes = RollUp.of(sample, DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .byDistrict(DaejeonSample.DAEJEON);
        print(
                sample,
                DaejeonSample.DAEJEON,
                DaejeonSample.AS_OF,
                DaejeonSample.YEAR_OF_ACTIVITIES,
                Year.of(2016),
                locale,
                out);
        out.println();
        printDetails(nodes, locale, out);
        out.println();
        ValidationReport report = Validator.korea().validate(sample, DaejeonSample.AS_OF);
        printValidation(report, locale, out);
        if (isKorean(locale)) {
            out.println();
            printFindings(report, 1, out);
        }
        out.flush();
    }

    /**
     * Returns the language that {@code args} ask for: English without arguments.
     *
     * @param args the command line
     * @return {@link Locale#ENGLISH} or {@link Locale#KOREAN}
     * @throws IllegalArgumentException if an argument is not {@code --lang=en} or {@code
     *     --lang=ko}
     */
    static Locale languageOf(String... args) {
        Locale locale = Locale.ENGLISH;
        for (String arg : args) {
            switch (arg) {
                case "--lang=ko" -> locale = KOREAN;
                case "--lang=en" -> locale = Locale.ENGLISH;
                default ->
                    throw new IllegalArgumentException(
                            "unknown argument \"" + arg + "\"; the sample report takes --lang=en or --lang=ko");
            }
        }
        return locale;
    }

    private static boolean isKorean(Locale locale) {
        return locale.getLanguage().equals(KOREAN.getLanguage());
    }

    /** Returns the English or the Korean text, for the language of {@code locale}. */
    private static String say(Locale locale, String english, String korean) {
        return isKorean(locale) ? korean : english;
    }

    /**
     * Prints, in English, the district table of {@link #print(Registry, DistrictId, LocalDate,
     * DateRange, Year, Locale, PrintStream)}.
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
        print(registry, root, asOf, period, fiscalYear, Locale.ENGLISH, out);
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
     * @param locale the language of the headings: Korean or English
     * @param out where to print
     * @throws IllegalStateException if the grants are in more than one currency, which cannot be
     *     summed
     */
    public static void print(
            Registry registry,
            DistrictId root,
            LocalDate asOf,
            DateRange period,
            Year fiscalYear,
            Locale locale,
            PrintStream out) {
        List<Node<District>> nodes = RollUp.of(registry, asOf, period).byDistrict(root);
        String rootName = nodes.isEmpty() ? root.value() : nodes.get(0).entity().name();
        out.printf(
                Locale.ROOT,
                say(locale, "Sample patrol network: %s, as of %s%n", "자율방범대 표본: %s, %s 현재%n"),
                rootName,
                asOf);
        out.printf(
                Locale.ROOT,
                say(locale, "Activities from %s to %s; grants of fiscal year %s%n%n", "활동 %s ~ %s, 지원금 %s 회계연도%n%n"),
                period.start(),
                period.end().minusDays(1),
                fiscalYear);
        out.println(pad(say(locale, "patrols", "방범대"), 8)
                + pad(say(locale, "members", "대원"), 9)
                + pad(say(locale, "activities", "활동"), 12)
                + pad(say(locale, "person-hours", "연인원 시간"), 14)
                + pad(say(locale, "grants (KRW)", "지원금(원)"), 17)
                + "  "
                + say(locale, "district", "행정구역"));
        for (Node<District> node : children(nodes)) {
            printLine(node.summary(), node.entity().name(), fiscalYear, out);
        }
        if (!nodes.isEmpty()) {
            printLine(nodes.get(0).summary(), rootName + say(locale, " (total)", " (합계)"), fiscalYear, out);
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
                Locale.ROOT,
                "%,8d %,8d %,11d %,13.1f %,16d  %s%n",
                summary.registeredPatrols().size(),
                summary.members().count(),
                summary.activities().count(),
                summary.activities().personHours(),
                grants,
                name);
    }

    /**
     * Prints, in English, the tables of {@link #printDetails(List, Locale, PrintStream)}.
     *
     * @param nodes a roll-up by district, root first
     * @param out where to print
     */
    public static void printDetails(List<Node<District>> nodes, PrintStream out) {
        printDetails(nodes, Locale.ENGLISH, out);
    }

    /**
     * Prints members by age band and by role, coverage of neighbourhoods, training compliance,
     * and grants by category with the amount per member, for the root and each child district of
     * a roll-up.
     *
     * @param nodes a roll-up by district, root first
     * @param locale the language of the headings, age bands and roles: Korean or English
     * @param out where to print
     */
    public static void printDetails(List<Node<District>> nodes, Locale locale, PrintStream out) {
        if (nodes.isEmpty()) {
            return;
        }
        List<Node<District>> rows = new ArrayList<>(children(nodes));
        rows.add(nodes.get(0));
        AgeBands bands = AgeBands.standard();
        Labels labels = Labels.of(locale);
        out.println(say(locale, "Members by age band and role", "연령대별·직책별 대원"));
        StringBuilder header = new StringBuilder();
        for (AgeBand band : bands.bands()) {
            header.append(pad(isKorean(locale) ? bands.label(band, locale) : band.label(), 12));
        }
        for (Role role : Role.values()) {
            header.append(pad(isKorean(locale) ? labels.name(role) : role.name(), 10));
        }
        out.println(header + "  " + say(locale, "district", "행정구역"));
        for (Node<District> row : rows) {
            StringBuilder line = new StringBuilder();
            Map<AgeBand, Integer> byBand = row.summary().members().byAgeBand();
            for (AgeBand band : bands.bands()) {
                line.append(String.format(Locale.ROOT, "%,12d", byBand.getOrDefault(band, 0)));
            }
            Map<Role, Integer> byRole = row.summary().members().byRole();
            for (Role role : Role.values()) {
                line.append(String.format(Locale.ROOT, "%,10d", byRole.getOrDefault(role, 0)));
            }
            out.println(line + "  " + name(row, locale));
        }
        out.println();
        out.println(say(locale, "Coverage, training and grants", "활동 범위, 교육, 지원금"));
        out.println(pad(say(locale, "dongs covered", "활동 동"), 14)
                + pad(say(locale, "no patrol out", "미활동 동"), 15)
                + pad(say(locale, "basic done", "기본교육"), 13)
                + pad(say(locale, "in-service", "보수교육"), 13)
                + pad(say(locale, "posts (KRW)", "초소(원)"), 15)
                + pad(say(locale, "equipment", "장비(원)"), 15)
                + pad(say(locale, "KRW/member", "대원당(원)"), 15)
                + "  "
                + say(locale, "district", "행정구역"));
        for (Node<District> row : rows) {
            Summary s = row.summary();
            Map<GrantCategory, Money> byCategory =
                    s.funding().grantCount() == 0 ? Map.of() : s.funding().awardedByCategory();
            out.printf(
                    Locale.ROOT,
                    "%14s %,14d %12s %12s %,14d %,14d %,14d  %s%n",
                    s.coverage().coveredNeighbourhoods().size() + "/"
                            + s.coverage().neighbourhoods().size(),
                    s.coverage().neighbourhoodsWithoutActivePatrol().size(),
                    percent(s.training().basicCompliance()),
                    percent(s.training().inServiceCompliance()),
                    major(byCategory.get(GrantCategory.POSTS_AND_OFFICES)),
                    major(byCategory.get(GrantCategory.UNIFORMS_AND_EQUIPMENT)),
                    s.awardedPerMember().map(Money::getAmountMajorLong).orElse(0L),
                    name(row, locale));
        }
    }

    private static String name(Node<District> row, Locale locale) {
        return row.depth() == 0
                ? row.entity().name() + say(locale, " (total)", " (합계)")
                : row.entity().name();
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * share.getAsDouble()) : "-";
    }

    private static long major(Money money) {
        return money == null ? 0 : money.getAmountMajorLong();
    }

    /**
     * Prints, in English, the summary of {@link #printValidation(ValidationReport, Locale,
     * PrintStream)}.
     *
     * @param report the report of a validation
     * @param out where to print
     */
    public static void printValidation(ValidationReport report, PrintStream out) {
        printValidation(report, Locale.ENGLISH, out);
    }

    /**
     * Prints a validation summary: whether the registry is valid, the counts by severity, then
     * the number of violations of each rule, most serious first. In English each rule is shown
     * by its code; in Korean by its title, with its code after the count.
     *
     * @param report the report of a validation
     * @param locale the language: Korean or English
     * @param out where to print
     */
    public static void printValidation(ValidationReport report, Locale locale, PrintStream out) {
        if (!isKorean(locale)) {
            out.printf(
                    Locale.ROOT,
                    "Validation: %s (%s, %s, %s)%n",
                    report.isValid() ? "valid" : "NOT valid",
                    count(report.count(Severity.ERROR), "error"),
                    count(report.count(Severity.WARNING), "warning"),
                    count(report.count(Severity.INFO), "info"));
            for (Severity severity : Severity.values()) {
                report.filter(severity)
                        .countsByRule()
                        .forEach(
                                (rule, count) -> out.printf(Locale.ROOT, "  %-8s %-40s %,6d%n", severity, rule, count));
            }
            return;
        }
        Labels labels = Labels.of(locale);
        out.printf(
                Locale.ROOT,
                "검증 결과: %s (%s %,d건, %s %,d건, %s %,d건)%n",
                report.isValid() ? "적합" : "부적합",
                labels.name(Severity.ERROR),
                report.count(Severity.ERROR),
                labels.name(Severity.WARNING),
                report.count(Severity.WARNING),
                labels.name(Severity.INFO),
                report.count(Severity.INFO));
        Map<RuleCode, RuleDefinition> definitions = new LinkedHashMap<>();
        BuiltInRules.catalogue().forEach(d -> definitions.put(d.code(), d));
        for (Severity severity : Severity.values()) {
            report.filter(severity).countsByRule().forEach((rule, count) -> {
                RuleDefinition definition = definitions.get(rule);
                String title = definition == null ? rule.value() : definition.title(locale);
                out.println("  " + padRight(labels.name(severity), 6) + padRight(title, 36)
                        + String.format(Locale.ROOT, "%,6d", count) + "  " + rule);
            });
        }
    }

    /**
     * Prints the first {@code perRule} findings of each rule, most serious first, each in Korean
     * and then in English.
     *
     * @param report the report of a validation
     * @param perRule how many findings of each rule to print
     * @param out where to print
     */
    public static void printFindings(ValidationReport report, int perRule, PrintStream out) {
        out.println("지적 사항 예시 (findings)");
        Map<RuleCode, Integer> printed = new LinkedHashMap<>();
        for (Violation v : report.violations()) {
            int n = printed.merge(v.rule(), 1, Integer::sum);
            if (n <= perRule) {
                out.println("  " + v.rule() + " (" + v.date() + ")");
                out.println("    " + v.message(KOREAN));
                out.println("    " + v.message(Locale.ENGLISH));
            }
        }
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** Pads {@code text} on the left to {@code width} columns, Hangul taking two. */
    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - columns(text))) + text;
    }

    /** Pads {@code text} on the right to {@code width} columns, Hangul taking two. */
    private static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(1, width - columns(text)));
    }

    private static int columns(String text) {
        return text.codePoints()
                .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL ? 2 : 1)
                .sum();
    }
}

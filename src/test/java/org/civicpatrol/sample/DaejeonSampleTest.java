package org.civicpatrol.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civicpatrol.sample.DaejeonSample.AS_OF;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.KoreanDistrictLevels;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.Role;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.Node;
import org.civicpatrol.report.RollUp;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DaejeonSampleTest {

    private final Registry sample = DaejeonSample.registry();

    private List<Membership> activeMemberships() {
        return sample.memberships().stream().filter(m -> m.isActiveOn(AS_OF)).toList();
    }

    @Test
    void holdsTheOfficialCodeListOfDaejeon() {
        List<District> districts = List.copyOf(sample.districts());
        assertThat(districts).hasSize(88);
        assertThat(districts.stream().filter(d -> d.level().equals(KoreanDistrictLevels.PROVINCE)))
                .extracting(District::name)
                .containsExactly("대전광역시");
        Map<String, Long> dongsPerGu = sample.childrenOf(DaejeonSample.DAEJEON).stream()
                .collect(Collectors.toMap(
                        District::name, gu -> (long) sample.childrenOf(gu.id()).size()));
        assertThat(dongsPerGu)
                .containsExactlyInAnyOrderEntriesOf(Map.of("동구", 16L, "중구", 17L, "서구", 24L, "유성구", 13L, "대덕구", 12L));
    }

    @Test
    void hasTheCountsTheCityReported() {
        assertThat(sample.patrols().stream().filter(p -> p.isRegisteredOn(AS_OF)))
                .hasSize(DaejeonSample.PATROLS);
        assertThat(activeMemberships()).hasSize(DaejeonSample.MEMBERS);
        assertThat(activeMemberships().stream().map(Membership::member).distinct())
                .hasSize(DaejeonSample.MEMBERS);
    }

    @Test
    void everyDongThatExistedIn2016HasAPatrolAndNoOtherDongHasOne() {
        List<District> dongs = sample.districts().stream()
                .filter(d -> d.level().equals(KoreanDistrictLevels.NEIGHBOURHOOD))
                .toList();
        for (District dong : dongs) {
            assertThat(sample.patrolsIn(dong.id()).isEmpty())
                    .as("dong %s", dong.id())
                    .isEqualTo(!dong.isValidOn(AS_OF));
        }
        assertThat(dongs.stream().filter(d -> d.isValidOn(AS_OF))).hasSize(79);
    }

    @Test
    void includesTheTanbangDongAndDunsan2DongPatrols() {
        Patrol tanbang = sample.patrol(DaejeonSample.TANBANG).orElseThrow();
        assertThat(tanbang.name()).isEqualTo("탄방동 자율방범대");
        assertThat(tanbang.registeredOn()).contains(LocalDate.of(1993, 3, 1));
        assertThat(tanbang.policeUnit().value()).isEqualTo("dunsan");
        Patrol dunsan2 = sample.patrol(DaejeonSample.DUNSAN_2).orElseThrow();
        assertThat(dunsan2.name()).isEqualTo("둔산2동 자율방범대");
        assertThat(dunsan2.policeUnit().value()).isEqualTo("dunsan");
        assertThat(sample.policeUnits())
                .filteredOn(u -> u.kind().name().equals("STATION"))
                .hasSize(6);
    }

    @Test
    void everyPatrolHasOneLeaderDeputyAndSecretaryAndAtLeastTenMembers() {
        for (Patrol patrol : sample.patrols()) {
            List<Membership> active = sample.activeMembershipsOf(patrol.id(), AS_OF);
            Map<Role, Long> roles = active.stream()
                    .collect(Collectors.groupingBy(m -> m.roleOn(AS_OF).orElseThrow(), Collectors.counting()));
            assertThat(roles).as("roles of %s", patrol.id()).containsEntry(Role.LEADER, 1L);
            assertThat(roles).containsEntry(Role.DEPUTY, 1L).containsEntry(Role.SECRETARY, 1L);
            assertThat(active).hasSizeBetween(10, 40);
        }
    }

    @Test
    void nobodyIsUnderNineteenAndMostAreFiftyOrOlder() {
        Map<MemberId, Member> members =
                sample.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
        for (Membership membership : sample.memberships()) {
            Member member = members.get(membership.member());
            LocalDate appointed = membership.appointedOn().orElseThrow();
            assertThat(member.ageOn(appointed).orElseThrow())
                    .as("age of %s", member.id())
                    .isGreaterThanOrEqualTo(19);
        }
        long fiftyPlus = activeMemberships().stream()
                .map(m -> members.get(m.member()).ageOn(AS_OF).orElseThrow())
                .filter(age -> age >= 50)
                .count();
        assertThat((double) fiftyPlus / DaejeonSample.MEMBERS).isBetween(0.75, 0.90);
    }

    @Test
    void keepsFormerMembers() {
        assertThat(sample.memberships().stream().filter(m -> m.endedOn().isPresent()))
                .isNotEmpty()
                .allMatch(m -> m.endedOn().orElseThrow().isBefore(AS_OF));
        assertThat(sample.members()).hasSizeGreaterThan(DaejeonSample.MEMBERS);
    }

    @Test
    void isDeterministic() {
        Registry again = DaejeonSample.build(DaejeonSample.SEED);
        assertThat(again.patrols()).containsExactlyElementsOf(sample.patrols());
        assertThat(again.members()).containsExactlyElementsOf(sample.members());
        assertThat(again.memberships()).containsExactlyElementsOf(sample.memberships());
        Registry other = DaejeonSample.build(1L);
        // ImmutableMap.values() compares by identity: compare the elements.
        assertThat(List.copyOf(other.memberships())).isNotEqualTo(List.copyOf(sample.memberships()));
        assertThat(other.memberships().stream().filter(m -> m.isActiveOn(AS_OF)))
                .hasSize(DaejeonSample.MEMBERS);
    }

    @Test
    void reportPrintsEachGuAndTheCityWhoseColumnsAddUp() {
        List<String> lines = printed(out -> SampleReport.print(
                        sample, DaejeonSample.DAEJEON, AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES, Year.of(2016), out))
                .lines()
                .toList();
        assertThat(lines.get(0)).isEqualTo("Sample patrol network: 대전광역시, as of 2016-11-29");
        assertThat(lines.get(1)).isEqualTo("Activities from 2015-11-30 to 2016-11-29; grants of fiscal year 2016");
        assertThat(lines).hasSize(10);
        List<String> total = cells(lines.get(9));
        assertThat(total).endsWith("대전광역시", "(total)");
        assertThat(total.subList(0, 2)).containsExactly("147", "2,824");
        assertThat(total.get(2))
                .isEqualTo(String.format(Locale.ROOT, "%,d", sample.activities().size()));
        assertThat(total.get(4)).isEqualTo("184,000,000");
        long[] sums = new long[5];
        double hours = 0;
        for (String line : lines.subList(4, 9)) {
            List<String> cells = cells(line);
            sums[0] += number(cells.get(0));
            sums[1] += number(cells.get(1));
            sums[2] += number(cells.get(2));
            hours += Double.parseDouble(cells.get(3).replace(",", ""));
            sums[4] += number(cells.get(4));
        }
        assertThat(sums[0]).isEqualTo(147);
        assertThat(sums[1]).isEqualTo(2824);
        assertThat(sums[2]).isEqualTo(number(total.get(2)));
        assertThat(hours).isCloseTo(Double.parseDouble(total.get(3).replace(",", "")), within(0.5));
        assertThat(sums[4]).isEqualTo(184_000_000L);
    }

    @Test
    void reportReadsTheSameWhateverTheDefaultLocale() {
        String root = printedWithDefault(Locale.ROOT);
        // German groups digits with dots and writes decimals with a comma; French uses spaces.
        assertThat(printedWithDefault(Locale.GERMANY)).isEqualTo(root);
        assertThat(printedWithDefault(Locale.FRANCE)).isEqualTo(root);
        assertThat(root).contains("2,824", "153,590.8", "98.1%");
    }

    private String printedWithDefault(Locale locale) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            ValidationReport report = Validator.korea().validate(sample, AS_OF);
            return printed(out -> {
                for (Locale language : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                    SampleReport.print(
                            sample,
                            DaejeonSample.DAEJEON,
                            AS_OF,
                            DaejeonSample.YEAR_OF_ACTIVITIES,
                            Year.of(2016),
                            language,
                            out);
                    SampleReport.printDetails(rollUp(), language, out);
                    SampleReport.printValidation(report, language, out);
                }
            });
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void reportDetailsCountEveryMemberOnceByAgeBandAndByRole() {
        List<String> lines =
                printed(out -> SampleReport.printDetails(rollUp(), out)).lines().toList();

        assertThat(lines.get(0)).isEqualTo("Members by age band and role");
        List<String> city = cells(lines.get(7));
        assertThat(city).endsWith("대전광역시", "(total)");
        long byBand =
                city.subList(0, 6).stream().mapToLong(DaejeonSampleTest::number).sum();
        long byRole = city.subList(6, 10).stream()
                .mapToLong(DaejeonSampleTest::number)
                .sum();
        assertThat(byBand).isEqualTo(DaejeonSample.MEMBERS);
        assertThat(byRole).isEqualTo(DaejeonSample.MEMBERS);
        assertThat(city.get(6)).isEqualTo(String.valueOf(DaejeonSample.PATROLS)); // one leader each
        assertThat(lines.get(9)).isEqualTo("Coverage, training and grants");
        List<String> coverage = cells(lines.get(16));
        assertThat(coverage.get(0)).isEqualTo("79/79"); // 82 dongs less three created later (Doan, Hakha, Sangdae)
        assertThat(coverage).endsWith("대전광역시", "(total)");
    }

    private List<Node<District>> rollUp() {
        return RollUp.of(sample, AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES).byDistrict(DaejeonSample.DAEJEON);
    }

    /** Returns what {@code report} prints, as UTF-8. */
    private static String printed(Consumer<PrintStream> report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static long number(String cell) {
        return Long.parseLong(cell.replace(",", ""));
    }

    private static List<String> cells(String line) {
        return Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().splitToList(line);
    }

    @Test
    void copyOfTheCodeListMatchesTheSharedReferenceData() throws IOException {
        Path shared = Path.of("..", "shared", "data", DaejeonDongs.RESOURCE);
        Assumptions.assumeTrue(Files.exists(shared), "shared/ is not beside the checkout");
        assertThat(DaejeonDongs.lines()).isEqualTo(Files.readAllLines(shared, StandardCharsets.UTF_8));
    }
}

package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.json.CivicPatrolModule;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.StatusChange;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.Node;
import org.civicpatrol.report.RollUp;
import org.civicpatrol.report.Summary;
import org.civicpatrol.sample.DaejeonSample;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.civicpatrol.validation.Policy;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The JSON module as a city's API uses it: round trips, the forms, personal data, errors. */
class JsonTest {

    private static final ObjectMapper PERSONAL =
            new ObjectMapper().registerModule(CivicPatrolModule.withPersonalData());
    private static final ObjectMapper DEFAULT = new ObjectMapper().registerModule(new CivicPatrolModule());

    private static void assertSameContents(Registry read, Registry written) {
        for (Function<Registry, List<?>> kind : Fixtures.registryContents()) {
            assertThat(kind.apply(read)).isEqualTo(kind.apply(written));
        }
        assertThat(read.rostersRecorded()).isEqualTo(written.rostersRecorded());
    }

    @Test
    void theDaejeonSampleRoundTripsWithPersonalData() throws Exception {
        Registry sample = DaejeonSample.registry();
        String json = PERSONAL.writeValueAsString(sample);

        Registry read = PERSONAL.readValue(json, Registry.class);

        assertSameContents(read, sample);
        assertThat(PERSONAL.writeValueAsString(read)).isEqualTo(json);
        assertThat(Validator.korea().validate(read, DaejeonSample.AS_OF))
                .isEqualTo(Validator.korea().validate(sample, DaejeonSample.AS_OF));
    }

    @Test
    void aGeneratedNationalRegistryRoundTripsWithPersonalData() throws Exception {
        Registry generated =
                RegistryGenerator.withSeed(14).patrols(400).breakage(0.05).generate();
        assertThat(generated.members()).hasSizeGreaterThan(5_000);

        Registry read = PERSONAL.readValue(PERSONAL.writeValueAsBytes(generated), Registry.class);

        assertSameContents(read, generated);
    }

    @Test
    void violationsAndReportsRoundTrip() throws Exception {
        ValidationReport report = Validator.korea().validate(DaejeonSample.registry(), DaejeonSample.AS_OF);
        assertThat(report.violations()).isNotEmpty();

        String json = DEFAULT.writeValueAsString(report);

        assertThat(DEFAULT.readValue(json, ValidationReport.class)).isEqualTo(report);
        assertThat(DEFAULT.readValue(
                        DEFAULT.writeValueAsString(report.violations()),
                        new TypeReference<List<org.civicpatrol.validation.Violation>>() {}))
                .isEqualTo(report.violations());
    }

    @Test
    void everySummaryOfTheSamplesRollUpRoundTripsWithPersonalData() throws Exception {
        List<Node<District>> nodes = RollUp.of(
                        DaejeonSample.registry(), DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .byDistrict(DaejeonSample.DAEJEON);
        assertThat(nodes).hasSizeGreaterThan(80);

        String json = PERSONAL.writeValueAsString(nodes);
        List<Node<District>> read = PERSONAL.readValue(json, new TypeReference<List<Node<District>>>() {});

        assertThat(read).isEqualTo(nodes);
        Summary city = nodes.get(0).summary();
        assertThat(city.members().count()).isEqualTo(DaejeonSample.MEMBERS);
        assertThat(read.get(0).summary().funding().awarded())
                .isEqualTo(Money.of(CurrencyUnit.of("KRW"), DaejeonSample.GRANTS_TOTAL));
        // What a summary is made of survives: sums of summaries read back are the sums.
        Summary first =
                PERSONAL.readValue(PERSONAL.writeValueAsString(nodes.get(1).summary()), Summary.class);
        Summary second =
                PERSONAL.readValue(PERSONAL.writeValueAsString(nodes.get(2).summary()), Summary.class);
        assertThat(first.plus(second))
                .isEqualTo(nodes.get(1).summary().plus(nodes.get(2).summary()));
    }

    @Test
    void aGeneratedRegistrysSummaryRoundTripsWithPersonalData() throws Exception {
        Registry generated =
                RegistryGenerator.withSeed(5).patrols(60).breakage(0.1).generate();
        Summary summary = RollUp.of(generated, LocalDate.of(2016, 12, 31), DateRange.ofYear(java.time.Year.of(2016)))
                .byDistrict(org.civicpatrol.geo.DistrictId.of("KR"))
                .get(0)
                .summary();

        assertThat(PERSONAL.readValue(PERSONAL.writeValueAsString(summary), Summary.class))
                .isEqualTo(summary);
        assertThat(DEFAULT.readValue(DEFAULT.writeValueAsString(Summary.empty()), Summary.class))
                .isEqualTo(Summary.empty());
    }

    @Test
    void aSummaryWithoutPersonalDataKeepsItsFiguresAndReadsBackWithoutAgesOrSexes() throws Exception {
        Summary city = RollUp.of(DaejeonSample.registry(), DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .byDistrict(DaejeonSample.DAEJEON)
                .get(0)
                .summary();
        JsonNode tree = DEFAULT.readTree(DEFAULT.writeValueAsString(city));

        assertThat(tree.get("members").get("count").intValue()).isEqualTo(DaejeonSample.MEMBERS);
        assertThat(tree.get("members").get("byAgeBand").size()).isGreaterThan(1);
        for (JsonNode entry : tree.get("members").get("entries")) {
            assertThat(entry.has("ageBand") || entry.has("sex")).isFalse();
        }
        Summary read = DEFAULT.readValue(tree.toString(), Summary.class);
        assertThat(read.members().count()).isEqualTo(city.members().count());
        assertThat(read.members().byRole()).isEqualTo(city.members().byRole());
        assertThat(read.members().byAgeBand()).containsOnlyKeys(org.civicpatrol.report.AgeBand.unknown());
        assertThat(read.members().bySex()).containsOnlyKeys(org.civicpatrol.report.SexGroup.UNKNOWN);
        assertThat(read.activities()).isEqualTo(city.activities());
        assertThat(read.funding()).isEqualTo(city.funding());
        assertThat(read.training()).isEqualTo(city.training());
        assertThat(read.coverage()).isEqualTo(city.coverage());
    }

    @Test
    void aSummaryThatIsNotOneSaysWhichField() {
        assertThatThrownBy(() -> DEFAULT.readValue("{\"patrols\":{}}", Summary.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: summary field patrols.registered: missing");
        assertThatThrownBy(() ->
                        DEFAULT.readValue("{\"entity\":\"x\",\"depth\":0}", new TypeReference<Node<District>>() {}))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: a node needs an entity, a depth and a summary");
        com.fasterxml.jackson.databind.node.ObjectNode empty = DEFAULT.valueToTree(Summary.empty());
        com.fasterxml.jackson.databind.node.ObjectNode textCount = empty.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) textCount.get("activities")).put("count", "many");
        assertThatThrownBy(() -> DEFAULT.treeToValue(textCount, Summary.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: summary field activities.count: expected a whole number");
        com.fasterxml.jackson.databind.node.ObjectNode oddBand = empty.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) oddBand.get("members").get("entries"))
                .addObject()
                .put("member", "m-1")
                .put("atStart", false)
                .put("atEnd", true)
                .put("appointed", false)
                .put("role", "MEMBER")
                .put("ageBand", "teenagers");
        assertThatThrownBy(() -> DEFAULT.treeToValue(oddBand, Summary.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("no age band labelled teenagers");
        com.fasterxml.jackson.databind.node.ObjectNode unknownTraining = empty.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode)
                        unknownTraining.get("training").get("entries"))
                .addObject()
                .put("member", "m-1")
                .put("basicDue", "yes");
        assertThatThrownBy(() -> DEFAULT.treeToValue(unknownTraining, Summary.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: summary field basicDue: expected true or false");
    }

    /**
     * A registry of public lists, without rosters, whose patrols report headcounts: the flag and
     * the summary's reported headcounts survive the round trip (the sample has neither).
     */
    @Test
    void aRegistryWithoutRostersAndItsReportedHeadcountsRoundTrip() throws Exception {
        Registry sample = DaejeonSample.registry();
        Patrol tanbang = sample.patrol(DaejeonSample.TANBANG).orElseThrow();
        Patrol reporting = new Patrol.Builder()
                .from(tanbang)
                .addReportedHeadcount(org.civicpatrol.patrol.Headcount.of(LocalDate.of(2016, 1, 4), 27))
                .build();
        Registry lists =
                sample.change().replacePatrol(reporting).rostersRecorded(false).apply();

        Registry read = PERSONAL.readValue(PERSONAL.writeValueAsString(lists), Registry.class);

        assertThat(read.rostersRecorded()).isFalse();
        assertSameContents(read, lists);
        Summary city = RollUp.of(lists, DaejeonSample.AS_OF, DaejeonSample.YEAR_OF_ACTIVITIES)
                .byDistrict(DaejeonSample.DAEJEON)
                .get(0)
                .summary();
        assertThat(city.reportedHeadcounts()).containsEntry(DaejeonSample.TANBANG, 27);
        assertThat(DEFAULT.readValue(DEFAULT.writeValueAsString(city), Summary.class)
                        .reportedHeadcounts())
                .isEqualTo(city.reportedHeadcounts());
    }

    /** A personal value that cannot be read is refused without being quoted. */
    @Test
    void aBadPersonalValueIsRefusedWithoutShowingIt() {
        String member = "{\"id\":\"m-1\",\"name\":\"홍길동\",\"birthDate\":\"1971-02-30\"}";

        assertThatThrownBy(() -> PERSONAL.readValue(member, Member.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith(
                        "at $.birthDate: not a valid birthDate; the value is personal data and is not shown")
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("1971");
                    assertThat(e.getCause()).hasMessageNotContaining("1971").hasNoCause();
                });
        // A value that is not personal is quoted, to help find it.
        assertThatThrownBy(() -> DEFAULT.readValue("{\"start\":\"2016-02-30\"}", DateRange.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("2016-02-30");
    }

    /** Every form refuses a field it does not have, and says where. */
    @Test
    void everyFormRefusesAFieldItDoesNotHave() {
        assertThatThrownBy(() -> DEFAULT.readValue("{\"start\":\"2020-01-01\",\"colour\":1}", DateRange.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: a date range has no field \"colour\"");
        assertThatThrownBy(() -> DEFAULT.readValue("{\"amount\":\"1\",\"currency\":\"KRW\",\"colour\":1}", Money.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: money has no field \"colour\"");
        assertThatThrownBy(() -> DEFAULT.readValue("{\"violations\":[],\"colour\":1}", ValidationReport.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: a validation report has no field \"colour\"");
        assertThatThrownBy(() -> DEFAULT.readValue(
                        "{\"entity\":\"x\",\"depth\":0,\"summary\":{},\"colour\":1}",
                        new TypeReference<Node<District>>() {}))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: a node has no field \"colour\"");
        assertThatThrownBy(() -> DEFAULT.readValue("{\"amount\":\"1\"}", Money.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: money needs an amount and a currency");
    }

    @Test
    void aPolicyRoundTrips() throws Exception {
        Policy korea = Policy.korea();

        assertThat(DEFAULT.readValue(DEFAULT.writeValueAsString(korea), Policy.class))
                .isEqualTo(korea);
    }

    @Test
    void aPatrolHasTheDocumentedForm() throws Exception {
        Patrol tanbang = new Patrol.Builder()
                .id(PatrolId.of("tanbang"))
                .name("탄방동 자율방범대")
                .formedOn(LocalDate.of(1993, 3, 1))
                .addActivityArea(DistrictId.of("3017055500"))
                .policeUnit(PoliceUnitId.of("dunsan"))
                .build();

        assertThat(DEFAULT.writeValueAsString(tanbang))
                .isEqualTo("{\"id\":\"tanbang\",\"name\":\"탄방동 자율방범대\",\"formedOn\":\"1993-03-01\","
                        + "\"activityArea\":[\"3017055500\"],\"policeUnit\":\"dunsan\",\"posts\":[],"
                        + "\"complementApprovals\":[],\"rosterRecorded\":true,\"reportedHeadcounts\":[]}");
        assertThat(DEFAULT.readValue(DEFAULT.writeValueAsString(tanbang), Patrol.class))
                .isEqualTo(tanbang);
    }

    @Test
    void rangesMoneyAndIdsHaveTheirForms() throws Exception {
        DateRange year = DateRange.ofYear(java.time.Year.of(2016));
        DateRange open = DateRange.startingOn(LocalDate.of(2022, 4, 14));
        Money won = Money.of(CurrencyUnit.of("KRW"), 50_000_000);
        Money dollars = Money.parse("USD 12345678901234567.89");

        assertThat(DEFAULT.writeValueAsString(year)).isEqualTo("{\"start\":\"2016-01-01\",\"end\":\"2017-01-01\"}");
        assertThat(DEFAULT.writeValueAsString(open)).isEqualTo("{\"start\":\"2022-04-14\"}");
        assertThat(DEFAULT.writeValueAsString(DateRange.always())).isEqualTo("{}");
        assertThat(DEFAULT.writeValueAsString(won)).isEqualTo("{\"amount\":\"50000000\",\"currency\":\"KRW\"}");
        assertThat(DEFAULT.writeValueAsString(PatrolId.of("p-1"))).isEqualTo("\"p-1\"");
        for (Object value : List.of(
                year,
                open,
                DateRange.always(),
                DateRange.until(LocalDate.of(2000, 1, 1)),
                won,
                dollars,
                PatrolId.of("p-1"))) {
            assertThat(DEFAULT.readValue(DEFAULT.writeValueAsString(value), value.getClass()))
                    .isEqualTo(value);
        }
        assertThat(DEFAULT.readValue("{\"amount\":12.5,\"currency\":\"USD\"}", Money.class))
                .isEqualTo(Money.parse("USD 12.50"));
    }

    @Test
    void theDefaultOutputOfTheWholeSampleHoldsNoPersonalData() throws Exception {
        Registry sample = DaejeonSample.registry();
        JsonNode tree = DEFAULT.readTree(DEFAULT.writeValueAsString(sample));
        Set<String> fieldNames = new HashSet<>();
        Set<String> texts = new HashSet<>();
        collect(tree, fieldNames, texts);

        assertThat(fieldNames)
                .doesNotContain("birthDate", "sex", "residenceOrBusinessDistricts", "residences", "disqualifications");
        assertThat(reasonsOfEnds(tree)).isZero();
        List<String> names = new ArrayList<>();
        for (Member member : sample.members()) {
            names.add(member.name());
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(DaejeonSample.MEMBERS);
        assertThat(names.stream().filter(texts::contains).toList()).isEmpty();
        JsonNode firstMember = tree.get("members").get(0);
        assertThat(firstMember.has("name")).isFalse();

        // The same scan finds them in the output with personal data: it can fail.
        Set<String> personalTexts = new HashSet<>();
        Set<String> personalFields = new HashSet<>();
        collect(PERSONAL.readTree(PERSONAL.writeValueAsString(sample)), personalFields, personalTexts);
        assertThat(names.stream().filter(name -> !personalTexts.contains(name)).toList())
                .isEmpty();
        assertThat(personalFields).contains("birthDate", "sex");
        assertThat(reasonsOfEnds(PERSONAL.readTree(PERSONAL.writeValueAsString(sample))))
                .isPositive();
    }

    @Test
    void aRegistryReadWithoutPersonalDataWithholdsItAndKeepsTheRest() throws Exception {
        Registry sample = DaejeonSample.registry();

        Registry read = DEFAULT.readValue(PERSONAL.writeValueAsString(sample), Registry.class);

        assertThat(read.members()).hasSameSizeAs(sample.members());
        for (Member member : read.members()) {
            assertThat(member.name()).isEqualTo("(withheld)");
            assertThat(member.birthDate()).isEmpty();
            assertThat(member.sex()).isEmpty();
            assertThat(member.residenceOrBusinessDistricts()).isEmpty();
            assertThat(member.residences()).isEmpty();
            assertThat(member.disqualifications()).isEmpty();
        }
        for (Membership membership : read.memberships()) {
            assertThat(membership.history())
                    .allSatisfy(change -> assertThat(change.reason()).isEmpty());
            Membership original = sample.membership(membership.id()).orElseThrow();
            assertThat(membership.history().stream().map(StatusChange::status).toList())
                    .isEqualTo(original.history().stream()
                            .map(StatusChange::status)
                            .toList());
        }
        assertThat(read.patrols()).containsExactlyElementsOf(sample.patrols());
        assertThat(read.activities()).containsExactlyElementsOf(sample.activities());
        assertThat(read.grants()).containsExactlyElementsOf(sample.grants());
    }

    @Test
    void readingIsStrictAndSaysWhere() {
        String patrol =
                "{\"id\":\"tanbang\",\"name\":\"탄방동 자율방범대\",\"formedOn\":\"1993-03-01\",\"policeUnit\":\"dunsan\"";

        assertThatThrownBy(() -> DEFAULT.readValue(patrol + ",\"colour\":\"red\"}", Patrol.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: a Patrol has no attribute \"colour\"");
        assertThatThrownBy(() ->
                        DEFAULT.readValue("{\"patrols\":[" + patrol.replace("탄방동 자율방범대", " ") + "}]}", Registry.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $.patrols[0]: patrol tanbang has a blank name");
        assertThatThrownBy(() -> DEFAULT.readValue("{\"id\":\"tanbang\",\"formedOn\":\"1993-03-01\"}", Patrol.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: cannot build Patrol: name and policeUnit are required but not set");
        assertThatThrownBy(() -> DEFAULT.readValue(patrol + ",\"formedOn\":\"1993-02-30\"}", Patrol.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $.formedOn: ");
        assertThatThrownBy(() -> DEFAULT.readValue(patrol + ",\"rosterRecorded\":\"yes\"}", Patrol.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $.rosterRecorded: expected true or false, found STRING");
        assertThatThrownBy(() -> DEFAULT.readValue(
                        "{\"patrols\":[" + patrol + ",\"activityArea\":[\"d\"]}," + patrol
                                + ",\"activityArea\":[\"d\"]}]}",
                        Registry.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: registry has two patrols with id tanbang");
        assertThatThrownBy(() -> DEFAULT.readValue("{\"patrols\":{}}", Registry.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $.patrols: expected an array, found START_OBJECT");
        assertThatThrownBy(() -> DEFAULT.readValue("{\"members\":[],\"colour\":1}", Registry.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: a registry has no field \"colour\"");
        assertThatThrownBy(
                        () -> DEFAULT.readValue("{\"start\":\"2020-01-01\",\"end\":\"2019-01-01\"}", DateRange.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageStartingWith("at $: a date range cannot end before it starts");
    }

    @Test
    void theModuleSaysWhetherItCarriesPersonalData() {
        assertThat(new CivicPatrolModule().includesPersonalData()).isFalse();
        assertThat(CivicPatrolModule.withPersonalData().includesPersonalData()).isTrue();
        assertThat(new CivicPatrolModule()).hasToString("CivicPatrolModule{personalData=false}");
    }

    /** The reasons given in memberships' histories (a refund's reason is not personal). */
    private static int reasonsOfEnds(JsonNode registry) {
        int reasons = 0;
        for (JsonNode membership : registry.get("memberships")) {
            for (JsonNode change : membership.get("history")) {
                reasons += change.has("reason") ? 1 : 0;
            }
        }
        return reasons;
    }

    private static void collect(JsonNode node, Set<String> fieldNames, Set<String> texts) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                fieldNames.add(field.getKey());
                collect(field.getValue(), fieldNames, texts);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, fieldNames, texts);
            }
        } else if (node.isTextual()) {
            texts.add(node.textValue());
        }
    }
}

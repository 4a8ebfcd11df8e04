package org.civicpatrol.validation;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicpatrol.json.CivicPatrolModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The texts of the built-in rules in English and Korean: every rule has a title, a description
 * and messages in both, every text names only arguments its messages have, and each rule's Korean
 * message reads as pinned here for its first breaching case of {@link BuiltInRulesTest}.
 */
class KoreanMessagesTest {

    /** The Korean message of the first breaching case of each rule, by the case's name. */
    private static final Map<String, String> KOREAN = Map.ofEntries(
            entry("a patrol's police unit is missing", "자율방범대 tanbang이(가) 관할 경찰관서로 가리키는 경찰관서 nowhere이(가) 등록부에 없습니다"),
            entry("two districts are each other's parent", "행정구역 x-1: 순환 x-1, x-2을(를) 거쳐 자기 자신의 상위 구역이 됩니다"),
            entry(
                    "a district at its parent's level",
                    "행정구역 3017055500의 단계 시·군·구: 상위 구역 3017000000의 단계 시·군·구보다 아래가 아닙니다"),
            entry("a malformed administrative code", "행정구역 3017055500의 코드 KR-ADM:123: 올바른 한국 행정구역 코드가 아닙니다"),
            entry(
                    "a district valid before its parent",
                    "행정구역 3017055500의 유효기간 [1990-01-01..+∞): 상위 구역 3017000000의 유효기간 [1995-01-01..+∞)을(를) 벗어납니다"),
            entry(
                    "a district federation under a national one",
                    "연합단체 seo-gu(시·군·구 연합대)의 상위 단체 daejeon(중앙회)은(는) 바로 위 계층이 아닙니다"),
            entry("a patrol in a provincial federation", "자율방범대 tanbang: 시·군·구 연합대가 아닌 연합단체 daejeon(시·도 연합회)에 속해 있습니다"),
            entry(
                    "Act Art. 6(1): a membership the day before the patrol is registered",
                    "위촉 ms-10: 1999-12-31에 시작하여 자율방범대 tanbang의 신고일(2000-01-01)보다 이릅니다"),
            entry("an activity before registration", "2016-11-01 활동 a-1: 참여 자율방범대 tanbang은(는) 그날 결성 상태로 신고되어 있지 않습니다"),
            entry(
                    "Act Art. 4: a grant before the patrol is registered",
                    "지원금 g-1: 1999-01-01에 교부되었으나 그날 받는 쪽 자율방범대 tanbang은(는) 신고된 방범대가 아닙니다"),
            entry(
                    "a patrol older than its district's code",
                    "자율방범대 tanbang: 1993-03-01부터 존속하지만 행정구역 3017055500은(는) 1995-01-01부터 유효합니다"),
            entry("a name without 자율방범대", "자율방범대 tanbang의 명칭 \"Tanbang Patrol\": 공식 형식 \\S.*자율방범대에 맞지 않습니다"),
            entry(
                    "Act Art. 16: a group not yet registered uses the protected name",
                    "자율방범대 tanbang: 2016-11-29 현재 신고되지 않았으나 신고된 방범대만 쓸 수 있는 명칭 \"탄방동 자율방범대\"을(를) 쓰고 있습니다"),
            entry(
                    "Rule Art. 7(1): a patrol without a recorded roster",
                    "자율방범대 tanbang: 명부가 기록되어 있지 않아 임원은 판단하지 않고 대원 수는 보고한 인원으로만 판단합니다"),
            entry("nine members", "자율방범대 tanbang: 2016-11-29 현재 활동 대원 9명으로 최소 10명에 미달합니다"),
            entry(
                    "ten members where nine are the maximum",
                    "자율방범대 tanbang: 2016-11-29 현재 활동 대원 10명으로 경찰 승인 없이 둘 수 있는 최대 9명을 넘습니다"),
            entry("no leader", "자율방범대 tanbang: 2016-11-29 현재 활동 대원 중 대장이 없습니다"),
            entry("two leaders", "자율방범대 tanbang: 2016-11-29 현재 대장이 2명입니다(위촉 ms-01, ms-04)"),
            entry("no deputy", "자율방범대 tanbang: 2016-11-29 현재 활동 대원 중 부대장이 없습니다"),
            entry("no secretary", "자율방범대 tanbang: 2016-11-29 현재 활동 대원 중 총무가 없습니다"),
            entry("a leader's term a day too long", "위촉 ms-01의 대장 임기 [2015-01-01..2018-01-02): 임기 3년보다 깁니다"),
            entry("a leader's third term in a row", "위촉 ms-01: 2016-03-01부터 대장 직을 연속 3번째 임기로 맡고 있습니다. 연임은 한 번만 허용됩니다"),
            entry(
                    "a deputy's term outlasts the leader's",
                    "위촉 ms-02의 부대장 임기 [2016-01-01..2018-06-01): 지명한 대장의 임기 [2015-01-01..2018-01-01)(위촉 ms-01)보다 늦게 끝납니다"),
            entry(
                    "appointed a day before turning 19",
                    "대원 m-10: 2010-03-01에 자율방범대 tanbang에 위촉될 때 최저 연령 19세에 이르지 않았습니다"),
            entry(
                    "appointed within five years of a prison sentence",
                    "대원 m-10: 2010-03-01에 자율방범대 tanbang에 위촉될 때 결격사유가 있었습니다"),
            entry(
                    "a suspended sentence in force",
                    "대원 m-10: 위촉 중 결격사유가 생겼으나 2016-11-29 현재 자율방범대 tanbang에 위촉되어 있습니다. 해촉해야 합니다"),
            entry(
                    "a second membership at the same time",
                    "대원 m-10: 2015-01-01부터 자율방범대 tanbang의 위촉 ms-10와(과) 자율방범대 tanbang의 위촉 ms-10-b을(를) 동시에 가지고 있습니다"),
            entry(
                    "a member living in another gu",
                    "대원 m-10: 2010-03-01에 위촉될 때 자율방범대 tanbang의 시·군·구(3017000000)에 거주지나 사업장이 없었습니다"),
            entry(
                    "a member without membership in the attendance",
                    "2016-11-01 활동 a-1의 명단에 있는 대원 m-11(참석)은(는) 그날 자율방범대 tanbang의 활동 대원이 아닙니다"),
            entry("a member in two activities at once", "대원 m-01: 2016-11-01에 시간이 겹치는 활동 a-1와(과) a-2에 모두 참석했습니다"),
            entry("a twelve-and-a-half-hour patrol", "2016-11-01 활동 a-1의 시간 12시간 30분: 합리적인 최대 시간 12시간보다 깁니다"),
            entry("a police request without the police", "2016-11-01 활동 a-1: 경찰 요청 활동인데 요청 기관이 없습니다"),
            entry("a police request from the gu office", "2016-11-01 경찰 요청 활동 a-1: 요청자 대전광역시 서구(시·군·구)은(는) 경찰이 아닙니다"),
            entry(
                    "three unexcused absences in a year",
                    "대원 m-05: 2016년 무단 불참 3회, 2016-11-04에 3번째에 이르렀습니다. 한 해 3회는 임의 해촉 사유입니다"),
            entry("no basic training", "대원 m-10: 2010-03-01 처음 위촉된 뒤 2년 동안 기본교육을 0시간 이수하여 12시간에 미달합니다"),
            entry("nine hours of in-service training", "대원 m-10: 2015년 보수교육을 9시간 이수하여 12시간에 미달합니다"),
            entry("a red light", "자율방범대 tanbang의 차량 v-1: 경광등 색상 적색은(는) 허용되지 않습니다(허용: 청색)"),
            entry("a light of 2,500.5 cd", "자율방범대 tanbang의 차량 v-1: 경광등 광도 2500.5 cd는 허용 범위 135~2500 cd를 벗어납니다"),
            entry("stun guns issued to a member", "자율방범대 tanbang: 2016-02-01에 허용되지 않은 장비 전기충격기 2개를 지급받았습니다"),
            entry(
                    "an award to a patrol",
                    "자율방범대 tanbang에 대한 지원금 g-1의 항목 포상: 자율방범대의 목록에 없습니다(지원 주체가 필요하다고 인정할 수는 있습니다)"),
            entry(
                    "Decree Art. 4: a gu funds the provincial federation",
                    "연합단체 daejeon에 대한 지원금 g-1의 지원 주체 대전광역시 서구(시·군·구): 시·도 연합회을(를) 지원할 수 없습니다"),
            entry("spending beyond the grant", "지원금 g-1(5,000,000원): 2016-06-01부터 집행액 5,500,000원(으)로 교부액을 넘습니다"),
            entry(
                    "Act Art. 14: spending against a cancelled grant",
                    "자율방범대 tanbang에 대한 지원금 g-1: 취소되었으나 2016-05-01에 4,000,000원을(를) 집행했습니다"),
            entry("spending in the year before", "지원금 g-1: 2015-12-20의 집행 4,000,000원은(는) 회계연도 2016 밖입니다"),
            entry("an expenditure in dollars", "지원금 g-1(KRW): 2016-05-01의 집행 USD 40.00은(는) 다른 통화입니다"),
            entry(
                    "Rule Art. 18: two district federations of Seo-gu in 2016",
                    "2016-11-29 현재 연합단체 seo-gu와(과) seo-gu-2: 모두 지역 3017000000의 시·군·구 연합대입니다. 2026-02-15 전에는 지역과 계층마다 연합단체 하나가 원칙입니다"),
            entry(
                    "Act Art. 12: two existing district federations of Seo-gu with one station, once the six months are over",
                    "2026-08-15 현재 연합단체 seo-gu와(과) seo-gu-2: 모두 지역 3017000000의 시·군·구 연합대입니다. 경찰서 2곳 이상이 관할하는 지역에서만 여럿을 둘 수 있으나 이 지역은 1곳입니다"));

    private final Locale defaultLocale = Locale.getDefault();

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(defaultLocale);
    }

    @Test
    void eachRuleReadsInKoreanAsPinned() {
        Set<RuleCode> pinned = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        BuiltInRulesTest.cases().forEach(c -> {
            String expected = KOREAN.get(c.name);
            if (expected == null) {
                return;
            }
            Violation violation = reported(c).stream()
                    .filter(v -> v.rule().equals(c.code) && v.message().equals(c.message))
                    .findFirst()
                    .orElseThrow();
            if (!violation.message(Locale.KOREAN).equals(expected)) {
                wrong.add(c.name + ": " + violation.message(Locale.KOREAN));
            }
            pinned.add(c.code);
        });

        assertThat(wrong).isEmpty();
        assertThat(pinned)
                .containsExactlyInAnyOrderElementsOf(BuiltInRules.catalogue().stream()
                        .map(RuleDefinition::code)
                        .toList());
    }

    @Test
    void everyViolationOfEveryCaseHasFactsThatBothLanguagesRender() {
        BuiltInRulesTest.cases().forEach(c -> {
            for (Violation v : reported(c)) {
                assertThat(v.facts()).as("%s", v).isPresent();
                String key = v.messageKey().orElseThrow();
                for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                    String template = RuleTexts.builtIn().find(key, locale).orElseThrow();
                    assertThat(Templates.missingArgument(template, v.arguments()::get))
                            .as("%s in %s", key, locale)
                            .isEmpty();
                }
                // The stored English message is what the facts render to: they say the same.
                String english = RuleTexts.builtIn().find(key, Locale.ENGLISH).orElseThrow();
                assertThat(Templates.render(english, v.arguments()::get, Locale.ENGLISH))
                        .hasValue(v.message());
                assertThat(v.message(Locale.ENGLISH)).isEqualTo(v.message());
                assertThat(v.message(Locale.KOREAN))
                        .as("%s", key)
                        .isNotEqualTo(v.message())
                        .containsPattern("[가-힣]")
                        .doesNotContain("{", "}");
            }
        });
    }

    @Test
    void theLimitsARuleJudgesAgainstAreAmongItsArguments() {
        Map<RuleCode, List<String>> limits = Map.ofEntries(
                entry(BuiltInRules.ACTIVITY_TOO_LONG, List.of("maximum")),
                entry(BuiltInRules.PATROL_BELOW_MINIMUM_COMPLEMENT, List.of("minimum")),
                entry(BuiltInRules.PATROL_ABOVE_MAXIMUM_COMPLEMENT, List.of("maximum")),
                entry(BuiltInRules.MEMBER_UNDER_MINIMUM_AGE, List.of("minimum")),
                entry(BuiltInRules.MEMBER_UNEXCUSED_ABSENCES, List.of("limit")),
                entry(BuiltInRules.BASIC_TRAINING_INCOMPLETE, List.of("required", "period")),
                entry(BuiltInRules.IN_SERVICE_TRAINING_INCOMPLETE, List.of("required")),
                entry(BuiltInRules.WARNING_LIGHT_INTENSITY_OUT_OF_RANGE, List.of("minimum", "maximum")),
                entry(BuiltInRules.WARNING_LIGHT_COLOUR_NOT_ALLOWED, List.of("allowed")),
                entry(BuiltInRules.EQUIPMENT_NOT_ALLOWED, List.of("allowed")),
                entry(BuiltInRules.OFFICER_TERM_TOO_LONG, List.of("term")),
                entry(BuiltInRules.OFFICER_RENEWED_TOO_OFTEN, List.of("allowed")),
                entry(BuiltInRules.GRANT_CATEGORY_NOT_ELIGIBLE, List.of("eligible")));
        Set<RuleCode> seen = new TreeSet<>();
        BuiltInRulesTest.cases().forEach(c -> {
            for (Violation v : reported(c)) {
                List<String> names = limits.get(v.rule());
                if (names != null) {
                    assertThat(v.arguments()).as("%s", v).containsKeys(names.toArray(new String[0]));
                    seen.add(v.rule());
                }
            }
        });
        assertThat(seen).containsExactlyInAnyOrderElementsOf(limits.keySet());
    }

    @Test
    void everyRuleHasATitleAndADescriptionInBothLanguages() {
        for (RuleDefinition d : BuiltInRules.catalogue()) {
            assertThat(d.title(Locale.ENGLISH))
                    .as("%s", d.code())
                    .isNotEqualTo(d.code().value())
                    .doesNotContainPattern("[가-힣]");
            assertThat(d.title(Locale.KOREAN)).as("%s", d.code()).containsPattern("[가-힣]");
            assertThat(d.description(Locale.ENGLISH)).isEqualTo(d.description());
            assertThat(d.description(Locale.KOREAN)).as("%s", d.code()).containsPattern("[가-힣]");
        }
    }

    @Test
    void bothLanguagesHoldTheSameKeysAndEveryKeyBelongsToARule() throws IOException {
        Properties english = bundle("rules_en.properties");
        Properties korean = bundle("rules_ko.properties");
        Set<String> codes =
                BuiltInRules.catalogue().stream().map(d -> d.code().value()).collect(Collectors.toSet());

        assertThat(korean.stringPropertyNames().stream().filter(k -> !k.startsWith("DistrictLevel.")))
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(codes).as(key).contains(key.substring(0, key.indexOf('.')));
        }
        for (String code : codes) {
            assertThat(english.stringPropertyNames()).contains(code + ".title", code + ".description");
            assertThat(english.stringPropertyNames()).anyMatch(k -> k.startsWith(code + ".message"));
        }
    }

    @Test
    void theKoreanTextOfAMessageNamesOnlyArgumentsItsEnglishTextNames() throws IOException {
        // The English text is rendered when a rule reports, and a missing argument fails there:
        // a Korean text that names no other argument therefore always renders.
        Properties english = bundle("rules_en.properties");
        Properties korean = bundle("rules_ko.properties");
        for (String key : english.stringPropertyNames()) {
            Set<String> named = names(english.getProperty(key));
            assertThat(names(korean.getProperty(key))).as(key).isSubsetOf(named);
            if (key.contains(".message")) {
                assertThat(named).as("%s names its arguments", key).isNotEmpty();
            }
        }
    }

    @Test
    void theDefaultLocaleOfTheJvmPlaysNoPart() {
        RuleDefinition leaderless = BuiltInRules.catalogue().stream()
                .filter(d -> d.code().equals(BuiltInRules.PATROL_WITHOUT_LEADER))
                .findFirst()
                .orElseThrow();
        for (Locale jvm : List.of(Locale.KOREA, Locale.US, Locale.ROOT, Locale.JAPAN)) {
            Locale.setDefault(jvm);
            assertThat(leaderless.title(Locale.ENGLISH)).isEqualTo("Patrol without a leader");
            assertThat(leaderless.title(Locale.KOREAN)).isEqualTo("대장 없는 방범대");
            assertThat(leaderless.title(Locale.FRENCH)).isEqualTo("Patrol without a leader");
        }
    }

    @Test
    void factsSurviveJsonAndStillRenderInKorean() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new CivicPatrolModule());
        List<Violation> all = new ArrayList<>();
        BuiltInRulesTest.cases().forEach(c -> all.addAll(reported(c)));

        ValidationReport original = ValidationReport.of(all);
        ValidationReport read = mapper.readValue(mapper.writeValueAsString(original), ValidationReport.class);

        assertThat(read).isEqualTo(original);
        assertThat(read.violations().stream().map(v -> v.message(Locale.KOREAN)).toList())
                .isEqualTo(original.violations().stream()
                        .map(v -> v.message(Locale.KOREAN))
                        .toList());
        assertThat(read.violations().stream().map(Violation::arguments).toList())
                .isEqualTo(
                        original.violations().stream().map(Violation::arguments).toList());
    }

    @Test
    void malformedFactsAreRefusedWithTheirPath() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new CivicPatrolModule());
        String violation = "{\"rule\": \"PATROL_WITHOUT_LEADER\", \"severity\": \"ERROR\","
                + " \"subject\": {\"kind\": \"PATROL\", \"id\": \"tanbang\"}, \"date\": \"2016-11-29\","
                + " \"message\": \"patrol tanbang has no leader\", \"facts\": %s}";

        assertThatThrownBy(() -> mapper.readValue(
                        String.format(
                                violation,
                                "{\"key\": \"message\", \"arguments\": {\"patrol\": {\"type\": \"Nope\","
                                        + " \"value\": \"tanbang\"}}}"),
                        Violation.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("at $.facts.arguments.patrol.type: no argument type named \"Nope\"");
        for (String type : List.of("java.lang.Runtime", "patrolId", "", "Templates", "Placeholder")) {
            assertThatThrownBy(() -> mapper.readValue(
                            String.format(
                                    violation,
                                    "{\"key\": \"message\", \"arguments\": {\"patrol\": {\"type\": \"" + type
                                            + "\", \"value\": \"tanbang\"}}}"),
                            Violation.class))
                    .as(type)
                    .isInstanceOf(DatabindException.class)
                    .hasMessageContaining("no argument type named \"" + type + "\"");
        }
        assertThatThrownBy(() -> mapper.readValue(String.format(violation, "{\"arguments\": {}}"), Violation.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("at $.facts: a message needs a key");
        assertThatThrownBy(() -> mapper.readValue(
                        String.format(
                                violation,
                                "{\"key\": \"message\", \"arguments\": {\"date\": {\"type\": \"date\","
                                        + " \"value\": \"2016-13-01\"}}}"),
                        Violation.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("at $.facts.arguments.date.value:");

        Violation read = mapper.readValue(
                String.format(
                        violation,
                        "{\"key\": \"message\", \"arguments\": {\"patrol\": {\"type\": \"PatrolId\","
                                + " \"value\": \"tanbang\"}, \"date\": {\"type\": \"date\", \"value\":"
                                + " \"2016-11-29\"}}}"),
                Violation.class);
        assertThat(read.message(Locale.KOREAN)).isEqualTo("자율방범대 tanbang: 2016-11-29 현재 활동 대원 중 대장이 없습니다");
    }

    private static List<Violation> reported(BuiltInRulesTest.Case c) {
        SmallNetwork network = new SmallNetwork();
        c.breakIt.accept(network);
        return Validator.of(c.policy, RuleSet.builtIn())
                .validate(network.registry(), c.asOf)
                .violations();
    }

    private static Set<String> names(String template) {
        return Templates.placeholders(template).stream()
                .map(Templates.Placeholder::name)
                .collect(Collectors.toSet());
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KoreanMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicpatrol.fixtures.Fixtures.won;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.geo.KoreanDistrictLevels;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A caller's rule with texts of its own, the {@link Message}s rules report, and how arguments are
 * shown in each language.
 */
class RuleTextsTest {

    /** The caller's English texts. */
    public static final class English extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                {"PATROL_WITHOUT_POST.title", "Patrol without a post"},
                {"PATROL_WITHOUT_POST.description", "A registered patrol has at least one patrol post."},
                {"PATROL_WITHOUT_POST.message", "patrol {patrol} has no post on {date}"},
                {"PATROL_WITHOUT_POST.message.untranslated", "patrol {patrol} has no post yet"},
                {"PATROL_WITHOUT_POST.message.typo", "patrol {patrl} has no post"},
            };
        }
    }

    /** The caller's Korean texts. */
    public static final class Korean extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                {"PATROL_WITHOUT_POST.title", "초소 없는 방범대"},
                {"PATROL_WITHOUT_POST.description", "신고된 방범대에는 초소가 하나 이상 있습니다."},
                {"PATROL_WITHOUT_POST.message", "자율방범대 {patrol}: {date} 현재 초소가 없습니다"},
            };
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return locale.getLanguage().equals("ko") ? new Korean() : new English();
    }

    /** A caller's rule that reports every registered patrol without a post, with {@code key}. */
    private static Rule withoutPost(RuleDefinition definition, String key) {
        return new Rule() {
            @Override
            public RuleDefinition definition() {
                return definition;
            }

            @Override
            public void check(RuleContext context) {
                for (Patrol patrol : context.registry().patrols()) {
                    if (patrol.isRegisteredOn(context.asOf()) && patrol.posts().isEmpty()) {
                        context.report(
                                Subject.of(patrol.id()),
                                context.asOf(),
                                Message.of(key).with("patrol", patrol.id()).with("date", context.asOf()));
                    }
                }
            }
        };
    }

    private static final RuleDefinition DEFINITION = RuleDefinition.of(
                    RuleCode.of("PATROL_WITHOUT_POST"),
                    Severity.WARNING,
                    "A registered patrol has at least one patrol post.",
                    RuleDefinition.GENERAL)
            .withTexts(RuleTexts.fromBundles(RuleTextsTest::bundle));

    private static List<Violation> validate(Rule rule) {
        return Validator.of(Policy.korea(), RuleSet.empty().with(rule))
                .validate(new SmallNetwork().registry(), SmallNetwork.AS_OF)
                .violations();
    }

    @Test
    void aCallersRuleSpeaksKoreanThroughItsOwnTexts() {
        List<Violation> violations = validate(withoutPost(DEFINITION, "message"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("patrol tanbang has no post on 2016-11-29");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo(v.message());
            assertThat(v.message(Locale.KOREAN)).isEqualTo("자율방범대 tanbang: 2016-11-29 현재 초소가 없습니다");
            assertThat(v.messageKey()).hasValue("PATROL_WITHOUT_POST.message");
            assertThat(v.arguments())
                    .containsExactly(
                            Map.entry("patrol", PatrolId.of("tanbang")), Map.entry("date", SmallNetwork.AS_OF));
        });
        assertThat(DEFINITION.title(Locale.KOREAN)).isEqualTo("초소 없는 방범대");
        assertThat(DEFINITION.title(Locale.ENGLISH)).isEqualTo("Patrol without a post");
        assertThat(DEFINITION.description(Locale.KOREAN)).isEqualTo("신고된 방범대에는 초소가 하나 이상 있습니다.");
    }

    @Test
    void whatTheTextsLackFallsBackToEnglish() {
        assertThat(validate(withoutPost(DEFINITION, "message.untranslated")))
                .singleElement()
                .satisfies(v -> assertThat(v.message(Locale.KOREAN)).isEqualTo("patrol tanbang has no post yet"));

        RuleDefinition plain = RuleDefinition.of(
                RuleCode.of("PATROL_WITHOUT_POST"), Severity.WARNING, "A patrol has a post.", RuleDefinition.GENERAL);
        assertThat(plain.title(Locale.KOREAN)).isEqualTo("PATROL_WITHOUT_POST");
        assertThat(plain.description(Locale.KOREAN)).isEqualTo("A patrol has a post.");
        assertThat(plain.withTexts(RuleTexts.fromBundles(RuleTextsTest::bundle)))
                .isEqualTo(plain);

        RuleTexts missing = RuleTexts.fromBundles(locale -> {
            throw new MissingResourceException("no bundle", "x", "y");
        });
        assertThat(missing.find("PATROL_WITHOUT_POST.title", Locale.KOREAN)).isEmpty();
    }

    @Test
    void aRuleThatReportsAFinishedSentenceHasNoFacts() {
        assertThat(validate(RuleSetTest.PATROL_WITHOUT_POST)).singleElement().satisfies(v -> {
            assertThat(v.facts()).isEmpty();
            assertThat(v.messageKey()).isEmpty();
            assertThat(v.arguments()).isEmpty();
            assertThat(v.message(Locale.KOREAN)).isEqualTo(v.message());
        });
    }

    @Test
    void aRuleWhoseTextIsMissingOrNamesAnAbsentArgumentFailsWhenItReports() {
        assertThatThrownBy(() -> validate(withoutPost(DEFINITION, "message.nowhere")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule PATROL_WITHOUT_POST has no English text PATROL_WITHOUT_POST.message.nowhere");
        assertThatThrownBy(() -> validate(withoutPost(DEFINITION, "message.typo")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the text PATROL_WITHOUT_POST.message.typo names argument patrl, which the message does"
                        + " not have");
    }

    @Test
    void aViolationBuiltByHandWithFactsItsTextsCannotRenderSaysItsEnglishMessage() {
        Violation v = new Violation.Builder()
                .rule(BuiltInRules.PATROL_WITHOUT_LEADER)
                .severity(Severity.ERROR)
                .subject(Subject.of(PatrolId.of("tanbang")))
                .date(SmallNetwork.AS_OF)
                .message("patrol tanbang has no leader")
                .facts(Message.of("message").with("patrol", PatrolId.of("tanbang")))
                .build();

        assertThat(v.message(Locale.KOREAN)).isEqualTo("patrol tanbang has no leader"); // {date} is missing
        assertThat(v.texts()).isSameAs(RuleTexts.builtIn());
    }

    @Test
    void messagesRefuseWhatTheyCannotShow() {
        Message m = Message.of("message").with("patrol", PatrolId.of("tanbang"));

        assertThatThrownBy(() -> Message.of("message key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a message key is letters, digits, dots and underscores, not starting or ending with a"
                        + " dot: \"message key\"");
        assertThatThrownBy(() -> Message.of(".message")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.with("2nd", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an argument name is ASCII letters and digits, starting with a letter: \"2nd\"");
        assertThatThrownBy(() -> m.with("patrol", PatrolId.of("other")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("argument patrol is already set");
        assertThatThrownBy(() -> m.with("when", new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("argument when is of a type a message cannot show: java.lang.Object");
        assertThatThrownBy(() -> m.with("ratio", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("argument ratio is not a finite number: NaN");
        assertThatThrownBy(() -> m.with("list", List.of(new StringBuilder("x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("argument list has an element of a type a message cannot show: java.lang.StringBuilder");

        List<Object> mutable = new ArrayList<>(List.of(PatrolId.of("a")));
        Message listed = m.with("patrols", mutable);
        mutable.clear();
        assertThat(listed.arguments().get("patrols")).isEqualTo(List.of(PatrolId.of("a")));
        assertThat(listed.toString()).isEqualTo("message{patrol=tanbang, patrols=[a]}");
    }

    @Test
    void argumentsAreShownTheWayEachLanguageWritesThem() {
        Map<String, Object> arguments = Message.of("message")
                .with("duration", Duration.ofMinutes(150).plusSeconds(5))
                .with("zero", Duration.ZERO)
                .with("period", Period.of(1, 6, 1))
                .with("won", won(1_000_000))
                .with("dollars", Money.of(CurrencyUnit.USD, 10))
                .with("candela", 137.5)
                .with("type", ActivityType.POLICE_REQUEST)
                .with("level", KoreanDistrictLevels.MUNICIPALITY)
                .with("subject", Subject.of(PatrolId.of("tanbang")))
                .with("limit", 3)
                .with("list", List.of(ActivityType.CRIME_PREVENTION_PATROL, ActivityType.YOUTH_GUIDANCE))
                .arguments();
        String template = "{duration}|{zero}|{period}|{won}|{dollars}|{candela}|{type}|{level}|{level,name}|{subject}"
                + "|{limit,ordinal}|{list}|{unknown style,x}|{not closed";

        assertThat(Templates.render(template, arguments::get, Locale.ENGLISH))
                .hasValue("2 h 30 min 5 s|0 h|1 year 6 months 1 day|KRW 1,000,000|USD 10.00|137.5|POLICE_REQUEST"
                        + "|municipality(2)|municipality|patrol tanbang|3rd"
                        + "|[CRIME_PREVENTION_PATROL, YOUTH_GUIDANCE]|{unknown style,x}|{not closed");
        assertThat(Templates.render(template, arguments::get, Locale.KOREAN))
                .hasValue("2시간 30분 5초|0시간|1년 6개월 1일|1,000,000원|USD 10.00|137.5|경찰 요청 활동|시·군·구|시·군·구"
                        + "|자율방범대 tanbang|3|방범순찰, 청소년 선도·보호|{unknown style,x}|{not closed");
        assertThat(Templates.render("{absent}", arguments::get, Locale.KOREAN)).isEmpty();
        assertThat(Templates.missingArgument("{limit} {absent}", arguments::get))
                .hasValue("absent");
    }

    @Test
    void templatesAreCutAtTheirPlaceholders() {
        String template = "{a} is {b,ordinal}; {c,name}{not a name} {x,bold} {2d} {} {d, name} {e}.{";

        assertThat(Templates.placeholders(template))
                .containsExactly(
                        new Templates.Placeholder("a", ""),
                        new Templates.Placeholder("b", "ordinal"),
                        new Templates.Placeholder("c", "name"),
                        new Templates.Placeholder("e", ""));
        assertThat(Templates.texts(template))
                .containsExactly("", " is ", "; ", "{not a name} {x,bold} {2d} {} {d, name} ", ".{");
        assertThat(Templates.texts("no placeholder")).containsExactly("no placeholder");
        assertThat(Templates.placeholders("{unclosed")).isEmpty();
        assertThat(Templates.texts("{a}{b}")).containsExactly("", "", "");
    }

    @Test
    void onlyTheLibrarysEnumsAndIdsAndTheListedTypesAreArguments() {
        Message m = Message.of("message");

        for (Object foreign : List.of(
                java.time.DayOfWeek.MONDAY,
                new Templates.Placeholder("a", ""),
                java.time.Instant.EPOCH,
                java.util.concurrent.TimeUnit.SECONDS,
                1.5f,
                new Object())) {
            assertThatThrownBy(() -> m.with("value", foreign))
                    .as("%s", foreign)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("argument value is of a type a message cannot show: ");
        }
        assertThat(m.with("level", KoreanDistrictLevels.MUNICIPALITY)
                        .with("type", ActivityType.POLICE_REQUEST)
                        .arguments())
                .hasSize(2);
    }

    @Test
    void messagesAreEqualByKeyAndArgumentsInOrder() {
        new com.google.common.testing.EqualsTester()
                .addEqualityGroup(
                        Message.of("message").with("a", 1).with("b", "x"),
                        Message.of("message").with("a", 1).with("b", "x"))
                .addEqualityGroup(Message.of("message").with("b", "x").with("a", 1))
                .addEqualityGroup(Message.of("message.other").with("a", 1).with("b", "x"))
                .addEqualityGroup(Message.of("message").with("a", 2).with("b", "x"))
                .addEqualityGroup(Message.of("message").with("a", 1))
                .addEqualityGroup(Message.of("message"))
                .testEquals();
    }

    @Test
    void aMessagesArgumentsAreMadeOnceAndLeaveTheMessageAsItWas() {
        Message shorter = Message.of("message").with("a", 1);
        Message message = shorter.with("b", "x");

        assertThat(message.arguments()).containsExactly(Map.entry("a", 1), Map.entry("b", "x"));
        assertThat(message.arguments()).isSameAs(message.arguments());
        // the longer message's map is its own: the link it was made from keeps its one argument
        assertThat(shorter.arguments()).containsExactly(Map.entry("a", 1));
        assertThat(message).isEqualTo(Message.of("message").with("a", 1).with("b", "x"));
        assertThat(Message.of("message").arguments()).isEmpty();
    }

    @Test
    void theBuiltInTextsAreFoundForEachLanguageAndNoOther() {
        assertThat(RuleTexts.builtIn().find("PATROL_WITHOUT_LEADER.title", Locale.KOREA))
                .hasValue("대장 없는 방범대");
        assertThat(RuleTexts.builtIn().find("PATROL_WITHOUT_LEADER.title", Locale.GERMAN))
                .hasValue("Patrol without a leader");
        assertThat(RuleTexts.builtIn().find("NO_SUCH_RULE.title", Locale.KOREAN))
                .isEmpty();
        assertThat(RuleTexts.builtIn()).hasToString("RuleTexts.builtIn()");
    }
}

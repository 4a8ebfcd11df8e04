package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.Set;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.fixtures.Contracts;
import org.civicpatrol.geo.PoliceUnitKind;
import org.civicpatrol.member.Role;
import org.civicpatrol.report.AgeBand;
import org.civicpatrol.report.AgeBands;
import org.civicpatrol.report.SexGroup;
import org.civicpatrol.text.Labels;
import org.junit.jupiter.api.Test;

/** Korean and English display names for what reports print (issue 15). */
class LabelsTest {

    private static final Labels KOREAN = Labels.of(Locale.KOREAN);
    private static final Labels ENGLISH = Labels.of(Locale.ENGLISH);

    /** Every constant of every public enum of the library has a name in both languages. */
    @Test
    void everyEnumConstantHasAKoreanAndAnEnglishName() {
        Set<String> keys = new HashSet<>();
        int enums = 0;
        for (JavaClass type : Contracts.libraryClasses()) {
            if (!type.isEnum() || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            enums++;
            for (Object constant : type.reflect().getEnumConstants()) {
                Enum<?> value = (Enum<?>) constant;
                String korean = KOREAN.name(value);
                String english = ENGLISH.name(value);
                assertThat(korean).as("%s in Korean", value).isNotBlank().matches(".*[가-힣].*");
                assertThat(english).as("%s in English", value).isNotBlank().matches("[a-z' -]+");
                keys.add(type.getSimpleName() + "." + value.name());
            }
        }
        assertThat(enums).isEqualTo(25);
        // And the bundles hold no name of a constant that does not exist.
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
            ResourceBundle bundle =
                    ResourceBundle.getBundle("org.civicpatrol.text.labels", locale, Labels.class.getModule());
            Set<String> stray = new HashSet<>(bundle.keySet());
            stray.removeAll(keys);
            stray.removeIf(key -> key.equals("unknown") || key.startsWith("ageBand."));
            assertThat(stray).as("keys of no constant in %s", locale).isEmpty();
        }
    }

    @Test
    void namesReadAsTheLawAndTheStationsSayThem() {
        assertThat(KOREAN.name(ActivityType.CRIME_PREVENTION_PATROL)).isEqualTo("방범순찰");
        assertThat(KOREAN.name(Role.DEPUTY)).isEqualTo("부대장");
        assertThat(KOREAN.name(PoliceUnitKind.BOX)).isEqualTo("파출소");
        assertThat(KOREAN.name(SexGroup.UNKNOWN)).isEqualTo(KOREAN.unknown()).isEqualTo("미상");
        assertThat(ENGLISH.name(PoliceUnitKind.BOX)).isEqualTo("police box");
        assertThat(ENGLISH.name(ActivityType.CRIME_PREVENTION_PATROL)).isEqualTo("crime-prevention patrol");
        assertThat(ENGLISH.unknown()).isEqualTo("unknown");
    }

    @Test
    void ageBandsHaveLabelsInBothLanguages() {
        assertThat(AgeBands.standard().bands().stream()
                        .map(b -> b.label(Locale.KOREAN))
                        .toList())
                .containsExactly("30세 미만", "30~39세", "40~49세", "50~59세", "60세 이상", "미상");
        for (AgeBand band : AgeBands.of(1, 2, 25, 65).bands()) {
            assertThat(band.label(Locale.ENGLISH)).isEqualTo(band.label());
        }
        assertThat(AgeBand.between(20, 21).label(Locale.KOREAN)).isEqualTo("20세");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KOREAN.ageBand(OptionalInt.of(40), OptionalInt.of(40)))
                .withMessage("an age band must end after it starts: 40..40");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KOREAN.ageBand(OptionalInt.empty(), OptionalInt.of(40)))
                .withMessage("a band of unknown ages has no end");
    }

    /** The language follows the locale asked for, whatever the JVM's default. */
    @Test
    void theLanguageDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            assertThat(Labels.of(Locale.ENGLISH).name(Role.LEADER)).isEqualTo("leader");
            assertThat(Labels.of(Locale.FRENCH).name(Role.LEADER)).isEqualTo("leader");
            Locale.setDefault(Locale.US);
            assertThat(Labels.of(Locale.KOREA).name(Role.LEADER)).isEqualTo("대장");
            assertThat(Labels.of(Locale.forLanguageTag("ko-KR")).locale()).isEqualTo(Locale.KOREAN);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void anEnumOfTheCallersHasNoName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ENGLISH.name(java.time.DayOfWeek.MONDAY))
                .withMessage("no display name for java.time.DayOfWeek: not an enum of the library");
    }
}

package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.function.Function;
import java.util.stream.Stream;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.equipment.VehicleId;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.PatrolId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The identifier types share one contract; this checks it for each through the public API. */
class IdentifierTest {

    static Stream<Arguments> identifiers() {
        return Stream.of(
                Arguments.of("district", (Function<String, Object>) DistrictId::of),
                Arguments.of("police unit", (Function<String, Object>) PoliceUnitId::of),
                Arguments.of("patrol", (Function<String, Object>) PatrolId::of),
                Arguments.of("federation", (Function<String, Object>) FederationId::of),
                Arguments.of("member", (Function<String, Object>) MemberId::of),
                Arguments.of("membership", (Function<String, Object>) MembershipId::of),
                Arguments.of("activity", (Function<String, Object>) ActivityId::of),
                Arguments.of("site", (Function<String, Object>) SiteId::of),
                Arguments.of("vehicle", (Function<String, Object>) VehicleId::of),
                Arguments.of("grant", (Function<String, Object>) GrantId::of));
    }

    private static final String RULE =
            "%s id must begin and end with a visible character and hold no control character: ";

    @ParameterizedTest
    @MethodSource("identifiers")
    void blankIsRejected(String kind, Function<String, Object> of) {
        assertThatIllegalArgumentException().isThrownBy(() -> of.apply(" ")).withMessage(RULE + "\" \"", kind);
        assertThatIllegalArgumentException().isThrownBy(() -> of.apply("")).withMessage(RULE + "\"\"", kind);
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void textThatLooksBlankByUnicodeIsRejected(String kind, Function<String, Object> of) {
        // String.isBlank() sees none of these as blank.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply("\u00A0"))
                .withMessage(RULE + "\"\\u00A0\"", kind);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply("\u200B"))
                .withMessage(RULE + "\"\\u200B\"", kind);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply("\u0000"))
                .withMessage(RULE + "\"\\u0000\"", kind);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply("\u3000\u3164"))
                .withMessage(RULE + "\"\\u3000\\u3164\"", kind);
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void surroundingWhiteSpaceIsRejected(String kind, Function<String, Object> of) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply("x-1\n"))
                .withMessage(RULE + "\"x-1\\u000A\"", kind);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply("\u00A0x-1"))
                .withMessage(RULE + "\"\\u00A0x-1\"", kind);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply("x-1\u200B"))
                .withMessage(RULE + "\"x-1\\u200B\"", kind);
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void aControlCharacterInsideIsRejected(String kind, Function<String, Object> of) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply("x\u0000y"))
                .withMessage(RULE + "\"x\\u0000y\"", kind);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply("x\uD800y"))
                .withMessage(RULE + "\"x\\uD800y\"", kind);
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void visibleTextOfAnyScriptIsAccepted(String kind, Function<String, Object> of) {
        assertThat(of.apply("탄방동 자율방범대")).hasToString("탄방동 자율방범대");
        assertThat(of.apply("x")).hasToString("x");
        assertThat(of.apply("a\u00A0b")).hasToString("a\u00A0b");
        assertThat(of.apply("\uD83D\uDC6E\u200D\u2640")).hasToString("\uD83D\uDC6E\u200D\u2640");
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    @SuppressWarnings("unchecked")
    void printsItsRawValueAndOrdersByIt(String kind, Function<String, Object> of) {
        assertThat(of.apply("a b")).hasToString("a b");
        Comparable<Object> a = (Comparable<Object>) of.apply("a");
        assertThat(a.compareTo(of.apply("b"))).isNegative();
        assertThat(a.compareTo(of.apply("a"))).isZero();
    }
}

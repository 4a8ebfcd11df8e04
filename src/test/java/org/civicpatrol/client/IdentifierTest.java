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

    @ParameterizedTest
    @MethodSource("identifiers")
    void blankIsRejected(String kind, Function<String, Object> of) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply(" "))
                .withMessage("%s id must be non-blank without surrounding white space: \" \"", kind);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply(""))
                .withMessage("%s id must be non-blank without surrounding white space: \"\"", kind);
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void surroundingWhiteSpaceIsRejected(String kind, Function<String, Object> of) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply("x-1\n"))
                .withMessage("%s id must be non-blank without surrounding white space: \"x-1\n\"", kind);
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

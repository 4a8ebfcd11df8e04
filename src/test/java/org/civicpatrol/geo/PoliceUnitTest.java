package org.civicpatrol.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PoliceUnitTest {

    private static PoliceUnit.Builder dunsan() {
        return new PoliceUnit.Builder()
                .id(PoliceUnitId.of("dunsan"))
                .name("둔산경찰서")
                .kind(PoliceUnitKind.STATION)
                .parent(PoliceUnitId.of("daejeon-agency"));
    }

    @Test
    void blankNameIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> dunsan().name("").build())
                .withMessage("police unit dunsan has a blank name");
    }

    @Test
    void beingItsOwnParentIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> dunsan().parent(PoliceUnitId.of("dunsan")).build())
                .withMessage("police unit dunsan names itself as its parent");
    }

    @Test
    void kindsAreOrderedFromTheNationalAgencyDown() {
        assertThat(PoliceUnitKind.NATIONAL_AGENCY.isAbove(PoliceUnitKind.PROVINCIAL_AGENCY))
                .isTrue();
        assertThat(PoliceUnitKind.STATION.isAbove(PoliceUnitKind.BOX)).isTrue();
        assertThat(PoliceUnitKind.STATION.isAbove(PoliceUnitKind.DIVISION)).isTrue();
        assertThat(PoliceUnitKind.DIVISION.isAbove(PoliceUnitKind.BOX)).isFalse();
        assertThat(PoliceUnitKind.BOX.isAbove(PoliceUnitKind.DIVISION)).isFalse();
        assertThat(PoliceUnitKind.BOX.isAbove(PoliceUnitKind.STATION)).isFalse();
        assertThat(dunsan().build().parent()).contains(PoliceUnitId.of("daejeon-agency"));
    }
}

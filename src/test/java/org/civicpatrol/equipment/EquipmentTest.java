package org.civicpatrol.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.civicpatrol.fixtures.Contracts;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of the equipment package's values: vehicles, warning lights and issues of equipment. */
class EquipmentTest {

    private static final LocalDate DAY = LocalDate.of(2016, 5, 2);

    private static Vehicle car() {
        return new Vehicle.Builder()
                .id(VehicleId.of("v-1"))
                .patrol(PatrolId.of("tanbang"))
                .warningLight(WarningLight.of(LightColour.BLUE, 800))
                .build();
    }

    private static EquipmentIssue.Builder flashlights() {
        return new EquipmentIssue.Builder()
                .patrol(PatrolId.of("tanbang"))
                .kind(EquipmentKind.FLASHLIGHT)
                .quantity(20)
                .issuedOn(DAY);
    }

    @Test
    void aVehicleIsInServiceAlwaysUnlessGiven() {
        assertThat(car().inService()).isEqualTo(DateRange.always());
        assertThat(car().warningLight()).contains(WarningLight.of(LightColour.BLUE, 800));
    }

    @Test
    void anEmptyPeriodOfServiceIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Vehicle.Builder()
                        .from(car())
                        .inService(DateRange.of(DAY, DAY))
                        .build())
                .withMessage("vehicle v-1 has an empty period of service: [2016-05-02..2016-05-02)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -135, Double.NaN, Double.POSITIVE_INFINITY})
    void aLightWithoutAPositiveFiniteIntensityIsRejected(double candela) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WarningLight.of(LightColour.BLUE, candela))
                .withMessage("warning light must have a positive, finite intensity: %s cd", candela);
    }

    @Test
    void anIssueOfNothingIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> flashlights().quantity(0).build())
                .withMessage("issue of FLASHLIGHT to patrol tanbang has a quantity below one: 0");
    }

    @Test
    void equipmentMayBeIssuedToOneMember() {
        EquipmentIssue vest = flashlights()
                .kind(EquipmentKind.REFLECTIVE_VEST)
                .quantity(1)
                .member(MemberId.of("m-1"))
                .build();
        assertThat(vest.member()).contains(MemberId.of("m-1"));
        assertThat(flashlights().build().member()).isEmpty();
    }

    @Test
    void idsAreValues() {
        assertThat(Contracts.assertRecordsAreValues("org.civicpatrol.equipment"))
                .containsExactlyInAnyOrder(VehicleId.class);
    }

    @Test
    void everyPublicClassRejectsNulls() {
        List<Class<?>> checked = Contracts.assertPublicClassesRejectNulls(
                "org.civicpatrol.equipment",
                Contracts.nullPointerTester(),
                VehicleId.of("v-1"),
                car(),
                WarningLight.of(LightColour.BLUE, 800),
                flashlights().build());

        assertThat(checked).contains(Vehicle.Builder.class, EquipmentIssue.Builder.class);
    }

    @Test
    void equalityFollowsTheAttributes() {
        new EqualsTester()
                .addEqualityGroup(VehicleId.of("v-1"), VehicleId.of("v-1"))
                .addEqualityGroup(VehicleId.of("v-2"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(car(), car())
                .addEqualityGroup(new Vehicle.Builder()
                        .from(car())
                        .warningLight(WarningLight.of(LightColour.RED, 800))
                        .build())
                .addEqualityGroup(new Vehicle.Builder()
                        .from(car())
                        .inService(DateRange.startingOn(DAY))
                        .build())
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(WarningLight.of(LightColour.BLUE, 800), WarningLight.of(LightColour.BLUE, 800.0))
                .addEqualityGroup(WarningLight.of(LightColour.BLUE, 135))
                .addEqualityGroup(WarningLight.of(LightColour.AMBER, 800))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(flashlights().build(), flashlights().build())
                .addEqualityGroup(flashlights().quantity(21).build())
                .addEqualityGroup(flashlights().kind(EquipmentKind.WHISTLE).build())
                .testEquals();
    }
}

package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Residence;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Two defects that hostile input found (issue 16): a valid year made a lookup throw, and a district
 * accepted an empty validity while a vehicle rejected an empty period of service. One rule now
 * holds across the model: periods of a value are not empty.
 */
class ExtremesAndEmptyPeriodsTest {

    @Test
    void lookupsWorkUpToTheLastYearOfTheCalendar() {
        Registry registry = new Registry.Builder()
                .addMember(Fixtures.aMember("m-1", LocalDate.of(1960, 1, 1)))
                .build();

        assertThat(registry.attendanceOf(MemberId.of("m-1"), Year.of(Year.MAX_VALUE)))
                .isEmpty();
        assertThat(registry.attendanceOf(MemberId.of("m-1"), Year.of(Year.MIN_VALUE)))
                .isEmpty();
    }

    @Test
    void aDistrictWithAnEmptyValidityIsRejected() {
        LocalDate day = LocalDate.of(2016, 1, 1);

        assertThatThrownBy(() -> new District.Builder()
                        .from(Fixtures.tanbangDong())
                        .validity(DateRange.of(day, day))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("district 3017055500 has an empty validity: [2016-01-01..2016-01-01)");
    }

    @Test
    void aResidenceWithAnEmptyPeriodIsRejectedWithoutShowingIt() {
        LocalDate day = LocalDate.of(2016, 1, 1);

        assertThatThrownBy(() -> Residence.of(DistrictId.of("3017055500"), DateRange.of(day, day)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a residence must not have an empty period");
    }
}

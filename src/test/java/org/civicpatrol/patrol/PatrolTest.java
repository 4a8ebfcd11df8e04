package org.civicpatrol.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.Optional;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.GeoPoint;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

class PatrolTest {

    private static final LocalDate FORMED = LocalDate.of(1993, 3, 1);
    private static final LocalDate REGISTERED = LocalDate.of(1993, 4, 1);

    private static Patrol.Builder tanbang() {
        return new Patrol.Builder()
                .id(PatrolId.of("tanbang"))
                .name("탄방동 자율방범대")
                .formedOn(FORMED)
                .addActivityArea(DistrictId.of("3017055500"))
                .policeUnit(PoliceUnitId.of("dunsan"));
    }

    @Test
    void statusFollowsTheDates() {
        Patrol patrol = tanbang()
                .registeredOn(REGISTERED)
                .dissolvedOn(LocalDate.of(2020, 1, 1))
                .build();
        assertThat(patrol.statusOn(FORMED.minusDays(1))).isEmpty();
        assertThat(patrol.statusOn(FORMED)).contains(PatrolStatus.FORMING);
        assertThat(patrol.statusOn(REGISTERED)).contains(PatrolStatus.REGISTERED);
        assertThat(patrol.isRegisteredOn(REGISTERED)).isTrue();
        assertThat(patrol.statusOn(LocalDate.of(2020, 1, 1))).contains(PatrolStatus.DISSOLVED);
        assertThat(patrol.isRegisteredOn(LocalDate.of(2020, 1, 1))).isFalse();
        assertThat(patrol.life()).isEqualTo(DateRange.of(FORMED, LocalDate.of(2020, 1, 1)));
    }

    @Test
    void lifeStartsAtRegistrationWhenFormationIsUnknown() {
        Patrol patrol = new Patrol.Builder()
                .from(tanbang().build())
                .formedOn(Optional.empty())
                .registeredOn(REGISTERED)
                .build();
        assertThat(patrol.life()).isEqualTo(DateRange.startingOn(REGISTERED));
        assertThat(patrol.statusOn(REGISTERED.minusDays(1))).isEmpty();
    }

    @Test
    void verbsReturnChangedCopies() {
        Patrol forming = tanbang().build();
        Patrol registered = forming.registeredOn(REGISTERED);
        Patrol dissolved = registered.dissolvedOn(LocalDate.of(2020, 1, 1));
        assertThat(forming.registeredOn()).isEmpty();
        assertThat(registered.registeredOn()).contains(REGISTERED);
        assertThat(dissolved.dissolvedOn()).contains(LocalDate.of(2020, 1, 1));
        assertThat(dissolved.registeredOn()).contains(REGISTERED);
    }

    @Test
    void registeringTwiceIsAnIllegalState() {
        Patrol registered = tanbang().registeredOn(REGISTERED).build();
        assertThatIllegalStateException()
                .isThrownBy(() -> registered.registeredOn(LocalDate.of(2000, 1, 1)))
                .withMessage("patrol tanbang is already registered (on 1993-04-01)");
    }

    @Test
    void dissolvingTwiceIsAnIllegalState() {
        Patrol dissolved = tanbang().dissolvedOn(LocalDate.of(2000, 1, 1)).build();
        assertThatIllegalStateException()
                .isThrownBy(() -> dissolved.dissolvedOn(LocalDate.of(2001, 1, 1)))
                .withMessage("patrol tanbang is already dissolved (on 2000-01-01)");
    }

    @Test
    void aReportedHeadcountMayBeZeroButNotNegative() {
        assertThat(Headcount.of(LocalDate.of(2016, 1, 1), 0).members()).isZero();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Headcount.of(LocalDate.of(2016, 1, 1), -1))
                .withMessage("reported headcount on 2016-01-01 must not be negative: -1");
    }

    @Test
    void blankNameIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tanbang().name("  ").build())
                .withMessage("patrol tanbang has a blank name");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tanbang().name("\u00A0\u200B\u3000").build())
                .withMessage("patrol tanbang has a blank name");
        assertThat(tanbang().name("탄방\u00A01").build().name()).isEqualTo("탄방\u00A01");
    }

    @Test
    void emptyActivityAreaIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Patrol.Builder()
                        .id(PatrolId.of("p"))
                        .name("빈 자율방범대")
                        .formedOn(FORMED)
                        .policeUnit(PoliceUnitId.of("dunsan"))
                        .build())
                .withMessage("patrol p has an empty activity area");
    }

    @Test
    void patrolWithoutAnyStartDateIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Patrol.Builder()
                        .id(PatrolId.of("p"))
                        .name("p 자율방범대")
                        .addActivityArea(DistrictId.of("3017055500"))
                        .policeUnit(PoliceUnitId.of("dunsan"))
                        .build())
                .withMessage("patrol p has neither a formation nor a registration date");
    }

    @Test
    void registrationBeforeFormationIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tanbang().registeredOn(FORMED.minusDays(1)).build())
                .withMessage("patrol tanbang is registered (1993-02-28) before it is formed (1993-03-01)");
    }

    @Test
    void dissolutionBeforeRegistrationIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tanbang()
                        .registeredOn(REGISTERED)
                        .dissolvedOn(REGISTERED.minusDays(1))
                        .build())
                .withMessage("patrol tanbang is dissolved (1993-03-31) before it is registered (1993-04-01)");
    }

    @Test
    void dissolutionBeforeFormationIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tanbang().dissolvedOn(FORMED.minusDays(1)).build())
                .withMessage("patrol tanbang is dissolved (1993-02-28) before it is formed (1993-03-01)");
    }

    @Test
    void keepsPostsAndAreaInTheOrderGiven() {
        PatrolPost first = PatrolPost.of("제1초소", DistrictId.of("3017055500"), GeoPoint.of(36.34, 127.39));
        PatrolPost second = PatrolPost.of("제2초소", DistrictId.of("3017064000"));
        Patrol patrol = tanbang()
                .addActivityArea(DistrictId.of("3017064000"))
                .addPost(first)
                .addPost(second)
                .build();
        assertThat(patrol.posts()).containsExactly(first, second);
        assertThat(patrol.activityArea()).containsExactly(DistrictId.of("3017055500"), DistrictId.of("3017064000"));
    }
}

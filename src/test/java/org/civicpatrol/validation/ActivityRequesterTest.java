package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.AuthorityKind;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.geo.PoliceUnitKind;
import org.junit.jupiter.api.Test;

/**
 * Who may request patrol activities (Act Art. 7): the chiefs of a provincial police agency,
 * station, division or box; the governor or metropolitan mayor and the mayor, county head or gu
 * head; and, since the amendment in force on 2026-02-15, the head of an 읍·면·동.
 */
class ActivityRequesterTest {

    private static final Authority DONG_HEAD =
            Authority.government(AuthorityKind.NEIGHBOURHOOD_OFFICE, "탄방동장", SmallNetwork.TANBANG_DONG);
    private static final PoliceUnit NATIONAL_AGENCY = new PoliceUnit.Builder()
            .id(PoliceUnitId.of("knpa"))
            .name("경찰청")
            .kind(PoliceUnitKind.NATIONAL_AGENCY)
            .build();

    private static List<Violation> mismatches(LocalDate day, ActivityType type, Authority requester) {
        SmallNetwork network = new SmallNetwork();
        network.policeUnits.add(NATIONAL_AGENCY);
        Activity activity = new Activity.Builder()
                .from(SmallNetwork.nightPatrol("a-2", day, 1, 2, 3, 4))
                .type(type)
                .requestedBy(requester)
                .build();
        network.activities.add(activity);
        return Validator.korea()
                .validate(network.registry(), LocalDate.of(2026, 12, 31))
                .filter(BuiltInRules.ACTIVITY_REQUESTER_MISMATCH)
                .violations();
    }

    private static final LocalDate REQUESTED = LocalDate.of(2016, 11, 20);

    /**
     * A request for activity {@code a-2} on {@code day} naming no requester, and an ordinary patrol,
     * {@code a-3} the same day, naming one: each is reported by its rule once it is dated on or
     * before the validation date.
     */
    private static ValidationReport requestersOn(LocalDate day, LocalDate asOf) {
        SmallNetwork network = new SmallNetwork();
        network.activities.add(new Activity.Builder()
                .from(SmallNetwork.nightPatrol("a-2", day, 1, 2, 3, 4))
                .type(ActivityType.POLICE_REQUEST)
                .requestedBy(Optional.empty())
                .build());
        network.activities.add(new Activity.Builder()
                .from(SmallNetwork.nightPatrol("a-3", day, 5, 6))
                .type(ActivityType.CRIME_PREVENTION_PATROL)
                .requestedBy(Fixtures.dunsanPolice())
                .build());
        return Validator.korea().validate(network.registry(), asOf);
    }

    @Test
    void anActivityOnTheValidationDateHasItsRequesterJudged() {
        ValidationReport report = requestersOn(REQUESTED, REQUESTED);

        assertThat(report.filter(BuiltInRules.ACTIVITY_REQUESTER_MISSING).violations())
                .singleElement()
                .satisfies(v -> assertThat(v.subject()).isEqualTo(Subject.of(ActivityId.of("a-2"))));
        assertThat(report.filter(BuiltInRules.ACTIVITY_REQUESTER_MISMATCH).violations())
                .singleElement()
                .satisfies(v -> assertThat(v.subject()).isEqualTo(Subject.of(ActivityId.of("a-3"))));
    }

    @Test
    void anActivityAfterTheValidationDateIsNotYetJudged() {
        ValidationReport report = requestersOn(REQUESTED, REQUESTED.minusDays(1));

        assertThat(report.count(BuiltInRules.ACTIVITY_REQUESTER_MISSING)).isZero();
        assertThat(report.count(BuiltInRules.ACTIVITY_REQUESTER_MISMATCH)).isZero();
    }

    @Test
    void actArt7_theHeadOfADongMayRequestFrom15February2026() {
        assertThat(mismatches(LocalDate.of(2026, 2, 15), ActivityType.LOCAL_GOVERNMENT_REQUEST, DONG_HEAD))
                .isEmpty();
    }

    @Test
    void actArt7_theHeadOfADongMayNotRequestBefore15February2026() {
        assertThat(mismatches(LocalDate.of(2026, 2, 14), ActivityType.LOCAL_GOVERNMENT_REQUEST, DONG_HEAD))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("activity a-2 on 2026-02-14 of type LOCAL_GOVERNMENT_REQUEST was requested by"
                                + " NEIGHBOURHOOD_OFFICE 탄방동장, which may request activities only from 2026-02-15"));
    }

    @Test
    void actArt7_stationsDivisionsBoxesAndProvincialAgenciesMayRequest() {
        for (PoliceUnitKind kind : List.of(
                PoliceUnitKind.PROVINCIAL_AGENCY,
                PoliceUnitKind.STATION,
                PoliceUnitKind.DIVISION,
                PoliceUnitKind.BOX)) {
            SmallNetwork network = new SmallNetwork();
            network.policeUnits.add(new PoliceUnit.Builder()
                    .id(PoliceUnitId.of("unit"))
                    .name("unit")
                    .kind(kind)
                    .build());
            network.activities.add(new Activity.Builder()
                    .from(SmallNetwork.nightPatrol("a-2", LocalDate.of(2016, 11, 2), 1, 2, 3, 4))
                    .type(ActivityType.POLICE_REQUEST)
                    .requestedBy(Authority.police("unit", PoliceUnitId.of("unit")))
                    .build());

            assertThat(Validator.korea()
                            .validate(network.registry(), SmallNetwork.AS_OF)
                            .count(BuiltInRules.ACTIVITY_REQUESTER_MISMATCH))
                    .as("%s", kind)
                    .isZero();
        }
    }

    @Test
    void actArt7_theNationalAgencyIsNotAPoliceRequester() {
        assertThat(mismatches(
                        LocalDate.of(2016, 11, 2),
                        ActivityType.POLICE_REQUEST,
                        Authority.police("경찰청", NATIONAL_AGENCY.id())))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("activity a-2 on 2016-11-02 of type POLICE_REQUEST was requested by 경찰청, a"
                                + " NATIONAL_AGENCY, which is not among the police requesters [PROVINCIAL_AGENCY,"
                                + " STATION, DIVISION, BOX]"));
    }
}

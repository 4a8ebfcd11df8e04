package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.Disqualification;
import org.civicpatrol.member.DisqualificationKind;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/** Violations about members show ids, never what is personal about them, in either language. */
class PersonalDataTest {

    @Test
    void memberViolationsShowNoPersonalData() {
        SmallNetwork network = new SmallNetwork();
        network.districts.add(Fixtures.yuseongGu());
        network.member(
                10,
                m -> m.name("Hong Gil-dong")
                        .birthDate(LocalDate.of(1992, 7, 14))
                        .residenceOrBusinessDistricts(
                                List.of(DistrictId.of("3020000000"), DistrictId.of("private-address")))
                        .addDisqualification(Disqualification.of(
                                DisqualificationKind.SEXUAL_OFFENCE_SENTENCE,
                                DateRange.of(LocalDate.of(2007, 8, 15), LocalDate.of(2008, 8, 15)))));

        ValidationReport report = Validator.korea().validate(network.registry(), SmallNetwork.AS_OF);

        assertThat(report.countsByRule().keySet())
                .contains(
                        BuiltInRules.MEMBER_UNDER_MINIMUM_AGE,
                        BuiltInRules.MEMBER_DISQUALIFIED_AT_APPOINTMENT,
                        BuiltInRules.MEMBER_DISQUALIFIED_NOT_DISMISSED,
                        BuiltInRules.MEMBER_OUTSIDE_PATROL_MUNICIPALITY,
                        BuiltInRules.REFERENCE_UNRESOLVED);
        assertThat(report.violations())
                .allSatisfy(v -> assertThat(v.message(Locale.KOREAN))
                        .contains("m-10")
                        .containsPattern("[가-힣]")
                        .doesNotContain("성범죄", "17세", "Hong", "1992", "3020000000", "private-address"));
        assertThat(report.violations())
                .allSatisfy(v -> assertThat(v.arguments().toString())
                        .doesNotContain("Hong", "1992", "3020000000", "private-address", "SEXUAL", "2007", "2008"));
        assertThat(report.violations())
                .allSatisfy(v -> assertThat(v.toString())
                        .contains("m-10")
                        .doesNotContain(
                                "Hong",
                                "1992",
                                "07-14",
                                "3020000000",
                                "private-address",
                                "SEXUAL",
                                "OFFENCE",
                                "2007",
                                "2008",
                                "age 17",
                                "17 years",
                                "aged"));
    }
}

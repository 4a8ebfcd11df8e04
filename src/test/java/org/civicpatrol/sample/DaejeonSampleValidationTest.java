package org.civicpatrol.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicpatrol.sample.DaejeonSample.AS_OF;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.validation.BuiltInRules;
import org.civicpatrol.validation.RuleCode;
import org.civicpatrol.validation.Severity;
import org.civicpatrol.validation.Subject;
import org.civicpatrol.validation.SubjectKind;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.civicpatrol.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Validating the Daejeon sample reports exactly what the sample contains on purpose, and
 * nothing else: no error; the Tanbang-dong patrol, founded in 1993, older than its district's
 * code (1995); members short of training in the shares {@code SampleYear} documents; and the one
 * chronic absentee, with three unexcused absences in 2016.
 */
class DaejeonSampleValidationTest {

    private final Registry sample = DaejeonSample.registry();
    private final ValidationReport report = Validator.korea().validate(sample, AS_OF);

    @Test
    void theSampleIsValidWithTheWarningsItContainsOnPurpose() {
        assertThat(report.isValid()).isTrue();
        assertThat(report.countsBySeverity())
                .containsExactly(
                        Map.entry(Severity.ERROR, 0), Map.entry(Severity.WARNING, 113), Map.entry(Severity.INFO, 1));
        assertThat(report.countsByRule())
                .containsExactly(
                        Map.entry(BuiltInRules.BASIC_TRAINING_INCOMPLETE, 36),
                        Map.entry(BuiltInRules.IN_SERVICE_TRAINING_INCOMPLETE, 76),
                        Map.entry(BuiltInRules.MEMBER_UNEXCUSED_ABSENCES, 1),
                        Map.entry(BuiltInRules.PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY, 1));
    }

    @Test
    void theTanbangPatrolPredatesItsDistrictCode() {
        assertThat(report.filter(BuiltInRules.PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY)
                        .violations())
                .singleElement()
                .hasToString("INFO PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY patrol p-3017055500 on 1993-03-01: patrol"
                        + " p-3017055500 exists from 1993-03-01, before its district 3017055500 is valid (from"
                        + " 1995-01-01)");
    }

    @Test
    void basicTrainingShortfallsAreThoseOf2014Appointees() {
        Set<MemberId> flagged = members(BuiltInRules.BASIC_TRAINING_INCOMPLETE);

        assertThat(flagged).hasSize(36).allSatisfy(member -> {
            LocalDate appointed = firstAppointment(member);
            assertThat(appointed.getYear()).isEqualTo(2014);
            assertThat(hours(member, TrainingKind.BASIC, appointed, appointed.plusYears(2)))
                    .isLessThan(Duration.ofHours(12));
        });
    }

    @Test
    void inServiceShortfallsAreThoseOf2015() {
        Set<MemberId> flagged = members(BuiltInRules.IN_SERVICE_TRAINING_INCOMPLETE);
        LocalDate start = LocalDate.of(2015, 1, 1);

        assertThat(flagged)
                .hasSize(76)
                .allSatisfy(member -> assertThat(hours(member, TrainingKind.IN_SERVICE, start, start.plusYears(1)))
                        .isLessThan(Duration.ofHours(12)));
    }

    @Test
    void theChronicAbsenteeIsTheOnlyMemberWithThreeUnexcusedAbsences() {
        Set<MemberId> withThree = sample.members().stream()
                .map(Member::id)
                .filter(m -> sample.attendanceOf(m, Year.of(2016)).count(AttendanceStatus.UNEXCUSED_ABSENCE) >= 3)
                .collect(Collectors.toSet());

        assertThat(withThree)
                .containsExactly(DaejeonSample.chronicAbsentee(sample.membershipsOf(DaejeonSample.TANBANG)));
        assertThat(members(BuiltInRules.MEMBER_UNEXCUSED_ABSENCES)).isEqualTo(withThree);
    }

    @Test
    void theSampleReportPrintsTheValidationSummaryAndFindingsInKorean() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        SampleReport.printValidation(report, Locale.KOREAN, out);
        SampleReport.printFindings(report, 1, out);

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.subList(0, 5))
                .containsExactly(
                        "검증 결과: 적합 (오류 0건, 경고 113건, 참고 1건)",
                        "  경고  기본교육 미이수                         36  BASIC_TRAINING_INCOMPLETE",
                        "  경고  보수교육 미이수                         76  IN_SERVICE_TRAINING_INCOMPLETE",
                        "  경고  무단 불참                                1  MEMBER_UNEXCUSED_ABSENCES",
                        "  참고  유효하지 않은 행정구역의 활동구역        1  PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY");
        assertThat(lines)
                .contains(
                        "  PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY (1993-03-01)",
                        "    자율방범대 p-3017055500: 1993-03-01부터 존속하지만 행정구역 3017055500은(는) 1995-01-01부터 유효합니다",
                        "    patrol p-3017055500 exists from 1993-03-01, before its district 3017055500 is valid (from"
                                + " 1995-01-01)");
        // One finding of each of the four rules, each in Korean and in English, under a heading.
        assertThat(lines).hasSize(5 + 1 + 4 * 3);
    }

    @Test
    void theSampleReportTakesOnlyALanguage() {
        assertThat(SampleReport.languageOf()).isEqualTo(Locale.ENGLISH);
        assertThat(SampleReport.languageOf("--lang=ko")).isEqualTo(Locale.KOREAN);
        assertThat(SampleReport.languageOf("--lang=ko", "--lang=en")).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> SampleReport.languageOf("--lang=fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown argument \"--lang=fr\"; the sample report takes --lang=en or --lang=ko");
    }

    @Test
    void theSampleReportPrintsTheValidationSummary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        SampleReport.printValidation(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "Validation: valid (0 errors, 113 warnings, 1 info)",
                        "  WARNING  BASIC_TRAINING_INCOMPLETE                    36",
                        "  WARNING  IN_SERVICE_TRAINING_INCOMPLETE               76",
                        "  WARNING  MEMBER_UNEXCUSED_ABSENCES                     1",
                        "  INFO     PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY         1");
    }

    private Set<MemberId> members(RuleCode rule) {
        return report.filter(rule).violations().stream()
                .map(Violation::subject)
                .peek(s -> assertThat(s.kind()).isEqualTo(SubjectKind.MEMBER))
                .map(Subject::id)
                .map(MemberId::of)
                .collect(Collectors.toSet());
    }

    private LocalDate firstAppointment(MemberId member) {
        return sample.membershipsOf(member).stream()
                .flatMap(m -> m.appointedOn().stream())
                .min(LocalDate::compareTo)
                .orElseThrow();
    }

    private Duration hours(MemberId member, TrainingKind kind, LocalDate from, LocalDate until) {
        return sample.trainingOf(member).stream()
                .filter(t ->
                        t.kind() == kind && !t.date().isBefore(from) && t.date().isBefore(until))
                .map(TrainingRecord::duration)
                .reduce(Duration.ZERO, Duration::plus);
    }
}

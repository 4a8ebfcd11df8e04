package org.civicpatrol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.report.RollUp;
import org.civicpatrol.report.TrainingSummary;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.civicpatrol.validation.BuiltInRules;
import org.civicpatrol.validation.RuleCode;
import org.civicpatrol.validation.SubjectKind;
import org.civicpatrol.validation.ValidationReport;
import org.civicpatrol.validation.Validator;
import org.civicpatrol.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Training is judged once: the training summaries count as due and not done exactly the members
 * that validation's training rules report, on imperfect data too.
 */
class TrainingJudgementTest {

    private static final int RUNS = 200;

    @Test
    void aMembershipWhoseMemberIsMissingOwesNoTrainingInSummariesOrValidation() {
        // The membership names m-1, whom the registry does not hold: validation reports the
        // dangling reference, and neither it nor the summaries judge a person it cannot see.
        Registry registry = new Registry.Builder()
                .addPatrol(Fixtures.tanbangPatrol())
                .addMembership(Fixtures.anAppointment("ms-1", "m-1", "tanbang", LocalDate.of(2010, 3, 1)))
                .build();
        LocalDate asOf = LocalDate.of(2016, 11, 29);

        TrainingSummary training = RollUp.of(registry, asOf, DateRange.ofYear(Year.of(2016)))
                .ofPatrols(List.of(PatrolId.of("tanbang")))
                .training();
        ValidationReport report = Validator.korea().validate(registry, asOf);

        assertThat(training.basicDueCount()).isZero();
        assertThat(training.inServiceDueCount()).isZero();
        assertThat(report.count(BuiltInRules.BASIC_TRAINING_INCOMPLETE)).isZero();
        assertThat(report.count(BuiltInRules.IN_SERVICE_TRAINING_INCOMPLETE)).isZero();
        assertThat(report.count(BuiltInRules.REFERENCE_UNRESOLVED)).isPositive();
    }

    @Test
    void summariesCountAsBehindExactlyTheMembersThatTheRulesReport() {
        long basicBehind = 0;
        long inServiceBehind = 0;
        long ghosts = 0;
        for (long seed = 1; seed <= RUNS; seed++) {
            try {
                long[] counts = checkOne(seed);
                basicBehind += counts[0];
                inServiceBehind += counts[1];
                ghosts += counts[2];
            } catch (RuntimeException | AssertionError e) {
                fail("training judgement differs for seed " + seed + " (rerun checkOne(" + seed + "L))", e);
            }
        }
        // The property is not vacuous: members fall behind in both kinds, and some are missing.
        assertThat(basicBehind).isPositive();
        assertThat(inServiceBehind).isPositive();
        assertThat(ghosts).isPositive();
    }

    /** Returns the members behind in basic and in in-service training, and the members removed. */
    private static long[] checkOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Year year = Year.of(2000 + random.nextInt(25));
        Registry generated = RegistryGenerator.withSeed(seed)
                .patrols(1 + random.nextInt(4))
                .membersPerPatrol(3 + random.nextInt(8))
                .activitiesPerPatrol(random.nextInt(4))
                .year(year)
                .breakage(random.nextInt(3) * 0.1)
                .generate();
        Registry registry = breakTraining(generated, random);
        // From before the year to a few years after it, so that both periods are judged.
        LocalDate asOf = year.atDay(1).minusYears(1).plusDays(random.nextInt(365 * 5));
        DateRange period = DateRange.of(asOf.minusYears(1).plusDays(1), asOf.plusDays(1));

        TrainingSummary training = RollUp.of(registry, asOf, period)
                .ofPatrols(registry.patrols().stream().map(Patrol::id).toList())
                .training();
        ValidationReport report = Validator.korea().validate(registry, asOf);

        long basic = reportedInPatrols(registry, report, BuiltInRules.BASIC_TRAINING_INCOMPLETE, asOf);
        long inService = reportedInPatrols(registry, report, BuiltInRules.IN_SERVICE_TRAINING_INCOMPLETE, asOf);
        assertThat(training.basicDueCount() - training.basicCompletedCount())
                .as("basic, seed %s", seed)
                .isEqualTo(basic);
        assertThat(training.inServiceDueCount() - training.inServiceCompletedCount())
                .as("in-service, seed %s", seed)
                .isEqualTo(inService);
        long ghosts = (long) generated.members().size() - registry.members().size();
        return new long[] {basic, inService, ghosts};
    }

    /**
     * Counts the members reported under {@code rule} who are appointed on {@code asOf} in a
     * patrol the registry holds: summaries are of patrols, so a member appointed only to a
     * missing patrol is in no summary (validation reports the dangling reference).
     */
    private static long reportedInPatrols(Registry registry, ValidationReport report, RuleCode rule, LocalDate asOf) {
        return report.filter(rule).violations().stream()
                .map(Violation::subject)
                .peek(s -> assertThat(s.kind()).isEqualTo(SubjectKind.MEMBER))
                .map(s -> MemberId.of(s.id()))
                .filter(member -> registry.membershipsOf(member).stream()
                        .anyMatch(m -> m.isActiveOn(asOf)
                                && registry.patrol(m.patrol()).isPresent()))
                .count();
    }

    /** Drops some training sessions and some members (leaving their memberships), at random. */
    private static Registry breakTraining(Registry registry, SplittableRandom random) {
        List<TrainingRecord> training = new ArrayList<>();
        for (TrainingRecord record : registry.trainingRecords()) {
            if (random.nextInt(4) != 0) {
                training.add(record);
            }
        }
        List<Member> members = new ArrayList<>();
        for (Member member : registry.members()) {
            if (random.nextInt(10) != 0) {
                members.add(member);
            }
        }
        List<Membership> memberships = List.copyOf(registry.memberships());
        return new Registry.Builder()
                .addDistricts(registry.districts())
                .addPoliceUnits(registry.policeUnits())
                .addFederations(registry.federations())
                .addPatrols(registry.patrols())
                .addMembers(members)
                .addMemberships(memberships)
                .addFederationOfficers(registry.federationOfficers())
                .addTrainingRecords(training)
                .addSites(registry.sites())
                .addActivities(registry.activities())
                .addVehicles(registry.vehicles())
                .addEquipmentIssues(registry.equipmentIssues())
                .addGrants(registry.grants())
                .addExpenditures(registry.expenditures())
                .addRefunds(registry.refunds())
                .build();
    }
}

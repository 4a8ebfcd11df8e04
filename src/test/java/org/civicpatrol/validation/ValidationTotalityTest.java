package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.Disqualification;
import org.civicpatrol.member.DisqualificationKind;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.FederationRole;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.sample.RegistryGenerator;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Totality: validation returns, and never throws, for thousands of seeded random registries,
 * most of them broken on purpose, validated on ordinary and extreme dates. A failure names the
 * seed that reproduces it.
 */
class ValidationTotalityTest {

    private static final int RUNS = 2_000;
    private static final double[] BREAKAGE = {0, 0.05, 0.2, 0.5, 1};

    @Test
    void validationReturnsForEveryRegistry() {
        for (long seed = 1; seed <= RUNS; seed++) {
            try {
                checkOne(seed);
            } catch (RuntimeException | AssertionError e) {
                fail("validation failed for seed " + seed + " (rerun checkOne(" + seed + "L))", e);
            }
        }
    }

    @Test
    void generatedRegistriesAreValidUnlessBrokenOnPurpose() {
        for (long seed = 1; seed <= 200; seed++) {
            Year year = Year.of(2000 + (int) (seed % 30));
            LocalDate endOfYear = year.atDay(year.length());
            RegistryGenerator generator =
                    RegistryGenerator.withSeed(seed).patrols(3).year(year);

            ValidationReport intact = Validator.korea().validate(generator.generate(), endOfYear);
            ValidationReport broken =
                    Validator.korea().validate(generator.breakage(1).generate(), endOfYear);

            assertThat(intact.isValid()).as("seed %s intact: %s", seed, intact).isTrue();
            assertThat(broken.isValid()).as("seed %s broken", seed).isFalse();
        }
    }

    private static void checkOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Year year = Year.of(1995 + random.nextInt(40));
        Registry generated = RegistryGenerator.withSeed(seed)
                .patrols(1 + random.nextInt(6))
                .membersPerPatrol(3 + random.nextInt(6))
                .activitiesPerPatrol(random.nextInt(12))
                .year(year)
                .breakage(BREAKAGE[random.nextInt(BREAKAGE.length)])
                .generate();
        Registry registry = random.nextInt(4) == 0 ? withExtremes(generated) : generated;
        LocalDate asOf = switch (random.nextInt(6)) {
            case 0 -> LocalDate.MIN;
            case 1 -> LocalDate.MAX;
            case 2 -> year.atDay(1);
            case 3 -> year.atDay(year.length());
            default -> LocalDate.of(1990, 1, 1).plusDays(random.nextInt(50 * 365));
        };

        ValidationReport report = Validator.korea().validate(registry, asOf);

        assertThat(report.violations()).allSatisfy(v -> {
            assertThat(v.message()).isNotBlank().doesNotContain("Synthetic Person");
            // Every built-in violation renders in Korean rather than falling back to English.
            assertThat(v.message(Locale.KOREAN))
                    .isNotEqualTo(v.message())
                    .containsPattern("[가-힣]")
                    .doesNotContain("Synthetic Person", "{");
            assertThat(BuiltInRules.catalogue().stream().map(RuleDefinition::code))
                    .contains(v.rule());
        });
    }

    /** Adds entities whose dates sit at the ends of the calendar. */
    private static Registry withExtremes(Registry r) {
        LocalDate nearMin = LocalDate.MIN.plusDays(1);
        LocalDate nearMax = LocalDate.MAX.minusDays(2);
        MemberId early = MemberId.of("extreme-early");
        MemberId late = MemberId.of("extreme-late");
        PatrolId patrol = r.patrols().iterator().next().id();
        return new Registry.Builder()
                .addDistricts(r.districts())
                .addPoliceUnits(r.policeUnits())
                .addFederations(r.federations())
                .addPatrols(r.patrols())
                .addMembers(r.members())
                .addMemberships(r.memberships())
                .addFederationOfficers(r.federationOfficers())
                .addTrainingRecords(r.trainingRecords())
                .addSites(r.sites())
                .addActivities(r.activities())
                .addVehicles(r.vehicles())
                .addEquipmentIssues(r.equipmentIssues())
                .addGrants(r.grants())
                .addExpenditures(r.expenditures())
                .addRefunds(r.refunds())
                .addMember(new Member.Builder()
                        .id(early)
                        .name("Synthetic Person early")
                        .birthDate(nearMin)
                        .addResidenceOrBusinessDistrict(DistrictId.of("KR"))
                        .addDisqualification(Disqualification.of(
                                DisqualificationKind.PRISON_SENTENCE, DateRange.of(nearMin, nearMax)))
                        .build())
                .addMember(new Member.Builder()
                        .id(late)
                        .name("Synthetic Person late")
                        .birthDate(nearMax)
                        .addDisqualification(Disqualification.of(
                                DisqualificationKind.SEXUAL_OFFENCE_SENTENCE,
                                DateRange.of(nearMax, nearMax.plusDays(1))))
                        .build())
                .addMembership(new Membership.Builder()
                        .id(MembershipId.of("extreme-early"))
                        .member(early)
                        .patrol(patrol)
                        .appointedOn(nearMin)
                        .addRole(Role.LEADER, DateRange.of(nearMin, nearMin.plusDays(10)))
                        .addRole(Role.SECRETARY, DateRange.of(nearMax, nearMax.plusDays(1)))
                        .build())
                .addMembership(new Membership.Builder()
                        .id(MembershipId.of("extreme-late"))
                        .member(late)
                        .patrol(patrol)
                        .appointedOn(nearMax)
                        .addRole(Role.DEPUTY, DateRange.of(nearMax, nearMax.plusDays(2)))
                        .build())
                .addFederationOfficer(new FederationOfficer.Builder()
                        .member(late)
                        .federation(FederationId.of("f-KR"))
                        .role(FederationRole.PRESIDENT)
                        .term(DateRange.startingOn(nearMax))
                        .build())
                .addTrainingRecords(List.of(
                        TrainingRecord.of(early, TrainingKind.BASIC, nearMin, Duration.ofHours(24)),
                        TrainingRecord.of(late, TrainingKind.IN_SERVICE, nearMax, Duration.ofHours(24))))
                .build();
    }
}

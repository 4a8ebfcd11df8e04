package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicpatrol.fixtures.Fixtures.won;
import static org.civicpatrol.validation.BuiltInRules.*;
import static org.civicpatrol.validation.SmallNetwork.AS_OF;
import static org.civicpatrol.validation.SmallNetwork.GRANT;
import static org.civicpatrol.validation.SmallNetwork.OFFICER_TERM;
import static org.civicpatrol.validation.SmallNetwork.SEO_GU;
import static org.civicpatrol.validation.SmallNetwork.TANBANG;
import static org.civicpatrol.validation.SmallNetwork.TANBANG_DONG;
import static org.civicpatrol.validation.SmallNetwork.member;
import static org.civicpatrol.validation.SmallNetwork.replace;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.EquipmentKind;
import org.civicpatrol.equipment.LightColour;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.equipment.WarningLight;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.GrantStatus;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.funding.RefundReason;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.AuthorityKind;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictCode;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.KoreanDistrictLevels;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.geo.PoliceUnitKind;
import org.civicpatrol.member.Disqualification;
import org.civicpatrol.member.DisqualificationKind;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.FederationRole;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.member.Residence;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.FederationTier;
import org.civicpatrol.patrol.Headcount;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule, broken one way at a time in the {@link SmallNetwork} (which breaks none:
 * the valid case of every rule), with the code, severity, subject, related subjects, date and
 * message it must report; then the boundaries that must not be reported.
 */
class BuiltInRulesTest {

    private static final Subject PATROL = Subject.of(TANBANG);
    private static final FederationId SEO_GU_FEDERATION = FederationId.of("seo-gu");
    private static final LocalDate NIGHT = LocalDate.of(2016, 11, 1);
    private static final LocalDate AMENDED_ACT = LocalDate.of(2026, 3, 1);
    private static final LocalDate CONFORMED = LocalDate.of(2026, 8, 15);

    /** One way of breaking a rule, and what the validator must report for it. */
    static final class Case {
        final String name;
        final Consumer<SmallNetwork> breakIt;
        Policy policy = Policy.korea();
        LocalDate asOf = AS_OF;
        RuleCode code = REFERENCE_UNRESOLVED;
        Severity severity = Severity.ERROR;
        Subject subject = PATROL;
        List<Subject> related = List.of();
        LocalDate date = AS_OF;
        String message = "";
        int count = 1;
        final Set<RuleCode> alsoReported = new LinkedHashSet<>();
        boolean othersUnchecked;

        Case(String name, Consumer<SmallNetwork> breakIt) {
            this.name = name;
            this.breakIt = breakIt;
        }

        Case reports(RuleCode code, Severity severity, Subject subject, LocalDate date, String message) {
            this.code = code;
            this.severity = severity;
            this.subject = subject;
            this.date = date;
            this.message = message;
            return this;
        }

        Case related(Subject... subjects) {
            this.related = List.of(subjects);
            return this;
        }

        Case times(int count) {
            this.count = count;
            return this;
        }

        Case also(RuleCode... codes) {
            alsoReported.addAll(List.of(codes));
            return this;
        }

        Case asOf(LocalDate date) {
            this.asOf = date;
            this.othersUnchecked = true; // the small network is valid as of AS_OF only
            return this;
        }

        Case under(Policy policy) {
            this.policy = policy;
            return this;
        }

        Violation expected() {
            return new Violation.Builder()
                    .rule(code)
                    .severity(severity)
                    .subject(subject)
                    .addAllRelated(related)
                    .date(date)
                    .message(message)
                    .build();
        }

        @Override
        public String toString() {
            return code + ": " + name;
        }
    }

    static Case breaking(String name, Consumer<SmallNetwork> breakIt) {
        return new Case(name, breakIt);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // Integrity
                breaking(
                                "a patrol's police unit is missing",
                                n -> n.patrol(p -> p.policeUnit(PoliceUnitId.of("nowhere"))))
                        .reports(
                                REFERENCE_UNRESOLVED,
                                Severity.ERROR,
                                PATROL,
                                AS_OF,
                                "patrol tanbang refers to police unit nowhere as its police unit, which the registry"
                                        + " does not hold")
                        .related(Subject.of(PoliceUnitId.of("nowhere"))),
                breaking(
                                "an attendee is not in the registry",
                                n -> n.activities.set(0, SmallNetwork.nightPatrol("a-1", NIGHT, 1, 2, 3, 99)))
                        .reports(
                                REFERENCE_UNRESOLVED,
                                Severity.ERROR,
                                Subject.of(org.civicpatrol.activity.ActivityId.of("a-1")),
                                NIGHT,
                                "activity a-1 refers to member m-99 as an attendee, which the registry does not hold")
                        .related(Subject.of(member(99))),
                breaking(
                                "a member's district of residence is missing",
                                n -> n.member(
                                        10, m -> m.residenceOrBusinessDistricts(List.of(DistrictId.of("secret")))))
                        .reports(
                                REFERENCE_UNRESOLVED,
                                Severity.ERROR,
                                Subject.of(member(10)),
                                AS_OF,
                                "member m-10 refers to a district of residence or business that the registry does not"
                                        + " hold"),
                breaking(
                                "an expenditure's grant is missing",
                                n -> n.expenditures.add(
                                        Expenditure.of(GrantId.of("g-9"), NIGHT, won(1_000), GrantCategory.PUBLICITY)))
                        .reports(
                                REFERENCE_UNRESOLVED,
                                Severity.ERROR,
                                Subject.of(GrantId.of("g-9")),
                                NIGHT,
                                "an expenditure of 2016-11-01 refers to grant g-9, which the registry does not hold"),
                breaking("two districts are each other's parent", n -> {
                            n.districts.add(district("x-1", KoreanDistrictLevels.NEIGHBOURHOOD, "x-2"));
                            n.districts.add(district("x-2", KoreanDistrictLevels.NEIGHBOURHOOD, "x-1"));
                        })
                        .reports(
                                DISTRICT_HIERARCHY_CYCLE,
                                Severity.ERROR,
                                Subject.of(DistrictId.of("x-1")),
                                AS_OF,
                                "district x-1 is its own ancestor through the cycle [x-1, x-2]")
                        .related(Subject.of(DistrictId.of("x-2")))
                        .also(DISTRICT_LEVEL_NOT_BELOW_PARENT),
                breaking(
                                "a district at its parent's level",
                                n -> replace(
                                        n.districts,
                                        d -> d.id().equals(TANBANG_DONG),
                                        d -> new District.Builder()
                                                .from(d)
                                                .level(KoreanDistrictLevels.MUNICIPALITY)
                                                .build()))
                        .reports(
                                DISTRICT_LEVEL_NOT_BELOW_PARENT,
                                Severity.ERROR,
                                Subject.of(TANBANG_DONG),
                                AS_OF,
                                "district 3017055500 at level municipality(2) is not below its parent 3017000000 at"
                                        + " level municipality(2)")
                        .related(Subject.of(SEO_GU))
                        .also(DISTRICT_CODE_INCONSISTENT),
                breaking("a malformed administrative code", n -> tanbangCode(n, DistrictCode.of("KR-ADM", "123")))
                        .reports(
                                DISTRICT_CODE_INCONSISTENT,
                                Severity.ERROR,
                                Subject.of(TANBANG_DONG),
                                AS_OF,
                                "district 3017055500 has code KR-ADM:123, which is not a valid Korean administrative"
                                        + " code"),
                breaking(
                                "a code of another level",
                                n -> replace(
                                        n.districts,
                                        d -> d.id().equals(TANBANG_DONG),
                                        d -> new District.Builder()
                                                .from(d)
                                                .level(KoreanDistrictLevels.MUNICIPALITY)
                                                .build()))
                        .reports(
                                DISTRICT_CODE_INCONSISTENT,
                                Severity.ERROR,
                                Subject.of(TANBANG_DONG),
                                AS_OF,
                                "district 3017055500 is at level municipality(2) but its code KR-ADM:3017055500 is"
                                        + " of level neighbourhood(4)")
                        .also(DISTRICT_LEVEL_NOT_BELOW_PARENT),
                breaking("a code under another parent", n -> tanbangCode(n, DistrictCode.of("KR-ADM", "3020055500")))
                        .reports(
                                DISTRICT_CODE_INCONSISTENT,
                                Severity.ERROR,
                                Subject.of(TANBANG_DONG),
                                AS_OF,
                                "district 3017055500 has code KR-ADM:3020055500, which does not lie directly under"
                                        + " its parent 3017000000's code KR-ADM:3017000000")
                        .related(Subject.of(SEO_GU)),
                breaking("a code of another system", n -> tanbangCode(n, DistrictCode.of("KR-LEGAL", "3017010100")))
                        .reports(
                                DISTRICT_CODE_INCONSISTENT,
                                Severity.ERROR,
                                Subject.of(TANBANG_DONG),
                                AS_OF,
                                "district 3017055500 has code KR-LEGAL:3017010100 but its parent 3017000000 has code"
                                        + " KR-ADM:3017000000 of another system")
                        .related(Subject.of(SEO_GU)),
                breaking(
                                "a district valid before its parent",
                                n -> replace(
                                        n.districts,
                                        d -> d.id().equals(TANBANG_DONG),
                                        d -> new District.Builder()
                                                .from(d)
                                                .validity(DateRange.startingOn(LocalDate.of(1990, 1, 1)))
                                                .build()))
                        .reports(
                                DISTRICT_VALIDITY_OUTSIDE_PARENT,
                                Severity.WARNING,
                                Subject.of(TANBANG_DONG),
                                LocalDate.of(1990, 1, 1),
                                "district 3017055500 is valid [1990-01-01..+∞), outside its parent 3017000000, valid"
                                        + " [1995-01-01..+∞)")
                        .related(Subject.of(SEO_GU)),
                breaking(
                                "a district federation under a national one",
                                n -> replace(
                                        n.federations,
                                        f -> f.id().equals(SmallNetwork.DAEJEON_FEDERATION),
                                        f -> new Federation.Builder()
                                                .from(f)
                                                .tier(FederationTier.NATIONAL)
                                                .build()))
                        .reports(
                                FEDERATION_TIER_NOT_NESTED,
                                Severity.ERROR,
                                Subject.of(SEO_GU_FEDERATION),
                                AS_OF,
                                "federation seo-gu of tier DISTRICT has parent daejeon of tier NATIONAL, not of the"
                                        + " tier directly above")
                        .related(Subject.of(SmallNetwork.DAEJEON_FEDERATION)),
                breaking("a federation's territory outside its parent's", n -> {
                            n.districts.add(Fixtures.yuseongGu());
                            replace(
                                    n.federations,
                                    f -> f.id().equals(SmallNetwork.DAEJEON_FEDERATION),
                                    f -> new Federation.Builder()
                                            .from(f)
                                            .territory(DistrictId.of("3020000000"))
                                            .build());
                        })
                        .reports(
                                FEDERATION_TIER_NOT_NESTED,
                                Severity.ERROR,
                                Subject.of(SEO_GU_FEDERATION),
                                AS_OF,
                                "federation seo-gu's territory 3017000000 is not within its parent daejeon's"
                                        + " territory 3020000000")
                        .related(Subject.of(SmallNetwork.DAEJEON_FEDERATION)),
                breaking(
                                "a patrol in a provincial federation",
                                n -> n.patrol(p -> p.federation(SmallNetwork.DAEJEON_FEDERATION)))
                        .reports(
                                PATROL_FEDERATION_MISMATCH,
                                Severity.ERROR,
                                PATROL,
                                AS_OF,
                                "patrol tanbang belongs to federation daejeon of tier PROVINCIAL instead of a DISTRICT"
                                        + " federation")
                        .related(Subject.of(SmallNetwork.DAEJEON_FEDERATION)),
                breaking("a patrol outside its federation's territory", n -> {
                            n.districts.add(Fixtures.yuseongGu());
                            replace(
                                    n.federations,
                                    f -> f.id().equals(SEO_GU_FEDERATION),
                                    f -> new Federation.Builder()
                                            .from(f)
                                            .territory(DistrictId.of("3020000000"))
                                            .build());
                        })
                        .reports(
                                PATROL_FEDERATION_MISMATCH,
                                Severity.ERROR,
                                PATROL,
                                AS_OF,
                                "patrol tanbang's district 3017055500 is not within the territory 3020000000 of its"
                                        + " federation seo-gu")
                        .related(Subject.of(SEO_GU_FEDERATION)),
                breaking(
                                "Act Art. 6(1): a membership the day before the patrol is registered",
                                n -> n.membership(
                                        10,
                                        m -> Fixtures.anAppointment(
                                                "ms-10", "m-10", "tanbang", LocalDate.of(1999, 12, 31))))
                        .reports(
                                MEMBERSHIP_OUTSIDE_PATROL_LIFE,
                                Severity.ERROR,
                                Subject.of(MembershipId.of("ms-10")),
                                LocalDate.of(1999, 12, 31),
                                "membership ms-10 starts on 1999-12-31, before patrol tanbang is registered (on"
                                        + " 2000-01-01)")
                        .related(Subject.of(member(10)), PATROL)
                        .also(BASIC_TRAINING_INCOMPLETE),
                breaking("memberships outlive the patrol", n -> n.patrol(p -> p.dissolvedOn(LocalDate.of(2016, 6, 1))))
                        .reports(
                                MEMBERSHIP_OUTSIDE_PATROL_LIFE,
                                Severity.ERROR,
                                Subject.of(MembershipId.of("ms-01")),
                                LocalDate.of(2016, 6, 1),
                                "membership ms-01 is still active on 2016-06-01, when patrol tanbang is dissolved")
                        .related(Subject.of(member(1)), PATROL)
                        .times(SmallNetwork.MEMBERS)
                        .also(ACTIVITY_OUTSIDE_PATROL_REGISTRATION),
                breaking(
                                "an activity before registration",
                                n -> n.patrol(p -> p.registeredOn(LocalDate.of(2016, 11, 15))))
                        .reports(
                                ACTIVITY_OUTSIDE_PATROL_REGISTRATION,
                                Severity.ERROR,
                                Subject.of(org.civicpatrol.activity.ActivityId.of("a-1")),
                                NIGHT,
                                "activity a-1 on 2016-11-01 involves patrol tanbang, which is FORMING and not"
                                        + " registered on that date")
                        .related(PATROL)
                        .also(MEMBERSHIP_OUTSIDE_PATROL_LIFE, GRANT_OUTSIDE_RECIPIENT_LIFE),
                breaking(
                                "Act Art. 4: a grant before the patrol is registered",
                                n -> n.grant(g -> g.awardedOn(LocalDate.of(1999, 1, 1))))
                        .reports(
                                GRANT_OUTSIDE_RECIPIENT_LIFE,
                                Severity.ERROR,
                                Subject.of(GRANT),
                                LocalDate.of(1999, 1, 1),
                                "grant g-1 is awarded on 1999-01-01, when its recipient patrol tanbang is not a"
                                        + " registered patrol")
                        .related(PATROL),
                breaking(
                                "a patrol older than its district's code",
                                n -> n.patrol(p -> p.formedOn(LocalDate.of(1993, 3, 1))))
                        .reports(
                                PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY,
                                Severity.INFO,
                                PATROL,
                                LocalDate.of(1993, 3, 1),
                                "patrol tanbang exists from 1993-03-01, before its district 3017055500 is valid (from"
                                        + " 1995-01-01)")
                        .related(Subject.of(TANBANG_DONG)),
                breaking(
                                "a patrol's district is abolished",
                                n -> replace(
                                        n.districts,
                                        d -> d.id().equals(TANBANG_DONG),
                                        d -> new District.Builder()
                                                .from(d)
                                                .validity(DateRange.of(
                                                        LocalDate.of(1995, 1, 1), LocalDate.of(2016, 1, 1)))
                                                .build()))
                        .reports(
                                PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY,
                                Severity.INFO,
                                PATROL,
                                LocalDate.of(2016, 1, 1),
                                "patrol tanbang still exists on 2016-01-01, when its district 3017055500 ceases to be"
                                        + " valid; link it to the successor district")
                        .related(Subject.of(TANBANG_DONG)),
                // Patrols
                breaking("a name without 자율방범대", n -> n.patrol(p -> p.name("Tanbang Patrol")))
                        .reports(
                                PATROL_NAME_NOT_STANDARD,
                                Severity.WARNING,
                                PATROL,
                                AS_OF,
                                "patrol tanbang's name \"Tanbang Patrol\" does not match the official pattern"
                                        + " \\S.*자율방범대"),
                breaking(
                                "Act Art. 16: a group not yet registered uses the protected name",
                                n -> n.patrol(p -> p.registeredOn(Optional.empty())))
                        .reports(
                                PROTECTED_NAME_USED_BEFORE_REGISTRATION,
                                Severity.WARNING,
                                PATROL,
                                AS_OF,
                                "patrol tanbang is not registered on 2016-11-29 but is named \"탄방동 자율방범대\", which"
                                        + " only a registered patrol may use")
                        .also(
                                MEMBERSHIP_OUTSIDE_PATROL_LIFE,
                                ACTIVITY_OUTSIDE_PATROL_REGISTRATION,
                                GRANT_OUTSIDE_RECIPIENT_LIFE),
                breaking(
                                "Rule Art. 7(1): a patrol without a recorded roster",
                                n -> n.patrol(p -> p.rosterRecorded(false)
                                        .addReportedHeadcount(Headcount.of(LocalDate.of(2016, 1, 1), 12))))
                        .reports(
                                PATROL_ROSTER_NOT_RECORDED,
                                Severity.INFO,
                                PATROL,
                                AS_OF,
                                "patrol tanbang's roster is not recorded: its officers are not judged, and its"
                                        + " complement only by the headcount it reported"),
                breaking(
                                "nine members",
                                n -> n.memberships.removeIf(
                                        m -> m.id().toString().equals("ms-10")))
                        .reports(
                                PATROL_BELOW_MINIMUM_COMPLEMENT,
                                Severity.WARNING,
                                PATROL,
                                AS_OF,
                                "patrol tanbang has 9 active members on 2016-11-29, below the minimum of 10"),
                breaking("ten members where nine are the maximum", n -> {})
                        .under(new Policy.Builder()
                                .from(Policy.korea())
                                .minimumComplement(5)
                                .maximumComplement(9)
                                .build())
                        .reports(
                                PATROL_ABOVE_MAXIMUM_COMPLEMENT,
                                Severity.WARNING,
                                PATROL,
                                AS_OF,
                                "patrol tanbang has 10 active members on 2016-11-29, above the maximum of 9 allowed"
                                        + " without police approval"),
                breaking("no leader", n -> n.membership(1, m -> plain(1)))
                        .reports(
                                PATROL_WITHOUT_LEADER,
                                Severity.ERROR,
                                PATROL,
                                AS_OF,
                                "patrol tanbang has no leader among its active members on 2016-11-29"),
                breaking("two leaders", n -> n.membership(4, m -> plain(4).withRole(Role.LEADER, term(2016, 2019))))
                        .reports(
                                PATROL_WITH_SEVERAL_LEADERS,
                                Severity.ERROR,
                                PATROL,
                                AS_OF,
                                "patrol tanbang has 2 leaders on 2016-11-29: memberships [ms-01, ms-04]")
                        .related(Subject.of(MembershipId.of("ms-01")), Subject.of(MembershipId.of("ms-04"))),
                breaking("no deputy", n -> n.membership(2, m -> plain(2)))
                        .reports(
                                PATROL_WITHOUT_DEPUTY,
                                Severity.WARNING,
                                PATROL,
                                AS_OF,
                                "patrol tanbang has no deputy among its active members on 2016-11-29"),
                breaking("no secretary", n -> n.membership(3, m -> plain(3)))
                        .reports(
                                PATROL_WITHOUT_SECRETARY,
                                Severity.WARNING,
                                PATROL,
                                AS_OF,
                                "patrol tanbang has no secretary among its active members on 2016-11-29"),
                breaking(
                                "a leader's term a day too long",
                                n -> n.membership(
                                        1,
                                        m -> plain(1).withRole(
                                                        Role.LEADER,
                                                        DateRange.of(
                                                                LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 2)))))
                        .reports(
                                OFFICER_TERM_TOO_LONG,
                                Severity.WARNING,
                                Subject.of(MembershipId.of("ms-01")),
                                LocalDate.of(2015, 1, 1),
                                "membership ms-01 holds LEADER for the term [2015-01-01..2018-01-02), longer than the"
                                        + " term of 3 years")
                        .related(Subject.of(member(1)), PATROL),
                breaking(
                                "a leader's open term past three years",
                                n -> n.membership(
                                        1,
                                        m -> plain(1).withRole(
                                                        Role.LEADER, DateRange.startingOn(LocalDate.of(2013, 1, 1)))))
                        .reports(
                                OFFICER_TERM_TOO_LONG,
                                Severity.WARNING,
                                Subject.of(MembershipId.of("ms-01")),
                                LocalDate.of(2013, 1, 1),
                                "membership ms-01 holds LEADER for an open term from 2013-01-01 (still running on"
                                        + " 2016-11-29), longer than the term of 3 years")
                        .related(Subject.of(member(1)), PATROL),
                breaking("a federation president's four-year term", n -> n.officers.set(0, president(term(2015, 2019))))
                        .reports(
                                OFFICER_TERM_TOO_LONG,
                                Severity.WARNING,
                                Subject.of(member(1)),
                                LocalDate.of(2015, 1, 1),
                                "member m-01 holds PRESIDENT of federation seo-gu for the term"
                                        + " [2015-01-01..2019-01-01), longer than the term of 3 years")
                        .related(Subject.of(SEO_GU_FEDERATION)),
                breaking(
                                "a leader's third term in a row",
                                n -> n.membership(
                                        1,
                                        m -> plain(1).withRole(
                                                        Role.LEADER,
                                                        DateRange.of(
                                                                LocalDate.of(2010, 3, 1), LocalDate.of(2013, 3, 1)))
                                                .withRole(
                                                        Role.LEADER,
                                                        DateRange.of(
                                                                LocalDate.of(2013, 3, 1), LocalDate.of(2016, 3, 1)))
                                                .withRole(
                                                        Role.LEADER,
                                                        DateRange.of(
                                                                LocalDate.of(2016, 3, 1), LocalDate.of(2019, 3, 1)))))
                        .reports(
                                OFFICER_RENEWED_TOO_OFTEN,
                                Severity.WARNING,
                                Subject.of(MembershipId.of("ms-01")),
                                LocalDate.of(2016, 3, 1),
                                "membership ms-01 holds LEADER for 3 consecutive terms from 2016-03-01; a term may be"
                                        + " renewed once")
                        .related(Subject.of(member(1)), PATROL)
                        .also(NOMINATED_TERM_OUTLASTS_LEADER),
                breaking("a federation president's third term in a row", n -> {
                            n.officers.add(president(term(2009, 2012)));
                            n.officers.add(president(term(2012, 2015)));
                        })
                        .reports(
                                OFFICER_RENEWED_TOO_OFTEN,
                                Severity.WARNING,
                                Subject.of(member(1)),
                                LocalDate.of(2015, 1, 1),
                                "member m-01 holds PRESIDENT of federation seo-gu for 3 consecutive terms from"
                                        + " 2015-01-01; a term may be renewed once")
                        .related(Subject.of(SEO_GU_FEDERATION)),
                breaking(
                                "a deputy's term outlasts the leader's",
                                n -> n.membership(
                                        2,
                                        m -> plain(2).withRole(
                                                        Role.DEPUTY,
                                                        DateRange.of(
                                                                LocalDate.of(2016, 1, 1), LocalDate.of(2018, 6, 1)))))
                        .reports(
                                NOMINATED_TERM_OUTLASTS_LEADER,
                                Severity.WARNING,
                                Subject.of(MembershipId.of("ms-02")),
                                LocalDate.of(2016, 1, 1),
                                "membership ms-02's DEPUTY term [2016-01-01..2018-06-01) outlasts the term"
                                        + " [2015-01-01..2018-01-01) of the leader who nominated it (membership ms-01)")
                        .related(Subject.of(MembershipId.of("ms-01")), PATROL),
                // Members
                breaking(
                                "appointed a day before turning 19",
                                n -> n.member(10, m -> m.birthDate(LocalDate.of(1991, 3, 2))))
                        .reports(
                                MEMBER_UNDER_MINIMUM_AGE,
                                Severity.ERROR,
                                Subject.of(member(10)),
                                SmallNetwork.APPOINTED,
                                "member m-10 was appointed to patrol tanbang on 2010-03-01 under the minimum age of 19")
                        .related(Subject.of(MembershipId.of("ms-10")), PATROL),
                breaking(
                                "appointed within five years of a prison sentence",
                                n -> n.member(
                                        10,
                                        m -> m.addDisqualification(
                                                disqualified(DisqualificationKind.PRISON_SENTENCE, term(2004, 2006)))))
                        .reports(
                                MEMBER_DISQUALIFIED_AT_APPOINTMENT,
                                Severity.ERROR,
                                Subject.of(member(10)),
                                SmallNetwork.APPOINTED,
                                "member m-10 was appointed to patrol tanbang on 2010-03-01 while disqualified")
                        .related(Subject.of(MembershipId.of("ms-10")), PATROL),
                breaking(
                                "appointed within ten years of a sexual-offence sentence",
                                n -> n.member(
                                        10,
                                        m -> m.addDisqualification(disqualified(
                                                DisqualificationKind.SEXUAL_OFFENCE_SENTENCE,
                                                DateRange.ofClosed(
                                                        LocalDate.of(2001, 5, 1), LocalDate.of(2001, 5, 1))))))
                        .reports(
                                MEMBER_DISQUALIFIED_AT_APPOINTMENT,
                                Severity.ERROR,
                                Subject.of(member(10)),
                                SmallNetwork.APPOINTED,
                                "member m-10 was appointed to patrol tanbang on 2010-03-01 while disqualified")
                        .related(Subject.of(MembershipId.of("ms-10")), PATROL),
                breaking(
                                "a suspended sentence in force",
                                n -> n.member(
                                        10,
                                        m -> m.addDisqualification(disqualified(
                                                DisqualificationKind.SUSPENDED_SENTENCE, term(2016, 2018)))))
                        .reports(
                                MEMBER_DISQUALIFIED_NOT_DISMISSED,
                                Severity.ERROR,
                                Subject.of(member(10)),
                                AS_OF,
                                "member m-10 is still appointed to patrol tanbang on 2016-11-29 although disqualified"
                                        + " while appointed; dismissal is mandatory")
                        .related(Subject.of(MembershipId.of("ms-10")), PATROL),
                breaking(
                                "Act Art. 6(2): a suspended pronouncement during the membership, over since",
                                n -> n.member(
                                        10,
                                        m -> m.addDisqualification(disqualified(
                                                DisqualificationKind.SUSPENDED_PRONOUNCEMENT, term(2013, 2015)))))
                        .reports(
                                MEMBER_DISQUALIFIED_NOT_DISMISSED,
                                Severity.ERROR,
                                Subject.of(member(10)),
                                AS_OF,
                                "member m-10 is still appointed to patrol tanbang on 2016-11-29 although disqualified"
                                        + " while appointed; dismissal is mandatory")
                        .related(Subject.of(MembershipId.of("ms-10")), PATROL),
                breaking(
                                "Act Art. 5(1)(3): appointed during a suspended pronouncement",
                                n -> n.member(
                                        10,
                                        m -> m.addDisqualification(disqualified(
                                                DisqualificationKind.SUSPENDED_PRONOUNCEMENT,
                                                DateRange.of(LocalDate.of(2009, 6, 1), LocalDate.of(2011, 6, 1))))))
                        .reports(
                                MEMBER_DISQUALIFIED_AT_APPOINTMENT,
                                Severity.ERROR,
                                Subject.of(member(10)),
                                SmallNetwork.APPOINTED,
                                "member m-10 was appointed to patrol tanbang on 2010-03-01 while disqualified")
                        .related(Subject.of(MembershipId.of("ms-10")), PATROL),
                breaking(
                                "an adult ward appointed and not dismissed",
                                n -> n.member(
                                        10,
                                        m -> m.addDisqualification(disqualified(
                                                DisqualificationKind.ADULT_WARDSHIP,
                                                DateRange.startingOn(LocalDate.of(2009, 1, 1))))))
                        .reports(
                                MEMBER_DISQUALIFIED_NOT_DISMISSED,
                                Severity.ERROR,
                                Subject.of(member(10)),
                                AS_OF,
                                "member m-10 is still appointed to patrol tanbang on 2016-11-29 although disqualified"
                                        + " while appointed; dismissal is mandatory")
                        .related(Subject.of(MembershipId.of("ms-10")), PATROL)
                        .also(MEMBER_DISQUALIFIED_AT_APPOINTMENT),
                breaking(
                                "a second membership at the same time",
                                n -> n.memberships.add(
                                        Fixtures.anAppointment("ms-10-b", "m-10", "tanbang", LocalDate.of(2015, 1, 1))))
                        .reports(
                                MEMBER_IN_OVERLAPPING_MEMBERSHIPS,
                                Severity.ERROR,
                                Subject.of(member(10)),
                                LocalDate.of(2015, 1, 1),
                                "member m-10 holds membership ms-10 in patrol tanbang and membership ms-10-b in patrol"
                                        + " tanbang at the same time from 2015-01-01")
                        .related(Subject.of(MembershipId.of("ms-10")), Subject.of(MembershipId.of("ms-10-b"))),
                breaking("a member living in another gu", n -> {
                            n.districts.add(Fixtures.yuseongGu());
                            n.member(10, m -> m.residenceOrBusinessDistricts(List.of(DistrictId.of("3020000000"))));
                        })
                        .reports(
                                MEMBER_OUTSIDE_PATROL_MUNICIPALITY,
                                Severity.ERROR,
                                Subject.of(member(10)),
                                SmallNetwork.APPOINTED,
                                "member m-10 had no residence or business in the municipality of patrol tanbang"
                                        + " [3017000000] when appointed on 2010-03-01")
                        .related(Subject.of(MembershipId.of("ms-10")), PATROL),
                breaking("Rule Art. 4(1): a member who moved away on the day of appointment", n -> {
                            n.districts.add(Fixtures.yuseongGu());
                            n.member(
                                    10,
                                    m -> m.residenceOrBusinessDistricts(List.of())
                                            .addResidence(Residence.of(
                                                    SmallNetwork.TANBANG_DONG,
                                                    DateRange.of(LocalDate.of(2001, 1, 1), SmallNetwork.APPOINTED)))
                                            .addResidence(Residence.of(
                                                    DistrictId.of("3020000000"),
                                                    DateRange.startingOn(SmallNetwork.APPOINTED))));
                        })
                        .reports(
                                MEMBER_OUTSIDE_PATROL_MUNICIPALITY,
                                Severity.ERROR,
                                Subject.of(member(10)),
                                SmallNetwork.APPOINTED,
                                "member m-10 had no residence or business in the municipality of patrol tanbang"
                                        + " [3017000000] when appointed on 2010-03-01")
                        .related(Subject.of(MembershipId.of("ms-10")), PATROL),
                // Activities
                breaking("a member without membership in the attendance", n -> {
                            n.members.add(Fixtures.aMember("m-11", LocalDate.of(1970, 1, 1)));
                            n.activities.set(0, SmallNetwork.nightPatrol("a-1", NIGHT, 1, 2, 3, 4, 11));
                        })
                        .reports(
                                ATTENDEE_NOT_A_MEMBER,
                                Severity.ERROR,
                                Subject.of(org.civicpatrol.activity.ActivityId.of("a-1")),
                                NIGHT,
                                "activity a-1 on 2016-11-01 lists member m-11 (PRESENT), who is not an active member"
                                        + " of patrol tanbang on that date")
                        .related(Subject.of(member(11))),
                breaking(
                                "a member in two activities at once",
                                n -> n.activities.add(patrolAt("a-2", NIGHT.atTime(21, 0), Duration.ofHours(2), 1)))
                        .reports(
                                MEMBER_IN_OVERLAPPING_ACTIVITIES,
                                Severity.ERROR,
                                Subject.of(member(1)),
                                NIGHT,
                                "member m-01 is present in activities a-1 and a-2, which overlap on 2016-11-01")
                        .related(
                                Subject.of(org.civicpatrol.activity.ActivityId.of("a-1")),
                                Subject.of(org.civicpatrol.activity.ActivityId.of("a-2"))),
                breaking(
                                "a twelve-and-a-half-hour patrol",
                                n -> n.activities.set(
                                        0, patrolAt("a-1", NIGHT.atTime(20, 0), Duration.ofMinutes(750), 1)))
                        .reports(
                                ACTIVITY_TOO_LONG,
                                Severity.WARNING,
                                Subject.of(org.civicpatrol.activity.ActivityId.of("a-1")),
                                NIGHT,
                                "activity a-1 on 2016-11-01 lasts 12 h 30 min, longer than the plausible maximum of 12"
                                        + " h"),
                breaking(
                                "a police request without the police",
                                n -> n.activities.set(0, typed(ActivityType.POLICE_REQUEST, Optional.empty())))
                        .reports(
                                ACTIVITY_REQUESTER_MISSING,
                                Severity.ERROR,
                                Subject.of(org.civicpatrol.activity.ActivityId.of("a-1")),
                                NIGHT,
                                "activity a-1 on 2016-11-01 is a POLICE_REQUEST but names no requesting authority"),
                breaking(
                                "a police request from the gu office",
                                n -> n.activities.set(
                                        0, typed(ActivityType.POLICE_REQUEST, Optional.of(Fixtures.seoGuOffice()))))
                        .reports(
                                ACTIVITY_REQUESTER_MISMATCH,
                                Severity.WARNING,
                                Subject.of(org.civicpatrol.activity.ActivityId.of("a-1")),
                                NIGHT,
                                "activity a-1 on 2016-11-01 of type POLICE_REQUEST was requested by"
                                        + " MUNICIPAL_GOVERNMENT 대전광역시 서구, not by the police"),
                breaking(
                                "a local-government request from the police",
                                n -> n.activities.set(
                                        0,
                                        typed(
                                                ActivityType.LOCAL_GOVERNMENT_REQUEST,
                                                Optional.of(Fixtures.dunsanPolice()))))
                        .reports(
                                ACTIVITY_REQUESTER_MISMATCH,
                                Severity.WARNING,
                                Subject.of(org.civicpatrol.activity.ActivityId.of("a-1")),
                                NIGHT,
                                "activity a-1 on 2016-11-01 of type LOCAL_GOVERNMENT_REQUEST was requested by POLICE"
                                        + " 둔산경찰서, not by a local government"),
                breaking(
                                "an ordinary patrol with a requester",
                                n -> n.activities.set(
                                        0,
                                        typed(
                                                ActivityType.CRIME_PREVENTION_PATROL,
                                                Optional.of(Fixtures.dunsanPolice()))))
                        .reports(
                                ACTIVITY_REQUESTER_MISMATCH,
                                Severity.WARNING,
                                Subject.of(org.civicpatrol.activity.ActivityId.of("a-1")),
                                NIGHT,
                                "activity a-1 on 2016-11-01 of type CRIME_PREVENTION_PATROL names a requesting"
                                        + " authority, which only requested activities have"),
                breaking("three unexcused absences in a year", n -> absences(n, 5, 2016, 2016, 2016))
                        .reports(
                                MEMBER_UNEXCUSED_ABSENCES,
                                Severity.WARNING,
                                Subject.of(member(5)),
                                LocalDate.of(2016, 11, 4),
                                "member m-05 has 3 unexcused absences in 2016, the 3rd on 2016-11-04; 3 in a year are"
                                        + " a ground for discretionary dismissal"),
                // Training
                breaking(
                                "no basic training",
                                n -> n.training.removeIf(
                                        t -> t.member().equals(member(10)) && t.kind() == TrainingKind.BASIC))
                        .reports(
                                BASIC_TRAINING_INCOMPLETE,
                                Severity.WARNING,
                                Subject.of(member(10)),
                                LocalDate.of(2012, 3, 1),
                                "member m-10 completed 0 h of basic training in the 2 years after first appointment on"
                                        + " 2010-03-01, short of 12 h"),
                breaking("basic training a day late", n -> {
                            n.training.removeIf(t -> t.member().equals(member(10)) && t.kind() == TrainingKind.BASIC);
                            n.training.add(TrainingRecord.of(
                                    member(10), TrainingKind.BASIC, LocalDate.of(2012, 3, 1), Duration.ofHours(12)));
                        })
                        .reports(
                                BASIC_TRAINING_INCOMPLETE,
                                Severity.WARNING,
                                Subject.of(member(10)),
                                LocalDate.of(2012, 3, 1),
                                "member m-10 completed 0 h of basic training in the 2 years after first appointment on"
                                        + " 2010-03-01, short of 12 h"),
                breaking("nine hours of in-service training", n -> {
                            n.training.removeIf(
                                    t -> t.member().equals(member(10)) && t.kind() == TrainingKind.IN_SERVICE);
                            n.training.add(TrainingRecord.of(
                                    member(10),
                                    TrainingKind.IN_SERVICE,
                                    LocalDate.of(2015, 3, 1),
                                    Duration.ofHours(9)));
                        })
                        .reports(
                                IN_SERVICE_TRAINING_INCOMPLETE,
                                Severity.WARNING,
                                Subject.of(member(10)),
                                LocalDate.of(2015, 12, 31),
                                "member m-10 completed 9 h of in-service training in 2015, short of 12 h"),
                // Equipment
                breaking("a red light", n -> n.vehicles.set(0, vehicle(WarningLight.of(LightColour.RED, 1_000))))
                        .reports(
                                WARNING_LIGHT_COLOUR_NOT_ALLOWED,
                                Severity.ERROR,
                                Subject.of(n0Vehicle()),
                                AS_OF,
                                "vehicle v-1 of patrol tanbang has a RED warning light; allowed: [BLUE]")
                        .related(PATROL),
                breaking(
                                "a light of 2,500.5 cd",
                                n -> n.vehicles.set(0, vehicle(WarningLight.of(LightColour.BLUE, 2_500.5))))
                        .reports(
                                WARNING_LIGHT_INTENSITY_OUT_OF_RANGE,
                                Severity.ERROR,
                                Subject.of(n0Vehicle()),
                                AS_OF,
                                "vehicle v-1 of patrol tanbang has a warning light of 2500.5 cd, outside 135 cd to 2500"
                                        + " cd")
                        .related(PATROL),
                breaking("a light of 134 cd", n -> n.vehicles.set(0, vehicle(WarningLight.of(LightColour.BLUE, 134))))
                        .reports(
                                WARNING_LIGHT_INTENSITY_OUT_OF_RANGE,
                                Severity.ERROR,
                                Subject.of(n0Vehicle()),
                                AS_OF,
                                "vehicle v-1 of patrol tanbang has a warning light of 134 cd, outside 135 cd to 2500 cd")
                        .related(PATROL),
                breaking(
                                "stun guns issued to a member",
                                n -> n.equipment.add(new EquipmentIssue.Builder()
                                        .patrol(TANBANG)
                                        .member(member(1))
                                        .kind(EquipmentKind.STUN_GUN)
                                        .quantity(2)
                                        .issuedOn(LocalDate.of(2016, 2, 1))
                                        .build()))
                        .reports(
                                EQUIPMENT_NOT_ALLOWED,
                                Severity.ERROR,
                                PATROL,
                                LocalDate.of(2016, 2, 1),
                                "patrol tanbang was issued 2 STUN_GUN on 2016-02-01, which is not allowed equipment")
                        .related(Subject.of(member(1))),
                // Funding
                breaking("an award to a patrol", n -> n.grant(g -> g.category(GrantCategory.AWARDS)))
                        .reports(
                                GRANT_CATEGORY_NOT_ELIGIBLE,
                                Severity.INFO,
                                Subject.of(GRANT),
                                LocalDate.of(2016, 3, 15),
                                "grant g-1 to patrol tanbang is for AWARDS, which is not on the list of a PATROL (a"
                                        + " funder may still deem it necessary)")
                        .related(PATROL),
                breaking(
                                "uniforms for a district federation",
                                n -> n.grant(g -> g.recipient(Recipient.of(SEO_GU_FEDERATION))
                                        .funder(Fixtures.seoGuOffice())
                                        .category(GrantCategory.UNIFORMS_AND_EQUIPMENT)))
                        .reports(
                                GRANT_CATEGORY_NOT_ELIGIBLE,
                                Severity.INFO,
                                Subject.of(GRANT),
                                LocalDate.of(2016, 3, 15),
                                "grant g-1 to federation seo-gu is for UNIFORMS_AND_EQUIPMENT, which is not on the"
                                        + " list of a DISTRICT_FEDERATION (a funder may still deem it necessary)")
                        .related(Subject.of(SEO_GU_FEDERATION)),
                breaking(
                                "Decree Art. 4: a gu funds the provincial federation",
                                n -> n.grant(g -> g.recipient(Recipient.of(SmallNetwork.DAEJEON_FEDERATION))
                                        .funder(Fixtures.seoGuOffice())))
                        .reports(
                                GRANT_FUNDER_NOT_ALLOWED,
                                Severity.WARNING,
                                Subject.of(GRANT),
                                LocalDate.of(2016, 3, 15),
                                "grant g-1 to federation daejeon is funded by MUNICIPAL_GOVERNMENT 대전광역시 서구, which"
                                        + " may not fund a PROVINCIAL_FEDERATION")
                        .related(Subject.of(SmallNetwork.DAEJEON_FEDERATION)),
                breaking("Decree Art. 2: a neighbouring gu funds the patrol", n -> {
                            n.districts.add(Fixtures.yuseongGu());
                            n.grant(g -> g.funder(Authority.government(
                                    AuthorityKind.MUNICIPAL_GOVERNMENT, "대전광역시 유성구", DistrictId.of("3020000000"))));
                        })
                        .reports(
                                GRANT_FUNDER_NOT_ALLOWED,
                                Severity.WARNING,
                                Subject.of(GRANT),
                                LocalDate.of(2016, 3, 15),
                                "grant g-1 to patrol tanbang is funded by MUNICIPAL_GOVERNMENT 대전광역시 유성구, whose"
                                        + " territory 3020000000 does not contain the recipient's district 3017055500")
                        .related(PATROL),
                breaking(
                                "Decree Art. 2: a police station funds the patrol",
                                n -> n.grant(g -> g.funder(Fixtures.dunsanPolice())))
                        .reports(
                                GRANT_FUNDER_NOT_ALLOWED,
                                Severity.WARNING,
                                Subject.of(GRANT),
                                LocalDate.of(2016, 3, 15),
                                "grant g-1 to patrol tanbang is funded by POLICE 둔산경찰서, a STATION, which may not"
                                        + " fund; funders among the police are [NATIONAL_AGENCY]")
                        .related(PATROL),
                breaking(
                                "spending beyond the grant",
                                n -> n.expenditures.add(Expenditure.of(
                                        GRANT,
                                        LocalDate.of(2016, 6, 1),
                                        won(1_500_000),
                                        GrantCategory.POSTS_AND_OFFICES)))
                        .reports(
                                EXPENDITURE_EXCEEDS_GRANT,
                                Severity.ERROR,
                                Subject.of(GRANT),
                                LocalDate.of(2016, 6, 1),
                                "grant g-1 of KRW 5,000,000 has KRW 5,500,000 of expenditures, more than awarded, from"
                                        + " 2016-06-01")
                        .related(PATROL),
                breaking(
                                "Act Art. 14: spending against a cancelled grant",
                                n -> n.grant(g -> g.status(GrantStatus.CANCELLED)))
                        .reports(
                                EXPENDITURE_ON_CANCELLED_GRANT,
                                Severity.ERROR,
                                Subject.of(GRANT),
                                LocalDate.of(2016, 5, 1),
                                "grant g-1 to patrol tanbang is cancelled, but KRW 4,000,000 was spent against it on"
                                        + " 2016-05-01")
                        .related(PATROL),
                breaking(
                                "spending in the year before",
                                n -> n.expenditures.set(
                                        0,
                                        Expenditure.of(
                                                GRANT,
                                                LocalDate.of(2015, 12, 20),
                                                won(4_000_000),
                                                GrantCategory.POSTS_AND_OFFICES)))
                        .reports(
                                EXPENDITURE_OUTSIDE_FISCAL_YEAR,
                                Severity.WARNING,
                                Subject.of(GRANT),
                                LocalDate.of(2015, 12, 20),
                                "grant g-1 has an expenditure of KRW 4,000,000 on 2015-12-20, outside its fiscal year"
                                        + " 2016")
                        .related(PATROL),
                breaking(
                                "an expenditure in dollars",
                                n -> n.expenditures.set(
                                        0,
                                        Expenditure.of(
                                                GRANT,
                                                LocalDate.of(2016, 5, 1),
                                                org.joda.money.Money.of(org.joda.money.CurrencyUnit.USD, 40),
                                                GrantCategory.POSTS_AND_OFFICES)))
                        .reports(
                                GRANT_CURRENCY_MIXED,
                                Severity.ERROR,
                                Subject.of(GRANT),
                                LocalDate.of(2016, 5, 1),
                                "grant g-1 in KRW has an expenditure of USD 40.00 on 2016-05-01 in another currency")
                        .related(PATROL),
                breaking(
                                "a refund in dollars",
                                n -> n.refunds.set(
                                        0,
                                        Refund.of(
                                                GRANT,
                                                LocalDate.of(2016, 11, 20),
                                                org.joda.money.Money.of(org.joda.money.CurrencyUnit.USD, 10),
                                                RefundReason.UNSPENT)))
                        .reports(
                                GRANT_CURRENCY_MIXED,
                                Severity.ERROR,
                                Subject.of(GRANT),
                                LocalDate.of(2016, 11, 20),
                                "grant g-1 in KRW has a refund of USD 10.00 on 2016-11-20 in another currency")
                        .related(PATROL),
                // Federations
                breaking(
                                "Rule Art. 18: two district federations of Seo-gu in 2016",
                                n -> n.federations.add(secondSeoGuFederation()))
                        .reports(
                                FEDERATION_SEVERAL_IN_TERRITORY,
                                Severity.WARNING,
                                Subject.of(FederationId.of("seo-gu-2")),
                                AS_OF,
                                "federations seo-gu and seo-gu-2 are both DISTRICT federations of territory 3017000000"
                                        + " on 2016-11-29; before 2026-02-15 one federation per territory and tier is"
                                        + " the principle")
                        .related(Subject.of(SEO_GU_FEDERATION), Subject.of(SEO_GU)),
                breaking(
                                "Act Art. 12: two existing district federations of Seo-gu with one station, once the"
                                        + " six months are over",
                                n -> n.federations.add(secondSeoGuFederation()))
                        .asOf(CONFORMED)
                        .reports(
                                FEDERATION_DUPLICATE_IN_TERRITORY,
                                Severity.ERROR,
                                Subject.of(FederationId.of("seo-gu-2")),
                                CONFORMED,
                                "federations seo-gu and seo-gu-2 are both DISTRICT federations of territory 3017000000"
                                        + " on 2026-08-15; several are allowed only where 2 or more police stations"
                                        + " serve the territory, and it has 1")
                        .related(Subject.of(SEO_GU_FEDERATION), Subject.of(SEO_GU)),
                breaking(
                                "Act Art. 12: a district federation founded after the amendment, with one station",
                                n -> n.federations.add(new Federation.Builder()
                                        .from(secondSeoGuFederation())
                                        .foundedOn(LocalDate.of(2026, 2, 20))
                                        .build()))
                        .asOf(AMENDED_ACT)
                        .reports(
                                FEDERATION_DUPLICATE_IN_TERRITORY,
                                Severity.ERROR,
                                Subject.of(FederationId.of("seo-gu-2")),
                                AMENDED_ACT,
                                "federations seo-gu and seo-gu-2 are both DISTRICT federations of territory 3017000000"
                                        + " on 2026-03-01; several are allowed only where 2 or more police stations"
                                        + " serve the territory, and it has 1")
                        .related(Subject.of(SEO_GU_FEDERATION), Subject.of(SEO_GU)),
                breaking(
                                "Act Art. 12: two district federations of Seo-gu whose patrols report to two boxes of"
                                        + " one station",
                                n -> {
                                    n.federations.add(secondSeoGuFederation());
                                    boxesUnder(n, "dunsan", "dunsan");
                                })
                        .asOf(CONFORMED)
                        .reports(
                                FEDERATION_DUPLICATE_IN_TERRITORY,
                                Severity.ERROR,
                                Subject.of(FederationId.of("seo-gu-2")),
                                CONFORMED,
                                "federations seo-gu and seo-gu-2 are both DISTRICT federations of territory 3017000000"
                                        + " on 2026-08-15; several are allowed only where 2 or more police stations"
                                        + " serve the territory, and it has 1")
                        .related(Subject.of(SEO_GU_FEDERATION), Subject.of(SEO_GU)),
                breaking("Act Art. 12: the second station's only patrol is dissolved", n -> {
                            n.federations.add(secondSeoGuFederation());
                            secondStation(n);
                            n.patrols.set(
                                    n.patrols.size() - 1,
                                    n.patrols.get(n.patrols.size() - 1).dissolvedOn(LocalDate.of(2026, 8, 1)));
                        })
                        .asOf(CONFORMED)
                        .reports(
                                FEDERATION_DUPLICATE_IN_TERRITORY,
                                Severity.ERROR,
                                Subject.of(FederationId.of("seo-gu-2")),
                                CONFORMED,
                                "federations seo-gu and seo-gu-2 are both DISTRICT federations of territory 3017000000"
                                        + " on 2026-08-15; several are allowed only where 2 or more police stations"
                                        + " serve the territory, and it has 1")
                        .related(Subject.of(SEO_GU_FEDERATION), Subject.of(SEO_GU)),
                breaking(
                                "Act Art. 12: two provincial federations of Daejeon with one provincial agency",
                                n -> n.federations.add(new Federation.Builder()
                                        .id(FederationId.of("daejeon-2"))
                                        .name("대전광역시 제2 자율방범연합회")
                                        .tier(FederationTier.PROVINCIAL)
                                        .territory(SmallNetwork.DAEJEON)
                                        .foundedOn(LocalDate.of(2026, 3, 1))
                                        .build()))
                        .asOf(CONFORMED)
                        .reports(
                                FEDERATION_DUPLICATE_IN_TERRITORY,
                                Severity.ERROR,
                                Subject.of(FederationId.of("daejeon-2")),
                                CONFORMED,
                                "federations daejeon and daejeon-2 are both PROVINCIAL federations of territory"
                                        + " 3000000000 on 2026-08-15; several are allowed only where 2 or more"
                                        + " provincial police agencies serve the territory, and it has 1")
                        .related(Subject.of(SmallNetwork.DAEJEON_FEDERATION), Subject.of(SmallNetwork.DAEJEON)),
                breaking("Act Art. 12: two national bodies", n -> {
                            for (String id : List.of("kr-1", "kr-2")) {
                                n.federations.add(new Federation.Builder()
                                        .id(FederationId.of(id))
                                        .name("자율방범중앙회 " + id)
                                        .tier(FederationTier.NATIONAL)
                                        .territory(SmallNetwork.DAEJEON)
                                        .foundedOn(LocalDate.of(2026, 3, 1))
                                        .build());
                            }
                        })
                        .asOf(CONFORMED)
                        .reports(
                                FEDERATION_DUPLICATE_IN_TERRITORY,
                                Severity.ERROR,
                                Subject.of(FederationId.of("kr-2")),
                                CONFORMED,
                                "federations kr-1 and kr-2 are both NATIONAL federations of territory 3000000000 on"
                                        + " 2026-08-15; there is never more than one national body")
                        .related(Subject.of(FederationId.of("kr-1")), Subject.of(SmallNetwork.DAEJEON)),
                breaking("two district federations where the policy never allows it", n -> {
                            n.federations.add(secondSeoGuFederation());
                            secondStation(n);
                        })
                        .asOf(AMENDED_ACT)
                        .under(new Policy.Builder()
                                .from(Policy.korea())
                                .severalFederationsAllowedFrom(Optional.empty())
                                .build())
                        .reports(
                                FEDERATION_DUPLICATE_IN_TERRITORY,
                                Severity.ERROR,
                                Subject.of(FederationId.of("seo-gu-2")),
                                AMENDED_ACT,
                                "federations seo-gu and seo-gu-2 are both DISTRICT federations of territory 3017000000"
                                        + " on 2026-03-01; only one is allowed")
                        .related(Subject.of(SEO_GU_FEDERATION), Subject.of(SEO_GU)));
    }

    private static Violation withoutConcerned(Violation v) {
        return new Violation.Builder()
                .from(v)
                .patrols(Set.of())
                .federations(Set.of())
                .facts(Optional.empty()) // the facts behind the message: KoreanMessagesTest
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheBreach(Case c) {
        SmallNetwork network = new SmallNetwork();
        c.breakIt.accept(network);

        ValidationReport report = Validator.of(c.policy, RuleSet.builtIn()).validate(network.registry(), c.asOf);

        // The patrols and federations a violation concerns are worked out alike for every rule,
        // and checked by FindingsAboutAPatrolTest; the table pins what each rule says.
        assertThat(report.filter(c.code).violations().stream()
                        .map(BuiltInRulesTest::withoutConcerned)
                        .toList())
                .hasSize(c.count)
                .contains(c.expected());
        if (!c.othersUnchecked) {
            Set<RuleCode> allowed = new LinkedHashSet<>(c.alsoReported);
            allowed.add(c.code);
            assertThat(report.countsByRule().keySet()).isSubsetOf(allowed);
        }
    }

    @Test
    void everyBuiltInRuleHasABreachingCase() {
        List<RuleCode> covered = cases().map(c -> c.code).distinct().toList();

        assertThat(covered)
                .containsExactlyInAnyOrderElementsOf(BuiltInRules.catalogue().stream()
                        .map(RuleDefinition::code)
                        .toList());
    }

    /** A change that stays within a rule: on its boundary, or outside its scope. */
    record Boundary(String name, RuleCode code, LocalDate asOf, Consumer<SmallNetwork> change) {
        @Override
        public String toString() {
            return code + ": " + name;
        }
    }

    static Stream<Boundary> boundaries() {
        return Stream.of(
                new Boundary(
                        "appointed on the 19th birthday",
                        MEMBER_UNDER_MINIMUM_AGE,
                        AS_OF,
                        n -> n.member(10, m -> m.birthDate(LocalDate.of(1991, 3, 1)))),
                new Boundary(
                        "appointed five years after a prison sentence ended",
                        MEMBER_DISQUALIFIED_AT_APPOINTMENT,
                        AS_OF,
                        n -> n.member(
                                10,
                                m -> m.addDisqualification(disqualified(
                                        DisqualificationKind.PRISON_SENTENCE,
                                        DateRange.of(LocalDate.of(2003, 1, 1), LocalDate.of(2005, 3, 1)))))),
                new Boundary(
                        "Act Art. 5(1)(3): a suspended pronouncement that ended the day before appointment",
                        MEMBER_DISQUALIFIED_AT_APPOINTMENT,
                        AS_OF,
                        n -> n.member(
                                10,
                                m -> m.addDisqualification(disqualified(
                                        DisqualificationKind.SUSPENDED_PRONOUNCEMENT,
                                        DateRange.of(LocalDate.of(2008, 3, 1), SmallNetwork.APPOINTED))))),
                new Boundary(
                        "a suspended sentence that ended before appointment",
                        MEMBER_DISQUALIFIED_NOT_DISMISSED,
                        AS_OF,
                        n -> n.member(
                                10,
                                m -> m.addDisqualification(
                                        disqualified(DisqualificationKind.SUSPENDED_SENTENCE, term(2007, 2010))))),
                new Boundary("a disqualified member already dismissed", MEMBER_DISQUALIFIED_NOT_DISMISSED, AS_OF, n -> {
                    n.member(
                            10,
                            m -> m.addDisqualification(
                                    disqualified(DisqualificationKind.SUSPENDED_SENTENCE, term(2016, 2018))));
                    n.membership(
                            10,
                            m -> m.dismissedOn(
                                    LocalDate.of(2016, 2, 1), org.civicpatrol.member.SeparationReason.DISQUALIFIED));
                    n.memberships.add(Fixtures.anAppointment("ms-11", "m-11", "tanbang", LocalDate.of(2016, 3, 1)));
                    n.members.add(Fixtures.aMember("m-11", LocalDate.of(1970, 1, 1)));
                }),
                new Boundary(
                        "Rule Art. 4(1): a member who moved to another gu the day after appointment",
                        MEMBER_OUTSIDE_PATROL_MUNICIPALITY,
                        AS_OF,
                        n -> {
                            n.districts.add(Fixtures.yuseongGu());
                            n.member(
                                    10,
                                    m -> m.residenceOrBusinessDistricts(List.of())
                                            .addResidence(Residence.of(
                                                    SmallNetwork.TANBANG_DONG,
                                                    DateRange.of(
                                                            LocalDate.of(2001, 1, 1),
                                                            SmallNetwork.APPOINTED.plusDays(1))))
                                            .addResidence(Residence.of(
                                                    DistrictId.of("3020000000"),
                                                    DateRange.startingOn(SmallNetwork.APPOINTED.plusDays(1)))));
                        }),
                new Boundary(
                        "a member living in the gu rather than the dong",
                        MEMBER_OUTSIDE_PATROL_MUNICIPALITY,
                        AS_OF,
                        n -> n.member(10, m -> m.residenceOrBusinessDistricts(List.of(SEO_GU)))),
                new Boundary(
                        "a second membership after the first ended", MEMBER_IN_OVERLAPPING_MEMBERSHIPS, AS_OF, n -> {
                            n.membership(
                                    10,
                                    m -> m.resignedOn(
                                            LocalDate.of(2015, 1, 1),
                                            org.civicpatrol.member.SeparationReason.VOLUNTARY));
                            n.memberships.add(
                                    Fixtures.anAppointment("ms-10-b", "m-10", "tanbang", LocalDate.of(2015, 1, 1)));
                        }),
                new Boundary("a patrol of exactly ten", PATROL_BELOW_MINIMUM_COMPLEMENT, AS_OF, n -> {}),
                new Boundary(
                        "a leader re-elected once",
                        OFFICER_RENEWED_TOO_OFTEN,
                        AS_OF,
                        n -> n.membership(
                                1,
                                m -> plain(1).withRole(
                                                Role.LEADER,
                                                DateRange.of(LocalDate.of(2012, 1, 1), LocalDate.of(2015, 1, 1)))
                                        .withRole(Role.LEADER, OFFICER_TERM))),
                new Boundary(
                        "a deputy whose term ends with the leader's",
                        NOMINATED_TERM_OUTLASTS_LEADER,
                        AS_OF,
                        n -> n.membership(
                                2,
                                m -> plain(2).withRole(
                                                Role.DEPUTY,
                                                DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 1, 1))))),
                new Boundary(
                        "a second activity starting as the first ends",
                        MEMBER_IN_OVERLAPPING_ACTIVITIES,
                        AS_OF,
                        n -> n.activities.add(patrolAt("a-2", NIGHT.atTime(22, 0), Duration.ofHours(2), 1))),
                new Boundary(
                        "a twelve-hour patrol",
                        ACTIVITY_TOO_LONG,
                        AS_OF,
                        n -> n.activities.set(0, patrolAt("a-1", NIGHT.atTime(20, 0), Duration.ofHours(12), 1))),
                new Boundary(
                        "two unexcused absences in a year",
                        MEMBER_UNEXCUSED_ABSENCES,
                        AS_OF,
                        n -> absences(n, 5, 2016, 2016)),
                new Boundary(
                        "three unexcused absences over two years",
                        MEMBER_UNEXCUSED_ABSENCES,
                        AS_OF,
                        n -> absences(n, 5, 2015, 2015, 2016)),
                new Boundary("basic training on the last day of the period", BASIC_TRAINING_INCOMPLETE, AS_OF, n -> {
                    n.training.removeIf(t -> t.member().equals(member(10)) && t.kind() == TrainingKind.BASIC);
                    n.training.add(TrainingRecord.of(
                            member(10), TrainingKind.BASIC, LocalDate.of(2012, 2, 29), Duration.ofHours(12)));
                }),
                new Boundary(
                        "no in-service training yet in the year still running",
                        IN_SERVICE_TRAINING_INCOMPLETE,
                        AS_OF,
                        n -> n.training.removeIf(t -> t.date().getYear() == 2016)),
                new Boundary(
                        "a light of exactly 135 cd",
                        WARNING_LIGHT_INTENSITY_OUT_OF_RANGE,
                        AS_OF,
                        n -> n.vehicles.set(0, vehicle(WarningLight.of(LightColour.BLUE, 135)))),
                new Boundary(
                        "a light of exactly 2,500 cd",
                        WARNING_LIGHT_INTENSITY_OUT_OF_RANGE,
                        AS_OF,
                        n -> n.vehicles.set(0, vehicle(WarningLight.of(LightColour.BLUE, 2_500)))),
                new Boundary(
                        "a red light on a vehicle out of service",
                        WARNING_LIGHT_COLOUR_NOT_ALLOWED,
                        AS_OF,
                        n -> n.vehicles.set(
                                0,
                                new Vehicle.Builder()
                                        .from(vehicle(WarningLight.of(LightColour.RED, 1_000)))
                                        .inService(term(2010, 2015))
                                        .build())),
                new Boundary(
                        "spending exactly the grant",
                        EXPENDITURE_EXCEEDS_GRANT,
                        AS_OF,
                        n -> n.expenditures.add(Expenditure.of(
                                GRANT, LocalDate.of(2016, 6, 1), won(1_000_000), GrantCategory.POSTS_AND_OFFICES))),
                new Boundary(
                        "Act Art. 6(1): a member appointed on the day the patrol is registered",
                        MEMBERSHIP_OUTSIDE_PATROL_LIFE,
                        AS_OF,
                        n -> n.membership(
                                10, m -> Fixtures.anAppointment("ms-10", "m-10", "tanbang", LocalDate.of(2000, 1, 1)))),
                new Boundary(
                        "Act Art. 4: a grant awarded on the day the patrol is registered",
                        GRANT_OUTSIDE_RECIPIENT_LIFE,
                        AS_OF,
                        n -> n.grant(g -> g.awardedOn(LocalDate.of(2000, 1, 1)))),
                new Boundary(
                        "Act Art. 16: a group not yet registered whose name avoids the protected term",
                        PROTECTED_NAME_USED_BEFORE_REGISTRATION,
                        AS_OF,
                        n -> n.patrol(p -> p.registeredOn(Optional.empty()).name("탄방동 방범모임"))),
                new Boundary(
                        "Rule Art. 2: a group not yet registered whose name is not in the official pattern",
                        PATROL_NAME_NOT_STANDARD,
                        AS_OF,
                        n -> n.patrol(p -> p.registeredOn(Optional.empty()).name("Tanbang Patrol"))),
                new Boundary(
                        "Act Art. 14: a cancelled grant nothing was spent against",
                        EXPENDITURE_ON_CANCELLED_GRANT,
                        AS_OF,
                        n -> {
                            n.grant(g -> g.status(GrantStatus.CANCELLED));
                            n.expenditures.clear();
                        }),
                new Boundary(
                        "Decree Art. 3: the city co-funds a district federation of its territory",
                        GRANT_FUNDER_NOT_ALLOWED,
                        AS_OF,
                        n -> n.grant(g -> g.recipient(Recipient.of(SEO_GU_FEDERATION)))),
                new Boundary(
                        "Decree Art. 2: the national police agency co-funds a patrol",
                        GRANT_FUNDER_NOT_ALLOWED,
                        AS_OF,
                        n -> {
                            n.policeUnits.add(new PoliceUnit.Builder()
                                    .id(PoliceUnitId.of("knpa"))
                                    .name("경찰청")
                                    .kind(PoliceUnitKind.NATIONAL_AGENCY)
                                    .build());
                            n.grant(g -> g.funder(Authority.police("경찰청", PoliceUnitId.of("knpa"))));
                        }),
                new Boundary(
                        "the gu office funds its district federation",
                        GRANT_FUNDER_NOT_ALLOWED,
                        AS_OF,
                        n -> n.grant(g ->
                                g.recipient(Recipient.of(SEO_GU_FEDERATION)).funder(Fixtures.seoGuOffice()))),
                new Boundary(
                        "Act Art. 12: two existing district federations of Seo-gu with one station, on the last day"
                                + " of the six months",
                        FEDERATION_DUPLICATE_IN_TERRITORY,
                        CONFORMED.minusDays(1),
                        n -> n.federations.add(secondSeoGuFederation())),
                new Boundary(
                        "Rule Art. 18: two district federations of Seo-gu on the day of the amendment are no longer"
                                + " a principle's concern",
                        FEDERATION_SEVERAL_IN_TERRITORY,
                        LocalDate.of(2026, 2, 15),
                        n -> n.federations.add(secondSeoGuFederation())),
                new Boundary(
                        "Act Art. 12: the second station's patrol is dissolved the day after",
                        FEDERATION_DUPLICATE_IN_TERRITORY,
                        CONFORMED,
                        n -> {
                            n.federations.add(secondSeoGuFederation());
                            secondStation(n);
                            n.patrols.set(
                                    n.patrols.size() - 1,
                                    n.patrols.get(n.patrols.size() - 1).dissolvedOn(CONFORMED.plusDays(1)));
                        }),
                new Boundary(
                        "a second district federation of Seo-gu in 2026, its patrols reporting to boxes of two"
                                + " stations",
                        FEDERATION_DUPLICATE_IN_TERRITORY,
                        CONFORMED,
                        n -> {
                            n.federations.add(secondSeoGuFederation());
                            n.policeUnits.add(new PoliceUnit.Builder()
                                    .id(PoliceUnitId.of("seobu"))
                                    .name("서부경찰서")
                                    .kind(PoliceUnitKind.STATION)
                                    .parent(PoliceUnitId.of("daejeon-agency"))
                                    .build());
                            boxesUnder(n, "dunsan", "seobu");
                        }),
                new Boundary(
                        "a second district federation of Seo-gu in 2026, with two stations",
                        FEDERATION_DUPLICATE_IN_TERRITORY,
                        AMENDED_ACT,
                        n -> {
                            n.federations.add(secondSeoGuFederation());
                            secondStation(n);
                        }),
                new Boundary(
                        "a patrol's district valid from the patrol's formation",
                        PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY,
                        AS_OF,
                        n -> n.patrol(
                                p -> p.formedOn(LocalDate.of(1995, 1, 1)).registeredOn(LocalDate.of(1995, 1, 1)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaries")
    void doesNotReportWhatStaysWithinTheRule(Boundary b) {
        SmallNetwork network = new SmallNetwork();
        b.change().accept(network);

        ValidationReport report = Validator.korea().validate(network.registry(), b.asOf());

        assertThat(report.filter(b.code()).violations()).isEmpty();
    }

    // Helpers

    private static District district(String id, org.civicpatrol.geo.DistrictLevel level, String parent) {
        return new District.Builder()
                .id(DistrictId.of(id))
                .name("District " + id)
                .level(level)
                .parent(DistrictId.of(parent))
                .build();
    }

    private static void tanbangCode(SmallNetwork n, DistrictCode code) {
        replace(
                n.districts,
                d -> d.id().equals(TANBANG_DONG),
                d -> new District.Builder().from(d).code(code).build());
    }

    private static DateRange term(int fromYear, int toYear) {
        return DateRange.of(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 1, 1));
    }

    private static Membership plain(int i) {
        return Fixtures.anAppointment(
                SmallNetwork.membership(i), member(i).toString(), "tanbang", SmallNetwork.APPOINTED);
    }

    private static FederationOfficer president(DateRange term) {
        return new FederationOfficer.Builder()
                .member(member(1))
                .federation(SEO_GU_FEDERATION)
                .role(FederationRole.PRESIDENT)
                .term(term)
                .build();
    }

    private static Disqualification disqualified(DisqualificationKind kind, DateRange period) {
        return Disqualification.of(kind, period);
    }

    private static Activity patrolAt(String id, LocalDateTime start, Duration duration, int... present) {
        List<Attendance> attendance = new ArrayList<>();
        for (int i : present) {
            attendance.add(Attendance.present(member(i)));
        }
        return Fixtures.aNightPatrol(id, "tanbang", start, duration, attendance.toArray(new Attendance[0]));
    }

    private static Activity typed(ActivityType type, Optional<org.civicpatrol.geo.Authority> requester) {
        return new Activity.Builder()
                .from(SmallNetwork.nightPatrol("a-1", NIGHT, 1, 2, 3, 4))
                .type(type)
                .requestedBy(requester)
                .build();
    }

    /** Adds patrols in November of each year given, with member {@code absent} absent without excuse. */
    private static void absences(SmallNetwork n, int absent, int... years) {
        for (int i = 0; i < years.length; i++) {
            LocalDate date = LocalDate.of(years[i], 11, 2 + i);
            n.activities.add(new Activity.Builder()
                    .from(SmallNetwork.nightPatrol("a-absent-" + i, date, 1, 2, 3))
                    .addAttendance(Attendance.of(member(absent), AttendanceStatus.UNEXCUSED_ABSENCE))
                    .build());
        }
    }

    private static org.civicpatrol.equipment.VehicleId n0Vehicle() {
        return org.civicpatrol.equipment.VehicleId.of("v-1");
    }

    private static Vehicle vehicle(WarningLight light) {
        return new Vehicle.Builder()
                .id(n0Vehicle())
                .patrol(TANBANG)
                .warningLight(light)
                .build();
    }

    private static Federation secondSeoGuFederation() {
        return new Federation.Builder()
                .id(FederationId.of("seo-gu-2"))
                .name("서구 제2 자율방범연합대")
                .tier(FederationTier.DISTRICT)
                .territory(SEO_GU)
                .parent(SmallNetwork.DAEJEON_FEDERATION)
                .foundedOn(LocalDate.of(2016, 1, 1))
                .build();
    }

    /**
     * Puts Tanbang-dong's patrol under a box of {@code tanbangStation} and adds a Dunsan 2-dong
     * patrol under a box of {@code dunsan2Station}: the rule must walk up from each box to its
     * station.
     */
    private static void boxesUnder(SmallNetwork n, String tanbangStation, String dunsan2Station) {
        n.policeUnits.add(new PoliceUnit.Builder()
                .id(PoliceUnitId.of("tanbang-box"))
                .name("탄방지구대")
                .kind(PoliceUnitKind.BOX)
                .parent(PoliceUnitId.of(tanbangStation))
                .build());
        n.policeUnits.add(new PoliceUnit.Builder()
                .id(PoliceUnitId.of("dunsan-2-box"))
                .name("둔산2파출소")
                .kind(PoliceUnitKind.BOX)
                .parent(PoliceUnitId.of(dunsan2Station))
                .build());
        n.patrol(p -> p.policeUnit(PoliceUnitId.of("tanbang-box")));
        n.districts.add(Fixtures.dunsan2Dong());
        n.patrols.add(new Patrol.Builder()
                .from(Fixtures.dunsan2Patrol())
                .policeUnit(PoliceUnitId.of("dunsan-2-box"))
                .build());
    }

    /** Adds the Seobu station and a Dunsan 2-dong patrol under it: two stations serve Seo-gu. */
    private static void secondStation(SmallNetwork n) {
        n.policeUnits.add(new PoliceUnit.Builder()
                .id(PoliceUnitId.of("seobu"))
                .name("서부경찰서")
                .kind(PoliceUnitKind.STATION)
                .parent(PoliceUnitId.of("daejeon-agency"))
                .build());
        n.districts.add(Fixtures.dunsan2Dong());
        n.patrols.add(new Patrol.Builder()
                .from(Fixtures.dunsan2Patrol())
                .policeUnit(PoliceUnitId.of("seobu"))
                .build());
    }
}

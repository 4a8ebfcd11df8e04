package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The catalogue of the rules this library provides, and their codes.
 *
 * <p>Codes are public API and never renamed once released. The README carries the same
 * catalogue as a table; a test keeps the two in step. {@link RuleSet#builtIn()} runs every rule
 * here under the severities listed.
 */
public final class BuiltInRules {

    /** Every id an entity refers to names an entity the registry holds. */
    public static final RuleCode REFERENCE_UNRESOLVED = RuleCode.of("REFERENCE_UNRESOLVED");

    /** No district is its own ancestor. */
    public static final RuleCode DISTRICT_HIERARCHY_CYCLE = RuleCode.of("DISTRICT_HIERARCHY_CYCLE");

    /** A district's level is below its parent's level. */
    public static final RuleCode DISTRICT_LEVEL_NOT_BELOW_PARENT = RuleCode.of("DISTRICT_LEVEL_NOT_BELOW_PARENT");

    /** A district's official code is well formed, matches its level, is of its parent's code system and lies directly under its parent's code. */
    public static final RuleCode DISTRICT_CODE_INCONSISTENT = RuleCode.of("DISTRICT_CODE_INCONSISTENT");

    /** A district is valid only while its parent is. */
    public static final RuleCode DISTRICT_VALIDITY_OUTSIDE_PARENT = RuleCode.of("DISTRICT_VALIDITY_OUTSIDE_PARENT");

    /** A federation's parent is of the tier directly above, and its territory lies within the parent's. */
    public static final RuleCode FEDERATION_TIER_NOT_NESTED = RuleCode.of("FEDERATION_TIER_NOT_NESTED");

    /** A patrol belongs to a district federation whose territory contains its activity area. */
    public static final RuleCode PATROL_FEDERATION_MISMATCH = RuleCode.of("PATROL_FEDERATION_MISMATCH");

    /** A membership starts once its patrol is registered and ends by the patrol's dissolution. */
    public static final RuleCode MEMBERSHIP_OUTSIDE_PATROL_LIFE = RuleCode.of("MEMBERSHIP_OUTSIDE_PATROL_LIFE");

    /** Every patrol an activity involves is registered, and not dissolved, on the activity's date. */
    public static final RuleCode ACTIVITY_OUTSIDE_PATROL_REGISTRATION =
            RuleCode.of("ACTIVITY_OUTSIDE_PATROL_REGISTRATION");

    /** A grant is awarded while its recipient is a registered patrol, or a federation that exists. */
    public static final RuleCode GRANT_OUTSIDE_RECIPIENT_LIFE = RuleCode.of("GRANT_OUTSIDE_RECIPIENT_LIFE");

    /** A patrol's activity area consists of districts valid while it exists; a patrol survives re-coding, so it is relinked rather than dissolved. */
    public static final RuleCode PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY =
            RuleCode.of("PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY");

    /** A registered patrol's name follows the official pattern (Korea: a place name followed by 자율방범대). */
    public static final RuleCode PATROL_NAME_NOT_STANDARD = RuleCode.of("PATROL_NAME_NOT_STANDARD");

    /** A group that is not yet a registered patrol does not use the protected name (Korea: 자율방범대). */
    public static final RuleCode PROTECTED_NAME_USED_BEFORE_REGISTRATION =
            RuleCode.of("PROTECTED_NAME_USED_BEFORE_REGISTRATION");

    /** A registered patrol's roster is recorded; where it is not, the rules that need it do not judge the patrol. */
    public static final RuleCode PATROL_ROSTER_NOT_RECORDED = RuleCode.of("PATROL_ROSTER_NOT_RECORDED");

    /** A registered patrol has at least the minimum number of active members (without a recorded roster, of members it reported). */
    public static final RuleCode PATROL_BELOW_MINIMUM_COMPLEMENT = RuleCode.of("PATROL_BELOW_MINIMUM_COMPLEMENT");

    /** A registered patrol has no more active members (without a recorded roster, reported members) than the maximum, or than the larger complement the police approved for it. */
    public static final RuleCode PATROL_ABOVE_MAXIMUM_COMPLEMENT = RuleCode.of("PATROL_ABOVE_MAXIMUM_COMPLEMENT");

    /** A registered patrol whose roster is recorded has a leader among its active members. */
    public static final RuleCode PATROL_WITHOUT_LEADER = RuleCode.of("PATROL_WITHOUT_LEADER");

    /** A registered patrol whose roster is recorded has no more than one leader at a time. */
    public static final RuleCode PATROL_WITH_SEVERAL_LEADERS = RuleCode.of("PATROL_WITH_SEVERAL_LEADERS");

    /** A registered patrol whose roster is recorded has a deputy leader among its active members. */
    public static final RuleCode PATROL_WITHOUT_DEPUTY = RuleCode.of("PATROL_WITHOUT_DEPUTY");

    /** A registered patrol whose roster is recorded has a secretary among its active members. */
    public static final RuleCode PATROL_WITHOUT_SECRETARY = RuleCode.of("PATROL_WITHOUT_SECRETARY");

    /** No officer term of a patrol or a federation is longer than the policy term. */
    public static final RuleCode OFFICER_TERM_TOO_LONG = RuleCode.of("OFFICER_TERM_TOO_LONG");

    /** An officer serves no more consecutive terms in one office than the policy's renewals allow, counted across re-appointments to the same patrol. */
    public static final RuleCode OFFICER_RENEWED_TOO_OFTEN = RuleCode.of("OFFICER_RENEWED_TOO_OFTEN");

    /** A deputy's or secretary's term ends no later than the term of the leader who nominated them, or the leader's leaving office; a federation's secretary likewise with its president. */
    public static final RuleCode NOMINATED_TERM_OUTLASTS_LEADER = RuleCode.of("NOMINATED_TERM_OUTLASTS_LEADER");

    /** A member has reached the minimum age when appointed. */
    public static final RuleCode MEMBER_UNDER_MINIMUM_AGE = RuleCode.of("MEMBER_UNDER_MINIMUM_AGE");

    /** No member is appointed while a disqualification or its look-back window applies. */
    public static final RuleCode MEMBER_DISQUALIFIED_AT_APPOINTMENT = RuleCode.of("MEMBER_DISQUALIFIED_AT_APPOINTMENT");

    /** A member who became disqualified while appointed is no longer appointed, even once the disqualification is over. */
    public static final RuleCode MEMBER_DISQUALIFIED_NOT_DISMISSED = RuleCode.of("MEMBER_DISQUALIFIED_NOT_DISMISSED");

    /** A member is appointed to at most one patrol at a time. */
    public static final RuleCode MEMBER_IN_OVERLAPPING_MEMBERSHIPS = RuleCode.of("MEMBER_IN_OVERLAPPING_MEMBERSHIPS");

    /** At appointment a member lives or works in the patrol's municipality (the policy's residence level). */
    public static final RuleCode MEMBER_OUTSIDE_PATROL_MUNICIPALITY = RuleCode.of("MEMBER_OUTSIDE_PATROL_MUNICIPALITY");

    /** Everyone in an activity's attendance is an active member of a patrol involved, on that date; guests are listed apart. */
    public static final RuleCode ATTENDEE_NOT_A_MEMBER = RuleCode.of("ATTENDEE_NOT_A_MEMBER");

    /** No member is present in two activities that overlap in time. */
    public static final RuleCode MEMBER_IN_OVERLAPPING_ACTIVITIES = RuleCode.of("MEMBER_IN_OVERLAPPING_ACTIVITIES");

    /** No activity lasts longer than the policy's plausible maximum. */
    public static final RuleCode ACTIVITY_TOO_LONG = RuleCode.of("ACTIVITY_TOO_LONG");

    /** An activity requested by the police or a local government names the requesting authority. */
    public static final RuleCode ACTIVITY_REQUESTER_MISSING = RuleCode.of("ACTIVITY_REQUESTER_MISSING");

    /** A police request comes from the chief of a provincial police agency, station, division or box, a local-government request from a governor, mayor or county or gu head (and, from 2026-02-15, the head of an 읍·면·동), and other activities name no requester. */
    public static final RuleCode ACTIVITY_REQUESTER_MISMATCH = RuleCode.of("ACTIVITY_REQUESTER_MISMATCH");

    /** A member has fewer unexcused absences in a calendar year than the limit that allows discretionary dismissal. */
    public static final RuleCode MEMBER_UNEXCUSED_ABSENCES = RuleCode.of("MEMBER_UNEXCUSED_ABSENCES");

    /** An active member completed the basic training hours within the period after first appointment. */
    public static final RuleCode BASIC_TRAINING_INCOMPLETE = RuleCode.of("BASIC_TRAINING_INCOMPLETE");

    /** An active member past the basic period completed the in-service training hours in the last full calendar year. */
    public static final RuleCode IN_SERVICE_TRAINING_INCOMPLETE = RuleCode.of("IN_SERVICE_TRAINING_INCOMPLETE");

    /** A vehicle in service has a warning light of an allowed colour. */
    public static final RuleCode WARNING_LIGHT_COLOUR_NOT_ALLOWED = RuleCode.of("WARNING_LIGHT_COLOUR_NOT_ALLOWED");

    /** A vehicle in service has a warning light within the allowed candela range. */
    public static final RuleCode WARNING_LIGHT_INTENSITY_OUT_OF_RANGE =
            RuleCode.of("WARNING_LIGHT_INTENSITY_OUT_OF_RANGE");

    /** Only non-offensive equipment of the allowed kinds is issued. */
    public static final RuleCode EQUIPMENT_NOT_ALLOWED = RuleCode.of("EQUIPMENT_NOT_ALLOWED");

    /**
     * A grant's category is on the list of its recipient's tier. Every list of the Decree ends
     * with other costs the funder deems necessary, and the Act names training and awards, so a
     * category outside the list is a note (INFO), never a breach.
     */
    public static final RuleCode GRANT_CATEGORY_NOT_ELIGIBLE = RuleCode.of("GRANT_CATEGORY_NOT_ELIGIBLE");

    /** A grant's funder is of a kind that may fund its recipient's tier (among the police, only the national agency), and a government funder governs a territory that contains the recipient's. */
    public static final RuleCode GRANT_FUNDER_NOT_ALLOWED = RuleCode.of("GRANT_FUNDER_NOT_ALLOWED");

    /** The expenditures of a grant do not add up to more than its amount. */
    public static final RuleCode EXPENDITURE_EXCEEDS_GRANT = RuleCode.of("EXPENDITURE_EXCEEDS_GRANT");

    /** No money is spent against a cancelled grant, which awards nothing. */
    public static final RuleCode EXPENDITURE_ON_CANCELLED_GRANT = RuleCode.of("EXPENDITURE_ON_CANCELLED_GRANT");

    /** A grant's money is spent in its fiscal year. */
    public static final RuleCode EXPENDITURE_OUTSIDE_FISCAL_YEAR = RuleCode.of("EXPENDITURE_OUTSIDE_FISCAL_YEAR");

    /** A grant's expenditures and refunds are in the grant's currency. */
    public static final RuleCode GRANT_CURRENCY_MIXED = RuleCode.of("GRANT_CURRENCY_MIXED");

    /** From the amended Act (Korea: 2026-02-15), a territory has several federations of one tier only where the law allows it: provincial federations where two or more provincial police agencies serve the province, district federations where two or more police stations serve the municipality on the date, never two national bodies; existing federations had until 2026-08-15 to conform. */
    public static final RuleCode FEDERATION_DUPLICATE_IN_TERRITORY = RuleCode.of("FEDERATION_DUPLICATE_IN_TERRITORY");

    /** Before the amended Act, a territory has one federation per tier as a principle. */
    public static final RuleCode FEDERATION_SEVERAL_IN_TERRITORY = RuleCode.of("FEDERATION_SEVERAL_IN_TERRITORY");

    private static final ImmutableList<Rule> RULES = ImmutableList.of(
            rule(REFERENCE_UNRESOLVED, Severity.ERROR, RuleDefinition.GENERAL, ReferenceRules::referencesResolve),
            rule(
                    DISTRICT_HIERARCHY_CYCLE,
                    Severity.ERROR,
                    RuleDefinition.GENERAL,
                    DistrictRules::districtHierarchyIsAcyclic),
            rule(
                    DISTRICT_LEVEL_NOT_BELOW_PARENT,
                    Severity.ERROR,
                    RuleDefinition.GENERAL,
                    DistrictRules::districtLevelsDescend),
            rule(
                    DISTRICT_CODE_INCONSISTENT,
                    Severity.ERROR,
                    RuleDefinition.GENERAL,
                    DistrictRules::districtCodesAreConsistent),
            rule(
                    DISTRICT_VALIDITY_OUTSIDE_PARENT,
                    Severity.WARNING,
                    RuleDefinition.GENERAL,
                    DistrictRules::districtValidityIsInsideParent),
            rule(FEDERATION_TIER_NOT_NESTED, Severity.ERROR, "Act Art. 12", FederationRules::federationTiersNest),
            rule(
                    PATROL_FEDERATION_MISMATCH,
                    Severity.ERROR,
                    "Act Art. 12",
                    FederationRules::patrolsBelongToTheirDistrictFederation),
            rule(
                    MEMBERSHIP_OUTSIDE_PATROL_LIFE,
                    Severity.ERROR,
                    "Act Arts. 2, 6(1)",
                    LifecycleRules::membershipsFallWithinPatrolLife),
            rule(
                    ACTIVITY_OUTSIDE_PATROL_REGISTRATION,
                    Severity.ERROR,
                    "Act Art. 4",
                    LifecycleRules::activitiesFallWithinRegistration),
            rule(
                    GRANT_OUTSIDE_RECIPIENT_LIFE,
                    Severity.ERROR,
                    "Act Arts. 2, 4, 14",
                    LifecycleRules::grantsFallWithinRecipientLife),
            rule(
                    PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY,
                    Severity.INFO,
                    "Rule Art. 3(2)",
                    LifecycleRules::patrolAreasAreValidDistricts),
            rule(
                    PATROL_NAME_NOT_STANDARD,
                    Severity.WARNING,
                    "Rule Art. 2; Act Art. 16",
                    PatrolRules::patrolNamesFollowThePattern),
            rule(
                    PROTECTED_NAME_USED_BEFORE_REGISTRATION,
                    Severity.WARNING,
                    "Act Arts. 16, 19",
                    PatrolRules::onlyRegisteredPatrolsUseTheProtectedName),
            rule(PATROL_ROSTER_NOT_RECORDED, Severity.INFO, "Rule Art. 7(1)", PatrolRules::patrolRostersAreRecorded),
            rule(
                    PATROL_BELOW_MINIMUM_COMPLEMENT,
                    Severity.WARNING,
                    "Rule Art. 3(1)",
                    PatrolRules::patrolsHaveTheMinimumComplement),
            rule(
                    PATROL_ABOVE_MAXIMUM_COMPLEMENT,
                    Severity.WARNING,
                    "Rule Art. 3(1)",
                    PatrolRules::patrolsStayWithinTheMaximumComplement),
            rule(PATROL_WITHOUT_LEADER, Severity.ERROR, "Act Art. 3(2)", PatrolRules::patrolsHaveOneLeader),
            rule(
                    PATROL_WITH_SEVERAL_LEADERS,
                    Severity.ERROR,
                    "Act Art. 3(2)",
                    PatrolRules::patrolsHaveNoMoreThanOneLeader),
            rule(PATROL_WITHOUT_DEPUTY, Severity.WARNING, "Act Art. 3(2)", PatrolRules::patrolsHaveADeputy),
            rule(PATROL_WITHOUT_SECRETARY, Severity.WARNING, "Act Art. 3(2)", PatrolRules::patrolsHaveASecretary),
            rule(
                    OFFICER_TERM_TOO_LONG,
                    Severity.WARNING,
                    "Rule Arts. 5, 19",
                    PatrolRules::officerTermsAreNoLongerThanThePolicyTerm),
            rule(
                    OFFICER_RENEWED_TOO_OFTEN,
                    Severity.WARNING,
                    "Rule Arts. 5, 19",
                    PatrolRules::officerTermsAreRenewedAtMostAsOftenAsAllowed),
            rule(
                    NOMINATED_TERM_OUTLASTS_LEADER,
                    Severity.WARNING,
                    "Rule Arts. 5, 19",
                    PatrolRules::nominatedTermsEndWithTheLeaders),
            rule(MEMBER_UNDER_MINIMUM_AGE, Severity.ERROR, "Act Art. 5", MemberRules::membersAreOfAgeAtAppointment),
            rule(
                    MEMBER_DISQUALIFIED_AT_APPOINTMENT,
                    Severity.ERROR,
                    "Act Art. 5",
                    MemberRules::membersAreNotDisqualifiedAtAppointment),
            rule(
                    MEMBER_DISQUALIFIED_NOT_DISMISSED,
                    Severity.ERROR,
                    "Act Art. 6(2)",
                    MemberRules::disqualifiedMembersAreDismissed),
            rule(
                    MEMBER_IN_OVERLAPPING_MEMBERSHIPS,
                    Severity.ERROR,
                    "Rule Art. 4(2)",
                    MemberRules::membersHoldOneMembershipAtATime),
            rule(
                    MEMBER_OUTSIDE_PATROL_MUNICIPALITY,
                    Severity.ERROR,
                    "Rule Art. 4(1)",
                    MemberRules::membersLiveOrWorkInThePatrolsMunicipality),
            rule(
                    ATTENDEE_NOT_A_MEMBER,
                    Severity.ERROR,
                    RuleDefinition.GENERAL,
                    ActivityRules::attendeesAreMembersOfThePatrols),
            rule(
                    MEMBER_IN_OVERLAPPING_ACTIVITIES,
                    Severity.ERROR,
                    RuleDefinition.GENERAL,
                    ActivityRules::membersAreInOneActivityAtATime),
            rule(
                    ACTIVITY_TOO_LONG,
                    Severity.WARNING,
                    RuleDefinition.GENERAL,
                    ActivityRules::activitiesLastAPlausibleTime),
            rule(
                    ACTIVITY_REQUESTER_MISSING,
                    Severity.ERROR,
                    "Act Art. 7",
                    ActivityRules::requestedActivitiesNameTheirRequester),
            rule(
                    ACTIVITY_REQUESTER_MISMATCH,
                    Severity.WARNING,
                    "Act Art. 7",
                    ActivityRules::requestersMatchTheActivityType),
            rule(
                    MEMBER_UNEXCUSED_ABSENCES,
                    Severity.WARNING,
                    "Rule Art. 10",
                    ActivityRules::membersAreRarelyAbsentWithoutExcuse),
            rule(
                    BASIC_TRAINING_INCOMPLETE,
                    Severity.WARNING,
                    "Act Art. 10; Rule Art. 17",
                    TrainingRules::membersCompleteBasicTraining),
            rule(
                    IN_SERVICE_TRAINING_INCOMPLETE,
                    Severity.WARNING,
                    "Act Art. 10; Rule Art. 17",
                    TrainingRules::membersCompleteInServiceTraining),
            rule(
                    WARNING_LIGHT_COLOUR_NOT_ALLOWED,
                    Severity.ERROR,
                    "Rule Art. 14",
                    EquipmentRules::warningLightsHaveAnAllowedColour),
            rule(
                    WARNING_LIGHT_INTENSITY_OUT_OF_RANGE,
                    Severity.ERROR,
                    "Rule Art. 14",
                    EquipmentRules::warningLightsAreWithinTheCandelaRange),
            rule(EQUIPMENT_NOT_ALLOWED, Severity.ERROR, "Rule Art. 15", EquipmentRules::onlyAllowedEquipmentIsIssued),
            rule(
                    GRANT_CATEGORY_NOT_ELIGIBLE,
                    Severity.INFO,
                    "Act Art. 14; Decree Arts. 2–5",
                    FundingRules::grantCategoriesAreEligible),
            rule(
                    GRANT_FUNDER_NOT_ALLOWED,
                    Severity.WARNING,
                    "Act Art. 14; Decree Arts. 2–5",
                    FundingRules::grantFundersAreAllowed),
            rule(
                    EXPENDITURE_EXCEEDS_GRANT,
                    Severity.ERROR,
                    "Act Art. 14",
                    FundingRules::expendituresStayWithinTheGrant),
            rule(
                    EXPENDITURE_ON_CANCELLED_GRANT,
                    Severity.ERROR,
                    "Act Art. 14",
                    FundingRules::cancelledGrantsAreNotSpent),
            rule(
                    EXPENDITURE_OUTSIDE_FISCAL_YEAR,
                    Severity.WARNING,
                    "Act Art. 14",
                    FundingRules::expendituresFallInTheFiscalYear),
            rule(GRANT_CURRENCY_MIXED, Severity.ERROR, RuleDefinition.GENERAL, FundingRules::grantsUseOneCurrency),
            rule(
                    FEDERATION_DUPLICATE_IN_TERRITORY,
                    Severity.ERROR,
                    "Act Art. 12(1); Addendum of Act No. 21020, art. 2",
                    FederationRules::territoriesHaveOneFederationPerTier),
            rule(
                    FEDERATION_SEVERAL_IN_TERRITORY,
                    Severity.WARNING,
                    "Rule Art. 18",
                    FederationRules::territoriesHaveOneFederationPerTierAsAPrinciple));

    private BuiltInRules() {}

    /** A built-in rule, described by its English text {@code CODE.description} in {@link BuiltInTexts}. */
    private static Rule rule(RuleCode code, Severity severity, String source, Consumer<RuleContext> check) {
        String description = BuiltInTexts.INSTANCE
                .find(code + ".description", Locale.ENGLISH)
                .orElseThrow(() -> new IllegalStateException("the built-in rule " + code + " has no description"));
        return new BuiltInRule(RuleDefinition.of(code, severity, description, source), check);
    }

    /**
     * Returns the definition of every built-in rule, in catalogue order: integrity, patrols,
     * members, activities, training, equipment, funding, federations.
     *
     * @return the catalogue
     */
    public static ImmutableList<RuleDefinition> catalogue() {
        return RULES.stream().map(Rule::definition).collect(ImmutableList.toImmutableList());
    }

    static ImmutableList<Rule> rules() {
        return RULES;
    }
}

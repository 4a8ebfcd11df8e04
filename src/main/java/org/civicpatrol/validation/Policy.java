package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.SetMultimap;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicpatrol.equipment.EquipmentKind;
import org.civicpatrol.equipment.LightColour;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.geo.AuthorityKind;
import org.civicpatrol.geo.DistrictLevel;
import org.civicpatrol.geo.KoreanDistrictLevels;
import org.civicpatrol.geo.PoliceUnitKind;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.internal.TextChecks;
import org.civicpatrol.member.DisqualificationKind;
import org.civicpatrol.member.TrainingRequirement;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * The numbers and lists of a jurisdiction's law that the built-in rules apply: every number of
 * the rules is here, none is built into a rule.
 *
 * <p>{@link #korea()} gives the defaults of Korea's Act on Autonomous Crime Prevention Patrols,
 * its Decree and its Rule. Another jurisdiction starts from a complete builder:
 *
 * <pre>{@code
 * Policy uk = new Policy.Builder().from(Policy.korea())
 *         .minimumAge(18)
 *         .minimumComplement(4)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Policy {

    private static final Policy KOREA = korea0();

    Policy() {}

    /**
     * Returns the minimum age at appointment (Korea: 19, Act Art. 5).
     *
     * @return the age in whole years
     */
    public abstract int minimumAge();

    /**
     * Returns, for each kind of disqualifying fact, how long it keeps disqualifying after it
     * ends (Korea: 5 years after a prison sentence, 10 after a sexual-offence sentence, Act
     * Art. 5). A kind not in the map disqualifies only while it holds.
     *
     * @return the look-back periods
     */
    public abstract Map<DisqualificationKind, Period> disqualificationLookBack();

    /**
     * Returns the smallest complement of active members (Korea: 10, Rule Art. 3(1)).
     *
     * @return the minimum
     */
    public abstract int minimumComplement();

    /**
     * Returns the largest complement without police approval (Korea: 70, Rule Art. 3(1)).
     *
     * @return the maximum
     */
    public abstract int maximumComplement();

    /**
     * Returns the regular expression that a patrol's official name must match in full (Korea:
     * a place name followed by 자율방범대, Act Art. 16).
     *
     * @return the pattern, in {@link Pattern} syntax
     */
    public abstract String patrolNamePattern();

    /**
     * Returns the term that only registered patrols may use in their names (Korea: 자율방범대,
     * Act Art. 16, fined under Art. 19), or empty if the jurisdiction protects none.
     *
     * @return the protected term
     */
    public abstract Optional<String> protectedPatrolName();

    /**
     * Returns the length of an officer's term (Korea: 3 years, Rule Arts. 5 and 19).
     *
     * @return the term
     */
    public abstract Period officerTerm();

    /**
     * Returns how many times an officer's term may be renewed in a row (Korea: once).
     *
     * @return the number of renewals
     */
    public abstract int officerRenewals();

    /**
     * Returns the district level at which a member must live or work in the patrol's area at
     * appointment (Korea: the municipality, 시·군·구, Rule Art. 4(1)).
     *
     * @return the level
     */
    public abstract DistrictLevel residenceLevel();

    /**
     * Returns the longest plausible activity; longer ones are reported as likely data errors.
     *
     * @return the cap (Korea default: 12 hours)
     */
    public abstract Duration maximumActivityDuration();

    /**
     * Returns the number of unexcused absences in a calendar year that is a ground for
     * discretionary dismissal (Korea: 3, Rule Art. 10).
     *
     * @return the number
     */
    public abstract int unexcusedAbsenceLimit();

    /**
     * Returns the training members owe: basic hours within a period after first appointment,
     * then in-service hours in each calendar year after it (Korea: {@link
     * TrainingRequirement#korea()}, 12 hours within 2 years, then 12 hours a year; Act Art. 10,
     * Rule Art. 17).
     *
     * @return the requirement
     */
    public abstract TrainingRequirement trainingRequirement();

    /**
     * Returns the colours allowed for vehicle warning lights (Korea: blue, Rule Art. 14).
     *
     * @return the colours
     */
    public abstract Set<LightColour> warningLightColours();

    /**
     * Returns the lowest allowed luminous intensity of a warning light (Korea: 135 cd).
     *
     * @return candela
     */
    public abstract double minimumCandela();

    /**
     * Returns the highest allowed luminous intensity of a warning light (Korea: 2,500 cd).
     *
     * @return candela
     */
    public abstract double maximumCandela();

    /**
     * Returns the equipment that may be issued: non-offensive gear only (Korea: Rule Art. 15).
     *
     * @return the allowed kinds
     */
    public abstract Set<EquipmentKind> allowedEquipment();

    /**
     * Returns, for each tier of recipient, the grant categories it may receive (Korea: Act Art.
     * 14, Decree Arts. 2–5).
     *
     * @return the eligible categories
     */
    public abstract SetMultimap<RecipientTier, GrantCategory> eligibleCategories();

    /**
     * Returns, for each tier of recipient, the kinds of authority that may fund it (Korea: Act
     * Art. 14).
     *
     * @return the allowed funder kinds
     */
    public abstract SetMultimap<RecipientTier, AuthorityKind> allowedFunders();

    /**
     * Returns the kinds of police unit that may fund or co-fund patrols and federations, where
     * the police is an allowed funder (Korea: the national police agency, Decree Arts. 2-5).
     *
     * @return the kinds
     */
    public abstract Set<PoliceUnitKind> policeFunders();

    /**
     * Returns the kinds of police unit whose chiefs may request patrol activities (Korea: the
     * provincial agency, station, division and box chiefs, Act Art. 7(3)).
     *
     * @return the kinds
     */
    public abstract Set<PoliceUnitKind> policeRequesters();

    /**
     * Returns the kinds of government authority that may request patrol activities, each with the
     * date from which it may (Korea: the governor or metropolitan mayor and the mayor, county head
     * or gu head always; the head of an 읍·면·동 from 2026-02-15, Act Art. 7(4) as amended).
     *
     * @return the kinds and their first dates, {@link LocalDate#MIN} for always
     */
    public abstract Map<AuthorityKind, LocalDate> localRequestersFrom();

    /**
     * Returns the month in which funders' fiscal years start (Korea: January, local fiscal years
     * being calendar years; Japan and the United Kingdom: April). Fiscal year N starts on the
     * first day of that month in year N.
     *
     * @return the first month of a fiscal year
     */
    @Value.Default
    public Month fiscalYearStart() {
        return Month.JANUARY;
    }

    /**
     * Returns the dates of fiscal year {@code year} under {@link #fiscalYearStart()}.
     *
     * @param year the fiscal year, as grants name it
     * @return its twelve months
     */
    public DateRange fiscalYear(Year year) {
        checkNotNull(year, "year");
        LocalDate first = year.atMonth(fiscalYearStart()).atDay(1);
        return DateRange.of(first, Period.ofYears(1));
    }

    /**
     * Returns the date from which a territory may have several federations of one tier, if the
     * law allows it at all (Korea: 2026-02-15, the amended Act Art. 12).
     *
     * @return the date, or empty if one federation per territory and tier is always the rule
     */
    public abstract Optional<LocalDate> severalFederationsAllowedFrom();

    /**
     * Returns the date by which federations that existed before {@link
     * #severalFederationsAllowedFrom()} had to conform to the amended law (Korea: 2026-08-15, six
     * months after, Addendum of Act No. 21020 art. 2); until then they are not reported.
     *
     * @return the date, or empty if existing federations had no grace period
     */
    public abstract Optional<LocalDate> federationsConformBy();

    /**
     * Returns how many provincial police agencies a province needs for several provincial
     * federations to be allowed (Korea: 2, as in Gyeonggi's north and south, Act Art. 12(1)).
     *
     * @return the number of agencies
     */
    public abstract int agenciesForSeveralFederations();

    /**
     * Returns how many police stations a territory needs for several federations to be allowed
     * (Korea: 2).
     *
     * @return the number of stations
     */
    public abstract int stationsForSeveralFederations();

    @Value.Check
    final void check() {
        checkArgument(minimumAge() >= 0, "minimum age must not be negative: %s", minimumAge());
        for (Map.Entry<DisqualificationKind, Period> entry :
                disqualificationLookBack().entrySet()) {
            checkArgument(
                    !entry.getValue().isNegative(),
                    "look-back of %s must not be negative: %s",
                    entry.getKey(),
                    entry.getValue());
        }
        checkArgument(
                0 <= minimumComplement() && minimumComplement() <= maximumComplement(),
                "complement must satisfy 0 <= minimum <= maximum: %s..%s",
                minimumComplement(),
                maximumComplement());
        Pattern.compile(patrolNamePattern()); // throws PatternSyntaxException, an IllegalArgumentException
        protectedPatrolName()
                .ifPresent(name -> checkArgument(!TextChecks.isBlank(name), "protected patrol name must not be blank"));
        checkArgument(isPositive(officerTerm()), "officer term must be positive: %s", officerTerm());
        checkArgument(officerRenewals() >= 0, "officer renewals must not be negative: %s", officerRenewals());
        checkArgument(
                isPositive(maximumActivityDuration()),
                "maximum activity duration must be positive: %s",
                maximumActivityDuration());
        checkArgument(
                unexcusedAbsenceLimit() >= 1,
                "unexcused absence limit must be at least 1: %s",
                unexcusedAbsenceLimit());
        checkArgument(
                Double.isFinite(minimumCandela())
                        && Double.isFinite(maximumCandela())
                        && 0 <= minimumCandela()
                        && minimumCandela() <= maximumCandela(),
                "candela range must satisfy 0 <= minimum <= maximum, both finite: %s..%s",
                minimumCandela(),
                maximumCandela());
        checkArgument(
                agenciesForSeveralFederations() >= 1,
                "agencies for several federations must be at least 1: %s",
                agenciesForSeveralFederations());
        checkArgument(
                stationsForSeveralFederations() >= 1,
                "stations for several federations must be at least 1: %s",
                stationsForSeveralFederations());
    }

    private static boolean isPositive(Period period) {
        return !period.isNegative() && !period.isZero();
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    /**
     * Returns the compiled {@link #patrolNamePattern()}.
     *
     * @return the pattern
     */
    @Value.Derived
    @Value.Auxiliary
    Pattern compiledNamePattern() {
        return Pattern.compile(patrolNamePattern());
    }

    /**
     * Returns the look-back of {@code kind}: {@link Period#ZERO} if the policy sets none.
     *
     * @param kind the kind of disqualifying fact
     * @return how long it disqualifies after it ends
     */
    public Period lookBackOf(DisqualificationKind kind) {
        return disqualificationLookBack().getOrDefault(checkNotNull(kind, "kind"), Period.ZERO);
    }

    /**
     * Returns the policy of Korea's Act on Autonomous Crime Prevention Patrols (Act No. 18848, as
     * amended by Act No. 21020 in force 2026-02-15), its Enforcement Decree and Enforcement Rule.
     *
     * @return the Korean defaults
     */
    public static Policy korea() {
        return KOREA;
    }

    private static Policy korea0() {
        EnumSet<GrantCategory> federationCategories = EnumSet.of(
                GrantCategory.VEHICLES, GrantCategory.POSTS_AND_OFFICES, GrantCategory.PUBLICITY, GrantCategory.OTHER);
        ImmutableSetMultimap.Builder<RecipientTier, GrantCategory> categories = ImmutableSetMultimap.builder();
        categories.putAll(
                RecipientTier.PATROL,
                GrantCategory.UNIFORMS_AND_EQUIPMENT,
                GrantCategory.VEHICLES,
                GrantCategory.POSTS_AND_OFFICES,
                GrantCategory.PUBLICITY,
                GrantCategory.INSURANCE,
                GrantCategory.OTHER);
        for (RecipientTier tier : RecipientTier.values()) {
            if (tier != RecipientTier.PATROL) {
                categories.putAll(tier, federationCategories);
            }
        }
        // Decree Arts. 2-5: patrols and district federations are funded by the head of their own
        // 시·군·구 (or special self-governing city or province), co-funded by the metropolitan mayor
        // or governor and the national police agency; provincial federations by the governor,
        // co-funded by the national police agency; the national body by the national police
        // agency, recorded as the police (its NATIONAL_AGENCY unit) or as the national government.
        ImmutableSetMultimap<RecipientTier, AuthorityKind> funders =
                ImmutableSetMultimap.<RecipientTier, AuthorityKind>builder()
                        .putAll(
                                RecipientTier.PATROL,
                                AuthorityKind.MUNICIPAL_GOVERNMENT,
                                AuthorityKind.PROVINCIAL_GOVERNMENT,
                                AuthorityKind.POLICE)
                        .putAll(
                                RecipientTier.DISTRICT_FEDERATION,
                                AuthorityKind.MUNICIPAL_GOVERNMENT,
                                AuthorityKind.PROVINCIAL_GOVERNMENT,
                                AuthorityKind.POLICE)
                        .putAll(
                                RecipientTier.PROVINCIAL_FEDERATION,
                                AuthorityKind.PROVINCIAL_GOVERNMENT,
                                AuthorityKind.POLICE)
                        .putAll(
                                RecipientTier.NATIONAL_FEDERATION,
                                AuthorityKind.POLICE,
                                AuthorityKind.NATIONAL_GOVERNMENT)
                        .build();
        return new Builder()
                .minimumAge(19)
                .putDisqualificationLookBack(DisqualificationKind.PRISON_SENTENCE, Period.ofYears(5))
                .putDisqualificationLookBack(DisqualificationKind.SEXUAL_OFFENCE_SENTENCE, Period.ofYears(10))
                .minimumComplement(10)
                .maximumComplement(70)
                .patrolNamePattern("\\S.*자율방범대")
                .protectedPatrolName("자율방범대")
                .officerTerm(Period.ofYears(3))
                .officerRenewals(1)
                .residenceLevel(KoreanDistrictLevels.MUNICIPALITY)
                .maximumActivityDuration(Duration.ofHours(12))
                .unexcusedAbsenceLimit(3)
                .trainingRequirement(TrainingRequirement.korea())
                .addWarningLightColour(LightColour.BLUE)
                .minimumCandela(135)
                .maximumCandela(2_500)
                .addAllowedEquipment(
                        EquipmentKind.LIGHT_BATON,
                        EquipmentKind.FLASHLIGHT,
                        EquipmentKind.WHISTLE,
                        EquipmentKind.REFLECTIVE_VEST,
                        EquipmentKind.UNIFORM,
                        EquipmentKind.RADIO,
                        EquipmentKind.FIRST_AID_KIT,
                        EquipmentKind.BODY_CAMERA)
                .eligibleCategories(categories.build())
                .allowedFunders(funders)
                .addPoliceFunders(PoliceUnitKind.NATIONAL_AGENCY)
                .addPoliceRequesters(
                        PoliceUnitKind.PROVINCIAL_AGENCY,
                        PoliceUnitKind.STATION,
                        PoliceUnitKind.DIVISION,
                        PoliceUnitKind.BOX)
                .putLocalRequestersFrom(AuthorityKind.PROVINCIAL_GOVERNMENT, LocalDate.MIN)
                .putLocalRequestersFrom(AuthorityKind.MUNICIPAL_GOVERNMENT, LocalDate.MIN)
                .putLocalRequestersFrom(AuthorityKind.NEIGHBOURHOOD_OFFICE, LocalDate.of(2026, 2, 15))
                .severalFederationsAllowedFrom(LocalDate.of(2026, 2, 15))
                .federationsConformBy(LocalDate.of(2026, 8, 15))
                .agenciesForSeveralFederations(2)
                .stationsForSeveralFederations(2)
                .build();
    }

    /**
     * Builds a {@link Policy}.
     *
     * <p>{@code minimumAge}, {@code minimumComplement}, {@code maximumComplement}, {@code
     * patrolNamePattern}, {@code officerTerm}, {@code officerRenewals}, {@code residenceLevel},
     * {@code maximumActivityDuration}, {@code unexcusedAbsenceLimit}, {@code trainingRequirement},
     * {@code minimumCandela}, {@code maximumCandela}, {@code agenciesForSeveralFederations} and
     * {@code stationsForSeveralFederations} must be set; {@code fiscalYearStart} has a default;
     * every other attribute is optional, or a collection that starts empty. A method named after an
     * attribute sets it, replacing what was set (for a collection, all its elements); an {@code
     * add} method adds elements; {@code from} copies the attributes of a value, adding to
     * collections. A builder is not thread-safe, and can build more than once.
     */
    public static final class Builder extends ImmutablePolicy.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link Policy} from the attributes set.
         *
         * @return the new {@code Policy}
         * @throws IllegalStateException if {@code minimumAge}, {@code minimumComplement}, {@code
         *     maximumComplement}, {@code patrolNamePattern}, {@code officerTerm}, {@code
         *     officerRenewals}, {@code residenceLevel}, {@code maximumActivityDuration}, {@code
         *     unexcusedAbsenceLimit}, {@code trainingRequirement}, {@code minimumCandela}, {@code
         *     maximumCandela}, {@code agenciesForSeveralFederations} or {@code
         *     stationsForSeveralFederations} is not set; the message names the type and each
         *     attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code Policy}
         */
        @Override
        public Policy build() {
            return MissingAttributesException.build(Policy.class, super::build);
        }
    }
}

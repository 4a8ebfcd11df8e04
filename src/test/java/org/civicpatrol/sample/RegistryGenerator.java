package org.civicpatrol.sample;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.EquipmentKind;
import org.civicpatrol.equipment.LightColour;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.equipment.VehicleId;
import org.civicpatrol.equipment.WarningLight;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.GrantCategory;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.AuthorityKind;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.DistrictLevel;
import org.civicpatrol.geo.KoreanDistrictLevels;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.geo.PoliceUnitKind;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.Sex;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.FederationTier;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A deterministic generator of synthetic patrol networks of any size, for tests and benchmarks:
 * the same settings and seed always give the same registry, entity for entity and in the same
 * order.
 *
 * <p>The network has a nation, provinces of up to 20 municipalities, municipalities of up to 15
 * neighbourhoods, one patrol per neighbourhood, a police station per municipality, federations at
 * every tier, members with memberships and officers, training, a year of activities with
 * attendance, vehicles, equipment and grants. With {@link #breakage(double)} above zero, that
 * share of the entities is broken on purpose, each in one of many ways a registry can hold and
 * validation must report: dangling references, members under age or in two patrols, attendance
 * by strangers, cycles in the district hierarchy, red lights, offensive equipment, spending in
 * another currency and more. Names are synthetic and no real person is described.
 *
 * <p>Unless set, a network has 20 patrols of about 24 members with 120 activities each, in 2016
 * ({@link #year(Year)}), and nothing broken. Its ids are fixed, so that tests can name them: the
 * root district is the nation {@code KR}; provinces are {@code P00}, {@code P01}, ...; their
 * municipalities {@code P00M00}, ...; and the neighbourhoods {@code P00M00N00}, ... carry the
 * patrols. The police hierarchy's root is the national agency {@code police}, with {@code
 * police-P00} for each province and {@code police-P00M00} for each municipality's station; the
 * federations are {@code f-KR}, {@code f-P00} and {@code f-P00M00}. A generator is not
 * thread-safe; the registries it returns are immutable.
 *
 * <pre>{@code
 * Registry national = RegistryGenerator.withSeed(42).patrols(4_200).membersPerPatrol(24).generate();
 * Registry broken = RegistryGenerator.withSeed(seed).patrols(30).breakage(0.2).generate();
 * }</pre>
 */
public final class RegistryGenerator {

    private static final CurrencyUnit KRW = CurrencyUnit.of("KRW");
    private static final List<ActivityType> TYPES = List.of(ActivityType.values());
    private static final int MUNICIPALITIES_PER_PROVINCE = 20;
    private static final int NEIGHBOURHOODS_PER_MUNICIPALITY = 15;

    private final long seed;
    private int patrols = 20;
    private int membersPerPatrol = 24;
    private int activitiesPerPatrol = 120;
    private Year year = Year.of(2016);
    private double breakage;

    private SplittableRandom random = new SplittableRandom(0);
    private Registry.Builder registry = new Registry.Builder();
    private int broken;

    private RegistryGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Returns a generator with the default settings: 20 patrols of about 24 members, 120
     * activities each in 2016, nothing broken.
     *
     * @param seed the seed
     * @return the generator
     */
    public static RegistryGenerator withSeed(long seed) {
        return new RegistryGenerator(seed);
    }

    /**
     * Sets the number of patrols, one per neighbourhood.
     *
     * @param count one or more
     * @return this generator
     */
    @CanIgnoreReturnValue
    public RegistryGenerator patrols(int count) {
        checkArgument(count >= 1, "a network needs at least one patrol: %s", count);
        this.patrols = count;
        return this;
    }

    /**
     * Sets the average number of members appointed to each patrol on the last day of the year.
     *
     * @param count three or more
     * @return this generator
     */
    @CanIgnoreReturnValue
    public RegistryGenerator membersPerPatrol(int count) {
        checkArgument(count >= 3, "a patrol needs at least three members (its officers): %s", count);
        this.membersPerPatrol = count;
        return this;
    }

    /**
     * Sets the number of activities of each patrol in the year.
     *
     * @param count zero or more
     * @return this generator
     */
    @CanIgnoreReturnValue
    public RegistryGenerator activitiesPerPatrol(int count) {
        checkArgument(count >= 0, "activities per patrol must not be negative: %s", count);
        this.activitiesPerPatrol = count;
        return this;
    }

    /**
     * Sets the year of the activities, training and grants.
     *
     * @param value the year
     * @return this generator
     */
    @CanIgnoreReturnValue
    public RegistryGenerator year(Year value) {
        this.year = value;
        return this;
    }

    /**
     * Sets the share of entities broken on purpose.
     *
     * @param share from 0 (nothing broken) to 1 (every entity that can be broken is)
     * @return this generator
     */
    @CanIgnoreReturnValue
    public RegistryGenerator breakage(double share) {
        checkArgument(share >= 0 && share <= 1, "breakage must be between 0 and 1: %s", share);
        this.breakage = share;
        return this;
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Generates the registry.
     *
     * @return a new registry, the same for the same settings and seed
     */
    public Registry generate() {
        random = new SplittableRandom(seed);
        registry = new Registry.Builder();
        broken = 0;
        LocalDate first = year.atDay(1);
        LocalDate last = year.atDay(year.length());

        DistrictId nation = DistrictId.of("KR");
        registry.addDistrict(new District.Builder()
                .id(nation)
                .name("Nation")
                .level(KoreanDistrictLevels.NATION)
                .build());
        PoliceUnitId nationalAgency = PoliceUnitId.of("police");
        registry.addPoliceUnit(new PoliceUnit.Builder()
                .id(nationalAgency)
                .name("National police agency")
                .kind(PoliceUnitKind.NATIONAL_AGENCY)
                .build());
        FederationId nationalBody = FederationId.of("f-KR");
        registry.addFederation(federation(nationalBody, FederationTier.NATIONAL, nation, null));

        int municipalities = ceilDiv(patrols, NEIGHBOURHOODS_PER_MUNICIPALITY);
        int provinces = ceilDiv(municipalities, MUNICIPALITIES_PER_PROVINCE);
        int patrolNumber = 0;
        int memberNumber = 0;
        for (int p = 0; p < provinces; p++) {
            DistrictId province = DistrictId.of(String.format("P%02d", p));
            registry.addDistrict(district(province, "Province " + p, KoreanDistrictLevels.PROVINCE, nation));
            PoliceUnitId provincialAgency = PoliceUnitId.of("police-" + province);
            registry.addPoliceUnit(policeUnit(provincialAgency, PoliceUnitKind.PROVINCIAL_AGENCY, nationalAgency));
            FederationId provincialFederation = FederationId.of("f-" + province);
            registry.addFederation(federation(provincialFederation, FederationTier.PROVINCIAL, province, nationalBody));
            for (int m = 0; m < MUNICIPALITIES_PER_PROVINCE && patrolNumber < patrols; m++) {
                DistrictId municipality = DistrictId.of(province + String.format("M%02d", m));
                registry.addDistrict(district(
                        municipality, "Municipality " + municipality, KoreanDistrictLevels.MUNICIPALITY, province));
                PoliceUnitId station = PoliceUnitId.of("police-" + municipality);
                registry.addPoliceUnit(policeUnit(station, PoliceUnitKind.STATION, provincialAgency));
                FederationId districtFederation = FederationId.of("f-" + municipality);
                registry.addFederation(
                        federation(districtFederation, FederationTier.DISTRICT, municipality, provincialFederation));
                for (int n = 0; n < NEIGHBOURHOODS_PER_MUNICIPALITY && patrolNumber < patrols; n++) {
                    DistrictId neighbourhood = DistrictId.of(municipality + String.format("N%02d", n));
                    registry.addDistrict(district(
                            neighbourhood,
                            "Neighbourhood " + neighbourhood,
                            KoreanDistrictLevels.NEIGHBOURHOOD,
                            municipality));
                    patrolNumber++;
                    PatrolId patrol = PatrolId.of(String.format("p-%05d", patrolNumber));
                    Patrol.Builder patrolBuilder = new Patrol.Builder()
                            .id(patrol)
                            .name(neighbourhood + " 자율방범대")
                            .registeredOn(dateBetween(
                                    earlier(LocalDate.of(1995, 1, 1), first.minusYears(2)), first.minusYears(1)))
                            .addActivityArea(neighbourhood)
                            .policeUnit(station)
                            .federation(districtFederation);
                    if (breaks()) {
                        patrolBuilder.policeUnit(PoliceUnitId.of("no-such-station"));
                    }
                    if (breaks()) {
                        patrolBuilder.dissolvedOn(first.plusDays(random.nextInt(180)));
                    }
                    Patrol built = patrolBuilder.build();
                    registry.addPatrol(built);
                    memberNumber = addMembers(built, municipality, memberNumber, first, last);
                    addEquipmentAndGrant(built, first);
                }
            }
        }
        if (breaks()) {
            // A cycle: two districts, each the other's parent.
            registry.addDistrict(district(
                    DistrictId.of("P00-loop"), "Loop", KoreanDistrictLevels.PROVINCE, DistrictId.of("P00-loop-child")));
            registry.addDistrict(district(
                    DistrictId.of("P00-loop-child"),
                    "Loop child",
                    KoreanDistrictLevels.MUNICIPALITY,
                    DistrictId.of("P00-loop")));
        }
        return registry.build();
    }

    /** Returns how many entities the last {@link #generate()} broke on purpose. */
    int brokenCount() {
        return broken;
    }

    private int addMembers(Patrol patrol, DistrictId municipality, int memberNumber, LocalDate first, LocalDate last) {
        int size = Math.max(3, membersPerPatrol - 4 + random.nextInt(9));
        List<MemberId> roster = new ArrayList<>();
        int number = memberNumber;
        for (int i = 0; i < size; i++) {
            number++;
            MemberId member = MemberId.of(String.format("m-%07d", number));
            LocalDate birth = dateBetween(LocalDate.of(1940, 1, 1), first.minusYears(25));
            LocalDate appointed =
                    dateBetween(later(patrol.registeredOn().orElseThrow(), birth.plusYears(19)), first.minusDays(1));
            if (breaks()) {
                birth = appointed.minusYears(16); // under age at appointment
            }
            registry.addMember(new Member.Builder()
                    .id(member)
                    .name("Synthetic Person " + member)
                    .birthDate(birth)
                    .sex(random.nextInt(5) == 0 ? Sex.FEMALE : Sex.MALE)
                    .addResidenceOrBusinessDistrict(breaks() ? DistrictId.of("elsewhere") : municipality)
                    .build());
            Membership.Builder membership = new Membership.Builder()
                    .id(MembershipId.of("ms-" + member.value().substring(2)))
                    .member(member)
                    .patrol(breaks() ? PatrolId.of("no-such-patrol") : patrol.id())
                    .recommendedOn(appointed.minusDays(10))
                    .appointedOn(appointed);
            if (i < 3) {
                Role[] officers = {Role.LEADER, Role.DEPUTY, Role.SECRETARY};
                membership.addRole(
                        officers[i], DateRange.of(later(appointed, first.minusYears(1)), first.plusYears(2)));
            }
            registry.addMembership(membership.build());
            if (breaks()) {
                // A second membership overlapping the first, in another patrol.
                registry.addMembership(new Membership.Builder()
                        .id(MembershipId.of("ms-" + member.value().substring(2) + "-b"))
                        .member(member)
                        .patrol(PatrolId.of(String.format("p-%05d", 1)))
                        .appointedOn(appointed.plusDays(1))
                        .build());
            }
            // Basic training soon after appointment, and in-service training in the year before
            // and the year itself, so that members are compliant when validated at its end.
            LocalDate basic = appointed.plusDays(7 + random.nextInt(60));
            registry.addTrainingRecord(TrainingRecord.of(member, TrainingKind.BASIC, basic, Duration.ofHours(6)));
            registry.addTrainingRecord(
                    TrainingRecord.of(member, TrainingKind.BASIC, basic.plusDays(7), Duration.ofHours(6)));
            registry.addTrainingRecord(TrainingRecord.of(
                    member,
                    TrainingKind.IN_SERVICE,
                    dateBetween(first.minusYears(1), first.minusDays(1)),
                    Duration.ofHours(12)));
            registry.addTrainingRecord(
                    TrainingRecord.of(member, TrainingKind.IN_SERVICE, dateBetween(first, last), Duration.ofHours(12)));
            roster.add(member);
        }
        addActivities(patrol, municipality, roster, first, last);
        return number;
    }

    private void addActivities(
            Patrol patrol, DistrictId municipality, List<MemberId> roster, LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        long previousDay = -1;
        int sameDay = 0;
        for (int a = 0; a < activitiesPerPatrol; a++) {
            // Spread evenly over the year. The first activity of a day is in the evening; further
            // ones (only when there are more activities than days) take four-hour slots from 07:00,
            // so that no two of a patrol's activities overlap unless broken on purpose.
            long day = a * days / activitiesPerPatrol;
            sameDay = day == previousDay ? sameDay + 1 : 0;
            previousDay = day;
            LocalDate date = first.plusDays(day);
            ZonedDateTime start = (sameDay == 0
                            ? date.atTime(19 + random.nextInt(4), 15 * random.nextInt(4))
                            : date.atTime(7, 0).plusHours(4L * ((sameDay - 1) % 3)))
                    .atZone(Activity.DEFAULT_ZONE);
            Duration duration = breaks() ? Duration.ofHours(30) : Duration.ofMinutes(90 + 15L * random.nextInt(5));
            ActivityType type = TYPES.get(random.nextInt(TYPES.size()));
            Activity.Builder activity = new Activity.Builder()
                    .id(ActivityId.of("a-" + patrol.id().value().substring(2) + "-" + a))
                    .patrol(patrol.id())
                    .type(type)
                    .start(start.toInstant())
                    .end(start.plus(duration).toInstant())
                    .addDistrict(patrol.activityArea().iterator().next());
            if (type.isRequested() && !breaks()) {
                activity.requestedBy(
                        type == ActivityType.POLICE_REQUEST
                                ? Authority.police("Station", patrol.policeUnit())
                                : Authority.government(
                                        AuthorityKind.MUNICIPAL_GOVERNMENT, "Municipality", municipality));
            }
            int present = Math.min(roster.size(), 3 + random.nextInt(3));
            int offset = random.nextInt(roster.size());
            for (int i = 0; i < present; i++) {
                AttendanceStatus status = random.nextInt(30) == 0
                        ? AttendanceStatus.UNEXCUSED_ABSENCE
                        : random.nextInt(15) == 0 ? AttendanceStatus.EXCUSED_ABSENCE : AttendanceStatus.PRESENT;
                activity.addAttendance(Attendance.of(roster.get((offset + i) % roster.size()), status));
            }
            if (breaks()) {
                activity.addAttendance(Attendance.present(MemberId.of("stranger-" + a)));
            }
            registry.addActivity(activity.build());
        }
    }

    private void addEquipmentAndGrant(Patrol patrol, LocalDate first) {
        String number = patrol.id().value().substring(2);
        if (random.nextInt(3) == 0) {
            registry.addVehicle(new Vehicle.Builder()
                    .id(VehicleId.of("v-" + number))
                    .patrol(patrol.id())
                    .warningLight(
                            breaks()
                                    ? WarningLight.of(LightColour.RED, 5_000)
                                    : WarningLight.of(LightColour.BLUE, 200 + 100 * random.nextInt(20)))
                    .build());
        }
        registry.addEquipmentIssue(new EquipmentIssue.Builder()
                .patrol(patrol.id())
                .kind(breaks() ? EquipmentKind.STUN_GUN : EquipmentKind.FLASHLIGHT)
                .quantity(10 + random.nextInt(20))
                .issuedOn(first.plusDays(random.nextInt(200)))
                .build());
        GrantId grant = GrantId.of("g-" + number);
        long amount = 500_000L * (1 + random.nextInt(20));
        DistrictId jurisdiction = patrol.activityArea().iterator().next();
        registry.addGrant(new Grant.Builder()
                .id(grant)
                .funder(Authority.government(AuthorityKind.MUNICIPAL_GOVERNMENT, "Municipality", jurisdiction))
                .recipient(breaks() ? Recipient.of(FederationId.of("no-such-federation")) : Recipient.of(patrol.id()))
                .category(breaks() ? GrantCategory.AWARDS : GrantCategory.POSTS_AND_OFFICES)
                .fiscalYear(Year.from(first))
                .amount(Money.ofMajor(KRW, amount))
                .awardedOn(first.plusDays(60))
                .legalBasis("Synthetic ordinance")
                .build());
        Money spent = breaks() ? Money.ofMajor(CurrencyUnit.USD, 100) : Money.ofMajor(KRW, amount);
        registry.addExpenditure(Expenditure.of(grant, first.plusDays(90), spent, GrantCategory.POSTS_AND_OFFICES));
    }

    private boolean breaks() {
        if (breakage > 0 && random.nextDouble() < breakage) {
            broken++;
            return true;
        }
        return false;
    }

    private static District district(DistrictId id, String name, DistrictLevel level, DistrictId parent) {
        return new District.Builder()
                .id(id)
                .name(name)
                .level(level)
                .parent(parent)
                .build();
    }

    private static PoliceUnit policeUnit(PoliceUnitId id, PoliceUnitKind kind, PoliceUnitId parent) {
        return new PoliceUnit.Builder()
                .id(id)
                .name("Police " + id)
                .kind(kind)
                .parent(parent)
                .build();
    }

    private static Federation federation(
            FederationId id, FederationTier tier, DistrictId territory, @Nullable FederationId parent) {
        Federation.Builder federation = new Federation.Builder()
                .id(id)
                .name("Federation " + id)
                .tier(tier)
                .territory(territory)
                .foundedOn(LocalDate.of(1995, 1, 1));
        if (parent != null) {
            federation.parent(parent);
        }
        return federation.build();
    }

    private LocalDate dateBetween(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}

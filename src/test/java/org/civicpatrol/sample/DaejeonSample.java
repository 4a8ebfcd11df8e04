package org.civicpatrol.sample;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.GeoPoint;
import org.civicpatrol.geo.KoreanDistrictLevels;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.geo.PoliceUnitKind;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.FederationRole;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.SeparationReason;
import org.civicpatrol.member.Sex;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.FederationTier;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.patrol.PatrolPost;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;

/**
 * A deterministic sample patrol network modelled on Daejeon on 29 November 2016, the evening of
 * the joint patrol in Tanbang-dong and Dunsan 2-dong.
 *
 * <p>What is real: the districts and their official codes (from the Ministry of the Interior's
 * list), the six police stations, the counts the city reported that year (147 patrols, 2,824
 * members), the Tanbang-dong patrol founded by residents in March 1993, and the age profile
 * (mostly 50 and over). What is generated, from a fixed seed: everything else. Names are
 * {@code "Sample Person 00001"} and so on; birth dates, appointment dates, post locations (inside
 * Daejeon's bounding box) and which dongs have a separate women's patrol are invented. Which
 * Seo-gu dongs fall under the Dunsan station rather than the Seobu station is an approximation.
 *
 * <p>The sample holds 79 dongs that existed in 2016 (Doan-dong, Hakha-dong and Sangdae-dong were
 * created later), one patrol per dong plus 68 women's patrols, a district federation per gu under
 * the city federation, leaders, deputies and secretaries, and former members who resigned
 * before the date.
 */
public final class DaejeonSample {

    /** The date the sample describes: 29 November 2016. */
    public static final LocalDate AS_OF = LocalDate.of(2016, 11, 29);

    /** The seed of the generator. */
    public static final long SEED = 20161129L;

    /** Patrols registered on {@link #AS_OF}, as the city reported. */
    public static final int PATROLS = 147;

    /** Members appointed on {@link #AS_OF}, as the city reported. */
    public static final int MEMBERS = 2_824;

    /** The id of the Tanbang-dong patrol. */
    public static final PatrolId TANBANG = PatrolId.of("p-3017055500");

    /** The id of the Dunsan 2-dong patrol. */
    public static final PatrolId DUNSAN_2 = PatrolId.of("p-3017064000");

    /** The year of activities: the twelve months up to and including {@link #AS_OF}. */
    public static final DateRange YEAR_OF_ACTIVITIES =
            DateRange.ofClosed(AS_OF.minusYears(1).plusDays(1), AS_OF);

    /** The total of the city's 2016 grants for patrol posts and equipment, in won. */
    public static final long GRANTS_TOTAL = 184_000_000L;

    /** The id of the joint patrol of the Tanbang-dong and Dunsan 2-dong patrols on {@link #AS_OF}. */
    public static final ActivityId JOINT_PATROL = ActivityId.of("a-joint-20161129");

    /** The id of the city, 대전광역시. */
    public static final DistrictId DAEJEON = DistrictId.of("3000000000");

    private static final LocalDate TANBANG_FOUNDED = LocalDate.of(1993, 3, 1);
    private static final LocalDate EARLIEST_REGISTRATION = LocalDate.of(1991, 1, 1);
    private static final LocalDate LATEST_REGISTRATION = LocalDate.of(2014, 12, 31);
    private static final int MINIMUM_AGE = 19;

    private static final ImmutableMap<String, String> STATION_OF_GU = ImmutableMap.of(
            "3011000000", "dongbu",
            "3014000000", "jungbu",
            "3017000000", "seobu",
            "3020000000", "yuseong",
            "3023000000", "daedeok");

    /** Seo-gu dongs policed by the Dunsan station (an approximation); the rest go to Seobu. */
    private static final ImmutableSet<String> DUNSAN_STATION_DONGS = ImmutableSet.of(
            "3017055500", // 탄방동
            "3017058100", // 갈마1동
            "3017058200", // 갈마2동
            "3017058600", // 월평1동
            "3017058700", // 월평2동
            "3017058800", // 월평3동
            "3017063000", // 둔산1동
            "3017064000", // 둔산2동
            "3017065000", // 만년동
            "3017066000"); // 둔산3동

    /** Share of members by age band (20s, 30s, 40s, 50s, 60 to 75), after Daejeon's 2024 profile. */
    private static final int[][] AGE_BANDS = {{20, 29, 1}, {30, 39, 3}, {40, 49, 14}, {50, 59, 42}, {60, 75, 40}};

    private static final Registry REGISTRY = new DaejeonSample(SEED).build();

    private final SplittableRandom random;
    private int memberCount;
    private int membershipCount;

    private DaejeonSample(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * Returns the sample's one chronic absentee: of the Tanbang-dong patrol's members active on
     * {@link #AS_OF}, the one with the highest id. The sample lists them as absent without excuse
     * from three of the patrol's activities in 2016, a ground for discretionary dismissal that
     * validation reports; every other member has at most two unexcused absences a year.
     *
     * @param tanbangMemberships the memberships of the Tanbang-dong patrol
     * @return the member's id
     */
    public static MemberId chronicAbsentee(List<Membership> tanbangMemberships) {
        return tanbangMemberships.stream()
                .filter(m -> m.isActiveOn(AS_OF))
                .map(Membership::member)
                .max(Comparator.comparing(MemberId::value))
                .orElseThrow();
    }

    /**
     * Returns the sample registry, built once from {@link #SEED}. It is cached: built when this
     * class is first used (about a second), then the same immutable instance is returned on every
     * call, safe to share between tests and threads. {@link #build(long)} builds a new one.
     *
     * @return the sample network of 29 November 2016
     */
    public static Registry registry() {
        return REGISTRY;
    }

    /**
     * Builds the sample anew from another seed: the same shape and totals, other details.
     *
     * @param seed the seed of the generator
     * @return a new sample network
     */
    public static Registry build(long seed) {
        return new DaejeonSample(seed).build();
    }

    private Registry build() {
        ImmutableList<District> districts = DaejeonDongs.districts();
        Registry.Builder registry =
                new Registry.Builder().addDistricts(districts).addPoliceUnits(policeUnits());

        List<District> gus = districts.stream()
                .filter(d -> d.level().equals(KoreanDistrictLevels.MUNICIPALITY))
                .toList();
        List<District> dongs = districts.stream()
                .filter(d -> d.level().equals(KoreanDistrictLevels.NEIGHBOURHOOD) && d.isValidOn(AS_OF))
                .toList();

        FederationId city = FederationId.of("f-3000000000");
        registry.addFederation(new Federation.Builder()
                .id(city)
                .name("대전광역시 자율방범연합회")
                .tier(FederationTier.PROVINCIAL)
                .territory(DAEJEON)
                .foundedOn(LocalDate.of(1995, 3, 1))
                .build());
        for (District gu : gus) {
            registry.addFederation(new Federation.Builder()
                    .id(federationOf(gu.id()))
                    .name(gu.name() + " 자율방범연합대")
                    .tier(FederationTier.DISTRICT)
                    .territory(gu.id())
                    .parent(city)
                    .foundedOn(LocalDate.of(1995, 3, 1))
                    .build());
        }

        List<Patrol> patrols = patrols(dongs);
        registry.addPatrols(patrols);
        int[] sizes = sizes(patrols.size(), MEMBERS);
        List<Membership> leaders = new ArrayList<>();
        Map<PatrolId, List<Membership>> memberships = new LinkedHashMap<>();
        for (int i = 0; i < patrols.size(); i++) {
            Patrol patrol = patrols.get(i);
            boolean women = patrol.id().value().endsWith("-w");
            List<Membership> active = new ArrayList<>();
            for (int j = 0; j < sizes[i]; j++) {
                Member member = member(patrol, women, districts);
                registry.addMember(member);
                active.add(appointment(member, patrol));
            }
            addWithOfficers(active, registry, leaders);
            List<Membership> all = new ArrayList<>(active);
            int former = 1 + random.nextInt(3);
            for (int j = 0; j < former; j++) {
                Member member = member(patrol, women, districts);
                registry.addMember(member);
                Membership membership = formerMembership(member, patrol);
                registry.addMembership(membership);
                all.add(membership);
            }
            memberships.put(patrol.id(), all);
        }
        addFederationOfficers(registry, gus, patrols, leaders, city);
        Map<DistrictId, District> byId = new LinkedHashMap<>();
        districts.forEach(d -> byId.put(d.id(), d));
        new SampleYear(random.split(), registry, byId).add(patrols, memberships);
        return registry.build();
    }

    private static List<PoliceUnit> policeUnits() {
        List<PoliceUnit> units = new ArrayList<>();
        units.add(new PoliceUnit.Builder()
                .id(PoliceUnitId.of("knpa"))
                .name("경찰청")
                .kind(PoliceUnitKind.NATIONAL_AGENCY)
                .build());
        units.add(new PoliceUnit.Builder()
                .id(PoliceUnitId.of("daejeon-agency"))
                .name("대전지방경찰청")
                .kind(PoliceUnitKind.PROVINCIAL_AGENCY)
                .parent(PoliceUnitId.of("knpa"))
                .build());
        ImmutableMap.of(
                        "jungbu", "중부경찰서",
                        "dongbu", "동부경찰서",
                        "seobu", "서부경찰서",
                        "daedeok", "대덕경찰서",
                        "dunsan", "둔산경찰서",
                        "yuseong", "유성경찰서")
                .forEach((id, name) -> units.add(new PoliceUnit.Builder()
                        .id(PoliceUnitId.of(id))
                        .name(name)
                        .kind(PoliceUnitKind.STATION)
                        .parent(PoliceUnitId.of("daejeon-agency"))
                        .build()));
        return units;
    }

    private List<Patrol> patrols(List<District> dongs) {
        List<Patrol> patrols = new ArrayList<>();
        for (District dong : dongs) {
            patrols.add(patrol(dong, false));
        }
        List<District> shuffled = new ArrayList<>(dongs);
        Collections.shuffle(shuffled, new Random(random.nextLong()));
        for (District dong : shuffled.subList(0, PATROLS - dongs.size())) {
            patrols.add(patrol(dong, true));
        }
        return patrols;
    }

    private Patrol patrol(District dong, boolean women) {
        String code = dong.id().value();
        LocalDate registered;
        if (!women && code.equals("3017055500")) {
            registered = TANBANG_FOUNDED;
        } else {
            LocalDate earliest = later(EARLIEST_REGISTRATION, dong.validity().start());
            registered = women
                    ? dateBetween(later(earliest, LocalDate.of(2000, 1, 1)), LATEST_REGISTRATION)
                    : dateBetween(earliest, LATEST_REGISTRATION);
        }
        String gu = code.substring(0, 5) + "00000";
        String station = DUNSAN_STATION_DONGS.contains(code) ? "dunsan" : STATION_OF_GU.get(gu);
        return new Patrol.Builder()
                .id(PatrolId.of("p-" + code + (women ? "-w" : "")))
                .name(dong.name() + (women ? " 여성자율방범대" : " 자율방범대"))
                .formedOn(registered)
                .registeredOn(registered)
                .addActivityArea(dong.id())
                .policeUnit(PoliceUnitId.of(station))
                .federation(federationOf(DistrictId.of(gu)))
                .addPost(PatrolPost.of(
                        dong.name() + (women ? " 여성방범초소" : " 방범초소"),
                        dong.id(),
                        GeoPoint.of(
                                round(36.20 + random.nextDouble() * 0.30), round(127.25 + random.nextDouble() * 0.30))))
                .build();
    }

    /** Splits {@code total} into {@code n} patrol sizes between 10 and 40, each about 19. */
    private int[] sizes(int n, int total) {
        int[] sizes = new int[n];
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sizes[i] = 12 + random.nextInt(16);
            sum += sizes[i];
        }
        for (int i = 0; sum != total; i = (i + 1) % n) {
            if (sum < total && sizes[i] < 40) {
                sizes[i]++;
                sum++;
            } else if (sum > total && sizes[i] > 10) {
                sizes[i]--;
                sum--;
            }
        }
        return sizes;
    }

    private Member member(Patrol patrol, boolean women, List<District> districts) {
        memberCount++;
        String number = String.format("%05d", memberCount);
        int[] band = ageBand();
        int age = band[0] + random.nextInt(band[1] - band[0] + 1);
        LocalDate birth = AS_OF.minusYears(age).minusDays(1 + random.nextInt(364));
        Sex sex = women || random.nextInt(100) < 15 ? Sex.FEMALE : Sex.MALE;
        DistrictId home = patrol.activityArea().iterator().next();
        if (random.nextInt(10) == 0) {
            String gu = home.value().substring(0, 5);
            List<District> sameGu = districts.stream()
                    .filter(d -> d.level().equals(KoreanDistrictLevels.NEIGHBOURHOOD)
                            && d.id().value().startsWith(gu)
                            && d.isValidOn(AS_OF))
                    .toList();
            home = sameGu.get(random.nextInt(sameGu.size())).id();
        }
        return new Member.Builder()
                .id(MemberId.of("m-" + number))
                .name("Sample Person " + number)
                .birthDate(birth)
                .sex(sex)
                .addResidenceOrBusinessDistrict(home)
                .build();
    }

    private int[] ageBand() {
        int roll = random.nextInt(100);
        for (int[] band : AGE_BANDS) {
            roll -= band[2];
            if (roll < 0) {
                return band;
            }
        }
        return AGE_BANDS[AGE_BANDS.length - 1];
    }

    /** An appointment running on {@link #AS_OF}, made when the member was an adult. */
    private Membership appointment(Member member, Patrol patrol) {
        LocalDate earliest = later(patrol.registeredOn().orElseThrow(), adulthood(member));
        LocalDate appointed = dateBetween(earliest, AS_OF.minusDays(1));
        return recommendedAndAppointed(member, patrol, appointed).build();
    }

    private Membership formerMembership(Member member, Patrol patrol) {
        LocalDate earliest = later(patrol.registeredOn().orElseThrow(), adulthood(member));
        LocalDate appointed = dateBetween(earliest, AS_OF.minusDays(60));
        LocalDate left = dateBetween(appointed.plusDays(30), AS_OF.minusDays(1));
        SeparationReason reason = random.nextInt(3) == 0 ? SeparationReason.MOVED_AWAY : SeparationReason.VOLUNTARY;
        return recommendedAndAppointed(member, patrol, appointed)
                .resignedOn(left, reason)
                .build();
    }

    private Membership.Builder recommendedAndAppointed(Member member, Patrol patrol, LocalDate appointed) {
        membershipCount++;
        LocalDate recommended = later(
                appointed.minusDays(7 + random.nextInt(15)),
                patrol.registeredOn().orElseThrow());
        return new Membership.Builder()
                .id(MembershipId.of(String.format("ms-%05d", membershipCount)))
                .member(member.id())
                .patrol(patrol.id())
                .recommendedOn(recommended)
                .appointedOn(appointed);
    }

    /**
     * Gives the first three active memberships the leader, deputy and secretary roles, for one
     * term that started within the last three years, and adds all of them to the registry.
     */
    private void addWithOfficers(List<Membership> active, Registry.Builder registry, List<Membership> leaders) {
        LocalDate start = dateBetween(AS_OF.minusYears(2), AS_OF.minusDays(30));
        for (int i = 0; i < 3; i++) {
            start = later(start, active.get(i).appointedOn().orElseThrow());
        }
        DateRange term = DateRange.of(start, start.plusYears(3));
        Role[] officers = {Role.LEADER, Role.DEPUTY, Role.SECRETARY};
        for (int i = 0; i < officers.length; i++) {
            active.set(i, active.get(i).withRole(officers[i], term));
        }
        registry.addMemberships(active);
        leaders.add(active.get(0));
    }

    private static void addFederationOfficers(
            Registry.Builder registry,
            List<District> gus,
            List<Patrol> patrols,
            List<Membership> leaders,
            FederationId city) {
        DateRange term = DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1));
        for (District gu : gus) {
            FederationId federation = federationOf(gu.id());
            for (int i = 0; i < patrols.size(); i++) {
                if (patrols.get(i).federation().orElseThrow().equals(federation)) {
                    registry.addFederationOfficer(officer(leaders.get(i).member(), federation, term));
                    break;
                }
            }
        }
        for (int i = 0; i < patrols.size(); i++) {
            if (patrols.get(i).id().equals(TANBANG)) {
                registry.addFederationOfficer(officer(leaders.get(i).member(), city, term));
            }
        }
    }

    private static FederationOfficer officer(MemberId member, FederationId federation, DateRange term) {
        return new FederationOfficer.Builder()
                .member(member)
                .federation(federation)
                .role(FederationRole.PRESIDENT)
                .term(term)
                .build();
    }

    private static FederationId federationOf(DistrictId gu) {
        return FederationId.of("f-" + gu.value());
    }

    private static LocalDate adulthood(Member member) {
        return member.birthDate().orElseThrow().plusYears(MINIMUM_AGE);
    }

    private LocalDate dateBetween(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }
}

package org.civicpatrol.sample;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.ActivityOutputs;
import org.civicpatrol.activity.ActivityType;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.activity.Guest;
import org.civicpatrol.activity.PatrolMode;
import org.civicpatrol.activity.Site;
import org.civicpatrol.activity.SiteConcern;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.activity.SiteKind;
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
import org.civicpatrol.funding.GrantStatus;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.funding.RefundReason;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.AuthorityKind;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.TrainingKind;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The year of the Daejeon sample up to {@link DaejeonSample#AS_OF}: sites, activities with
 * attendance, training, vehicles, equipment, and the city's 2016 grants with their spending.
 *
 * <p>Patrols go out 2 or 3 nights a week, 3 to 5 members present, for 1½ to 2½ hours from 20:00
 * to 22:30, so that some patrols cross midnight. A quarter of the patrols now and then roster one
 * member more than turns up, absent usually with an excuse. The joint patrol of 29 November 2016
 * replaces the evening's own patrols of the Tanbang-dong and Dunsan 2-dong patrols and of their women's
 * patrols. The 2016 grants from the city total exactly {@link DaejeonSample#GRANTS_TOTAL} won, in
 * lumps for patrol posts and for crime-prevention equipment.
 */
final class SampleYear {

    private static final CurrencyUnit KRW = CurrencyUnit.of("KRW");
    private static final String ORDINANCE = "대전광역시 자율방범대 육성 및 지원 조례";
    private static final Authority CITY =
            Authority.government(AuthorityKind.PROVINCIAL_GOVERNMENT, "대전광역시", DaejeonSample.DAEJEON);
    private static final ImmutableMap<String, String> STATIONS = ImmutableMap.of(
            "jungbu", "중부경찰서",
            "dongbu", "동부경찰서",
            "seobu", "서부경찰서",
            "daedeok", "대덕경찰서",
            "dunsan", "둔산경찰서",
            "yuseong", "유성경찰서");
    private static final long[] POST_LUMPS = {3_000_000, 4_500_000, 6_000_000, 8_000_000, 12_000_000};
    private static final long[] EQUIPMENT_LUMPS = {800_000, 1_200_000, 1_650_000, 2_300_000};
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SplittableRandom random;
    /** Unexcused absences so far, by member and year: the roster stops at two, short of dismissal. */
    private final Map<List<Object>, Integer> unexcused = new HashMap<>();
    /** Training draws from its own stream, so that changing it leaves activities and grants as they are. */
    private final SplittableRandom trainingRandom;

    private final Registry.Builder registry;
    private final Map<DistrictId, District> districts;
    private final Map<DistrictId, List<Site>> sitesByDong = new HashMap<>();

    SampleYear(SplittableRandom random, Registry.Builder registry, Map<DistrictId, District> districts) {
        this.random = random;
        this.trainingRandom = random.split();
        this.registry = registry;
        this.districts = districts;
    }

    /**
     * Adds the year of every patrol.
     *
     * @param patrols the patrols, in order
     * @param memberships every membership of each patrol, current and former
     */
    void add(List<Patrol> patrols, Map<PatrolId, List<Membership>> memberships) {
        addSites(patrols);
        List<PatrolId> joint = new ArrayList<>();
        for (Patrol patrol : patrols) {
            String dong = patrol.activityArea().iterator().next().value();
            if (dong.equals("3017055500") || dong.equals("3017064000")) {
                joint.add(patrol.id());
            }
        }
        for (Patrol patrol : patrols) {
            List<Membership> pool = memberships.get(patrol.id());
            boolean hasVehicle = addVehicle(patrol);
            addActivities(patrol, pool, hasVehicle, joint.contains(patrol.id()));
            addTraining(pool);
        }
        addJointPatrol(joint, memberships);
        addGrants(patrols, memberships);
    }

    private void addSites(List<Patrol> patrols) {
        DistrictId tanbang = DistrictId.of("3017055500");
        DistrictId dunsan2 = DistrictId.of("3017064000");
        site(
                "namseon-park",
                "남선공원 일대",
                tanbang,
                SiteKind.PARK,
                SiteConcern.YOUTH_MISBEHAVIOUR,
                SiteConcern.WOMENS_SAFETY);
        site("tanbang-alleys", "탄방동 골목길", tanbang, SiteKind.ALLEY);
        site("dunsan-2-shops", "둔산2동 상가", dunsan2, SiteKind.SHOPPING_STREET);
        SiteKind[] kinds = {SiteKind.SCHOOL_ROUTE, SiteKind.ALLEY, SiteKind.PARK, SiteKind.RESIDENTIAL};
        SiteConcern[] concerns = {
            SiteConcern.YOUTH_MISBEHAVIOUR,
            SiteConcern.WOMENS_SAFETY,
            SiteConcern.POOR_LIGHTING,
            SiteConcern.PROPERTY_CRIME
        };
        for (Patrol patrol : patrols) {
            DistrictId dong = patrol.activityArea().iterator().next();
            if (patrol.id().value().endsWith("-w") || dong.equals(tanbang) || dong.equals(dunsan2)) {
                continue;
            }
            SiteKind kind = kinds[random.nextInt(kinds.length)];
            String name = districts.get(dong).name() + " "
                    + switch (kind) {
                        case SCHOOL_ROUTE -> "통학로";
                        case ALLEY -> "골목길";
                        case PARK -> "근린공원";
                        default -> "원룸촌";
                    };
            site("s-" + dong, name, dong, kind, concerns[random.nextInt(concerns.length)]);
        }
    }

    private void site(String id, String name, DistrictId dong, SiteKind kind, SiteConcern... concerns) {
        Site site = new Site.Builder()
                .id(SiteId.of(id))
                .name(name)
                .district(dong)
                .kind(kind)
                .addConcerns(concerns)
                .build();
        registry.addSite(site);
        sitesByDong.computeIfAbsent(dong, d -> new ArrayList<>()).add(site);
    }

    private boolean addVehicle(Patrol patrol) {
        if (patrol.id().value().endsWith("-w") || random.nextInt(3) != 0) {
            return false;
        }
        registry.addVehicle(new Vehicle.Builder()
                .id(VehicleId.of("v-" + patrol.id().value().substring(2)))
                .patrol(patrol.id())
                .warningLight(WarningLight.of(LightColour.BLUE, 300 + 100 * random.nextInt(18)))
                .inService(DateRange.startingOn(
                        dateBetween(patrol.registeredOn().orElseThrow(), LocalDate.of(2015, 6, 30))))
                .build());
        return true;
    }

    private void addActivities(Patrol patrol, List<Membership> pool, boolean hasVehicle, boolean inJointPatrol) {
        LocalDate first = DaejeonSample.YEAR_OF_ACTIVITIES.start();
        LocalDate end = DaejeonSample.YEAR_OF_ACTIVITIES.end();
        boolean rostersAbsentees = random.nextInt(4) == 0;
        for (LocalDate monday = first.with(DayOfWeek.MONDAY); monday.isBefore(end); monday = monday.plusWeeks(1)) {
            EnumSet<DayOfWeek> nights = EnumSet.noneOf(DayOfWeek.class);
            int count = 2 + random.nextInt(2);
            while (nights.size() < count) {
                nights.add(DayOfWeek.of(1 + random.nextInt(7)));
            }
            for (DayOfWeek night : nights) {
                LocalDate date = monday.with(night);
                if (date.isBefore(first)
                        || !date.isBefore(end)
                        || (inJointPatrol && date.equals(DaejeonSample.AS_OF))) {
                    continue;
                }
                List<Membership> active =
                        pool.stream().filter(m -> m.isActiveOn(date)).toList();
                if (active.size() < 3) {
                    continue;
                }
                Activity activity = activity(patrol, date, active, hasVehicle, rostersAbsentees);
                if (patrol.id().equals(DaejeonSample.TANBANG) && date.getYear() == 2016) {
                    activity = withChronicAbsentee(activity, pool);
                }
                registry.addActivity(activity);
            }
        }
    }

    /**
     * Lists the chronic absentee (see {@link DaejeonSample#chronicAbsentee}) as absent without
     * excuse from the Tanbang-dong patrol's first three activities of 2016 that do not list them.
     */
    private Activity withChronicAbsentee(Activity activity, List<Membership> pool) {
        MemberId absentee = DaejeonSample.chronicAbsentee(pool);
        boolean listed = activity.attendanceOf(absentee).isPresent();
        boolean active = pool.stream().anyMatch(m -> m.member().equals(absentee) && m.isActiveOn(activity.date()));
        if (listed || !active || unexcused.getOrDefault(List.of(absentee, 2016), 0) >= 3) {
            return activity;
        }
        unexcused.merge(List.of(absentee, 2016), 1, Integer::sum);
        return new Activity.Builder()
                .from(activity)
                .addAttendance(Attendance.of(absentee, AttendanceStatus.UNEXCUSED_ABSENCE))
                .build();
    }

    private Activity activity(
            Patrol patrol, LocalDate date, List<Membership> active, boolean hasVehicle, boolean rostersAbsentees) {
        List<Membership> shuffled = new ArrayList<>(active);
        Collections.shuffle(shuffled, new Random(random.nextLong()));
        int present = Math.min(3 + random.nextInt(3), shuffled.size());
        int absent = rostersAbsentees && shuffled.size() > present && random.nextInt(4) == 0 ? 1 : 0;
        List<Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < present + absent; i++) {
            AttendanceStatus status = i < present
                    ? AttendanceStatus.PRESENT
                    : random.nextInt(4) == 0 ? AttendanceStatus.UNEXCUSED_ABSENCE : AttendanceStatus.EXCUSED_ABSENCE;
            MemberId member = shuffled.get(i).member();
            if (status == AttendanceStatus.UNEXCUSED_ABSENCE
                    && unexcused.merge(List.of(member, date.getYear()), 1, Integer::sum) > 2) {
                status = AttendanceStatus.EXCUSED_ABSENCE; // the third would be a ground for dismissal
            }
            attendance.add(Attendance.of(member, status));
        }
        ZonedDateTime start = date.atTime(LocalTime.of(20, 0).plusMinutes(30L * random.nextInt(6)))
                .atZone(Activity.DEFAULT_ZONE);
        Duration duration = Duration.ofMinutes(90 + 15L * random.nextInt(5));
        int roll = random.nextInt(100);
        ActivityType type = roll < 85
                ? ActivityType.CRIME_PREVENTION_PATROL
                : roll < 95
                        ? ActivityType.YOUTH_GUIDANCE
                        : roll < 99 ? ActivityType.POLICE_REQUEST : ActivityType.LOCAL_GOVERNMENT_REQUEST;
        DistrictId dong = patrol.activityArea().iterator().next();
        Activity.Builder activity = new Activity.Builder()
                .id(ActivityId.of("a-" + patrol.id().value().substring(2) + "-" + DAY.format(date)))
                .patrol(patrol.id())
                .type(type)
                .start(start.toInstant())
                .end(start.plus(duration).toInstant())
                .addAllAttendance(attendance)
                .addDistrict(dong)
                .addMode(hasVehicle && random.nextInt(3) == 0 ? PatrolMode.BY_VEHICLE : PatrolMode.ON_FOOT)
                .outputs(ActivityOutputs.of(
                        random.nextInt(25) == 0 ? 1 : 0,
                        type == ActivityType.YOUTH_GUIDANCE ? random.nextInt(4) : 0,
                        random.nextInt(30) == 0 ? 1 : 0));
        if (type == ActivityType.POLICE_REQUEST) {
            String station = patrol.policeUnit().value();
            activity.requestedBy(Authority.police(STATIONS.get(station), patrol.policeUnit()));
        } else if (type == ActivityType.LOCAL_GOVERNMENT_REQUEST) {
            DistrictId gu = districts.get(dong).parent().orElseThrow();
            activity.requestedBy(Authority.government(
                    AuthorityKind.MUNICIPAL_GOVERNMENT,
                    "대전광역시 " + districts.get(gu).name(),
                    gu));
        }
        List<Site> sites = sitesByDong.getOrDefault(dong, List.of());
        if (!sites.isEmpty() && random.nextInt(2) == 0) {
            activity.addSite(sites.get(random.nextInt(sites.size())).id());
        }
        return activity.build();
    }

    private void addJointPatrol(List<PatrolId> patrols, Map<PatrolId, List<Membership>> memberships) {
        LocalDate evening = DaejeonSample.AS_OF;
        List<Attendance> attendance = new ArrayList<>();
        for (PatrolId patrol : patrols) {
            for (Membership membership : memberships.get(patrol)) {
                if (membership.isActiveOn(evening)) {
                    AttendanceStatus status =
                            random.nextInt(20) == 0 ? AttendanceStatus.EXCUSED_ABSENCE : AttendanceStatus.PRESENT;
                    attendance.add(Attendance.of(membership.member(), status));
                }
            }
        }
        ZonedDateTime start = evening.atTime(20, 30).atZone(Activity.DEFAULT_ZONE);
        registry.addActivity(new Activity.Builder()
                .id(DaejeonSample.JOINT_PATROL)
                .patrol(DaejeonSample.TANBANG)
                .addAllJointPatrols(patrols.stream()
                        .filter(p -> !p.equals(DaejeonSample.TANBANG))
                        .toList())
                .type(ActivityType.CRIME_PREVENTION_PATROL)
                .start(start.toInstant())
                .end(start.plusHours(1).toInstant())
                .addAllAttendance(attendance)
                .addGuests(
                        Guest.of("mayor", "대전광역시"),
                        Guest.of("head of gu", "대전광역시 서구"),
                        Guest.of("federation president", "대전광역시 자율방범연합회"),
                        Guest.of("police officer", "둔산경찰서", 6))
                .addDistricts(DistrictId.of("3017055500"), DistrictId.of("3017064000"))
                .addSites(SiteId.of("tanbang-alleys"), SiteId.of("dunsan-2-shops"), SiteId.of("namseon-park"))
                .addMode(PatrolMode.ON_FOOT)
                .build());
    }

    /**
     * Training as the Act asks it of every member active on the sample's date: basic training of
     * 3 sessions of 4 hours within two years of appointment, then in-service training of 4
     * sessions of 3 hours in each year after the year the basic training was completed (Rule
     * Art. 17(2)). Some fall short on purpose, for validation to report: one in ten members
     * appointed in 2014 did only 1 or 2 basic sessions, and one in twenty members due for
     * in-service training in 2015 did fewer than 4 sessions that year. In 2016 one in five has
     * done fewer than 4 sessions by the end of November, which no rule reports yet because the
     * year is not over.
     */
    private void addTraining(List<Membership> pool) {
        for (Membership membership : pool) {
            if (!membership.isActiveOn(DaejeonSample.AS_OF)) {
                continue;
            }
            LocalDate appointed = membership.appointedOn().orElseThrow();
            LocalDate basicDue = appointed.plusYears(2);
            boolean appointedIn2014 = appointed.getYear() == 2014;
            int basicSessions = appointedIn2014 && trainingRandom.nextInt(10) == 0 ? 1 + trainingRandom.nextInt(2) : 3;
            // The basic training is completed on the day of its last session, if all three were done.
            LocalDate completed = LocalDate.MIN;
            for (int i = 0; i < basicSessions; i++) {
                LocalDate day =
                        dateBetween(trainingRandom, appointed, earlier(basicDue.minusDays(1), DaejeonSample.AS_OF));
                training(membership, TrainingKind.BASIC, day, 4);
                if (day.isAfter(completed)) {
                    completed = day;
                }
            }
            if (basicSessions < 3) {
                completed = LocalDate.MAX;
            }
            if (completed.isBefore(LocalDate.of(2015, 1, 1))) {
                int sessions = trainingRandom.nextInt(20) == 0 ? trainingRandom.nextInt(4) : 4;
                for (int i = 0; i < sessions; i++) {
                    training(
                            membership,
                            TrainingKind.IN_SERVICE,
                            dateBetween(trainingRandom, LocalDate.of(2015, 3, 1), LocalDate.of(2015, 11, 30)),
                            3);
                }
            }
            if (completed.isBefore(LocalDate.of(2016, 1, 1))) {
                int sessions = trainingRandom.nextInt(5) == 0 ? trainingRandom.nextInt(4) : 4;
                for (int i = 0; i < sessions; i++) {
                    training(
                            membership,
                            TrainingKind.IN_SERVICE,
                            dateBetween(trainingRandom, LocalDate.of(2016, 3, 1), DaejeonSample.AS_OF),
                            3);
                }
            }
        }
    }

    private void training(Membership membership, TrainingKind kind, LocalDate date, int hours) {
        registry.addTrainingRecord(TrainingRecord.of(membership.member(), kind, date, Duration.ofHours(hours)));
    }

    /**
     * Grants of fiscal 2016 from the city, in lumps for posts and for equipment, until the budget
     * is used up exactly; then what was spent, issued and returned.
     */
    private void addGrants(List<Patrol> patrols, Map<PatrolId, List<Membership>> memberships) {
        List<Patrol> shuffled = new ArrayList<>(patrols);
        Collections.shuffle(shuffled, new Random(random.nextLong()));
        long remaining = DaejeonSample.GRANTS_TOTAL;
        int number = 0;
        for (int i = 0; remaining > 0; i = (i + 1) % shuffled.size()) {
            boolean post = random.nextInt(3) == 0;
            long[] lumps = post ? POST_LUMPS : EQUIPMENT_LUMPS;
            long amount = lumps[random.nextInt(lumps.length)];
            if (amount > remaining || remaining - amount < EQUIPMENT_LUMPS[0]) {
                amount = remaining; // the last lump takes what is left of the budget
                post = amount >= POST_LUMPS[0];
            }
            remaining -= amount;
            number++;
            addGrant(number, shuffled.get(i), post, amount, memberships);
        }
    }

    private void addGrant(
            int number, Patrol patrol, boolean post, long amount, Map<PatrolId, List<Membership>> memberships) {
        GrantId id = GrantId.of(String.format("g-2016-%03d", number));
        LocalDate awarded = dateBetween(LocalDate.of(2016, 3, 2), LocalDate.of(2016, 6, 30));
        GrantCategory category = post ? GrantCategory.POSTS_AND_OFFICES : GrantCategory.UNIFORMS_AND_EQUIPMENT;
        long spent = random.nextInt(6) == 0 ? amount - 10_000L * (1 + random.nextInt(20)) : amount;
        LocalDate paid = dateBetween(awarded.plusDays(14), awarded.plusDays(120));
        LocalDate settled = awarded.plusDays(150);
        registry.addGrant(new Grant.Builder()
                .id(id)
                .funder(CITY)
                .recipient(Recipient.of(patrol.id()))
                .category(category)
                .fiscalYear(Year.of(2016))
                .amount(won(amount))
                .awardedOn(awarded)
                .legalBasis(ORDINANCE)
                .purpose(post ? "방범초소 개보수" : "방범장비 구입")
                .status(settled.isBefore(DaejeonSample.AS_OF) ? GrantStatus.SETTLED : GrantStatus.AWARDED)
                .build());
        registry.addExpenditure(Expenditure.of(id, paid, won(spent), category));
        if (spent < amount) {
            registry.addRefund(Refund.of(id, settled, won(amount - spent), RefundReason.UNSPENT));
        }
        if (!post) {
            int size = (int) memberships.get(patrol.id()).stream()
                    .filter(m -> m.isActiveOn(paid))
                    .count();
            for (EquipmentKind kind : ImmutableList.of(
                    EquipmentKind.LIGHT_BATON, EquipmentKind.FLASHLIGHT, EquipmentKind.REFLECTIVE_VEST)) {
                registry.addEquipmentIssue(new EquipmentIssue.Builder()
                        .patrol(patrol.id())
                        .kind(kind)
                        .quantity(Math.max(1, size))
                        .issuedOn(paid)
                        .build());
            }
        }
    }

    private static Money won(long amount) {
        return Money.ofMajor(KRW, amount);
    }

    private LocalDate dateBetween(LocalDate first, LocalDate last) {
        return dateBetween(random, first, last);
    }

    private static LocalDate dateBetween(SplittableRandom random, LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package org.civicpatrol.validation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.AttendanceStatus;
import org.civicpatrol.activity.Site;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.TrainingObligation;
import org.civicpatrol.member.TrainingRequirement;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.jspecify.annotations.Nullable;

/**
 * What several built-in rules of one validation run read alike, worked out once for the run and
 * shared by its rules: the activities with their local dates (and, as numbers, their organisers,
 * whether they are joint patrols, and their starts and ends), the activities up to the validation
 * date, where each member is named in attendance and with what status, every member's training
 * obligations, the memberships of each member, the memberships of each patrol by the role held on
 * the validation date, and the members, patrols, districts and sites that ids name (or that the
 * registry does not hold them).
 *
 * <p>A national registry has half a million activities, two million attendance records and a
 * hundred thousand members. Each rule used to work these out for itself: six rules sifted the
 * activities by date (working out every activity's local date, which takes a search of the zone's
 * rules), four went through the two million attendance records looking each up by member in a map
 * of its own, two judged every member's training, and each reference was looked up in the
 * registry's hash tries, a walk through memory that misses the processor's caches. Here each is
 * worked out once, and each id is looked up once and then answered from a hash map. What the
 * rules that go record by record read of an activity or an attendance record is kept in arrays
 * by position, so that they reach the objects themselves only for a finding.
 *
 * <p>One instance serves one run, on the validator's thread; it is neither thread-safe nor kept
 * after the run. Caller-defined rules do not see it.
 */
final class RunFacts {

    private final Registry registry;
    private final LocalDate asOf;
    private @Nullable List<Activity> activities;
    private @Nullable Columns columns;
    private @Nullable List<Optional<Patrol>> organiserPatrols;
    private @Nullable Map<MemberId, Attendances> attendanceByMember;
    private @Nullable Map<MemberId, List<Membership>> membershipsByMember;
    private @Nullable List<TrainingObligation> trainingObligations;
    private @Nullable TrainingRequirement trainingRequirement;
    private final long asOfDay;
    private final Lookups<MemberId, Member> members;
    private final Lookups<PatrolId, Patrol> patrols;
    private final Lookups<DistrictId, District> districts;
    private final Lookups<SiteId, Site> sites;
    private final Map<PatrolId, Map<Role, List<Membership>>> holders = new HashMap<>();

    RunFacts(Registry registry, LocalDate asOf) {
        this.registry = registry;
        this.asOf = asOf;
        this.asOfDay = asOf.toEpochDay();
        this.members = new Lookups<>(registry::member);
        this.patrols = new Lookups<>(registry::patrol);
        this.districts = new Lookups<>(registry::district);
        this.sites = new Lookups<>(registry::site);
    }

    /** Returns every activity of the registry, in the order added: index {@code i} is activity {@code i}. */
    List<Activity> activities() {
        List<Activity> result = activities;
        if (result == null) {
            result = registry.activities().asList();
            activities = result;
        }
        return result;
    }

    /** Returns the {@linkplain Activity#date() date} of activity {@code i}, worked out once. */
    LocalDate date(int i) {
        return LocalDate.ofEpochDay(columns().days[i]);
    }

    /** Returns the {@linkplain Activity#date() date} of activity {@code i} as an epoch day. */
    long day(int i) {
        return columns().days[i];
    }

    /** Returns whether activity {@code i} is dated on or before the validation date. */
    boolean isUntil(int i) {
        return columns().days[i] <= asOfDay;
    }

    /**
     * Returns the number of the patrol that organised activity {@code i}: patrols are numbered
     * in the order they first organise an activity, so that two activities' organisers, or an
     * organiser and a membership's patrol, compare as numbers.
     */
    int organiser(int i) {
        return columns().organisers[i];
    }

    /**
     * Returns the number {@link #organiser} gives {@code patrol}, or -1 if it organised no
     * activity.
     */
    int organiserNumber(PatrolId patrol) {
        return columns().numbers.getOrDefault(patrol, -1);
    }

    /**
     * Returns the patrol that organised activity {@code i}, as {@link Registry#patrol} finds it:
     * each organiser is looked up once for the run, and then found by its number.
     */
    Optional<Patrol> organiserPatrol(int i) {
        List<Optional<Patrol>> known = organiserPatrols;
        if (known == null) {
            List<PatrolId> numbered = columns().numbered;
            known = new ArrayList<>(numbered.size());
            for (PatrolId id : numbered) {
                known.add(patrol(id));
            }
            organiserPatrols = known;
        }
        return known.get(organiser(i));
    }

    /** Returns whether activity {@code i} is a joint patrol, with patrols besides its organiser. */
    boolean isJoint(int i) {
        return columns().joint[i];
    }

    /**
     * Returns what the rules that go record by record read of each activity, as arrays indexed
     * like {@link #activities()}, so that a rule need not reach the activity itself for each of
     * two million records: its date as an epoch day, its organiser's number, whether it is a
     * joint patrol, and its start and end instants. Worked out in one pass, on first use.
     */
    private Columns columns() {
        Columns known = columns;
        if (known == null) {
            known = new Columns(activities());
            columns = known;
        }
        return known;
    }

    /**
     * Compares activities {@code i} and {@code j} by their {@linkplain Activity#start() start},
     * as {@link Instant#compareTo} does.
     */
    int compareStarts(int i, int j) {
        Columns known = columns();
        return compare(known.startSeconds, known.startNanos, i, known.startSeconds, known.startNanos, j);
    }

    /**
     * Compares the {@linkplain Activity#start() start} of activity {@code i} with the {@linkplain
     * Activity#end() end} of activity {@code j}, as {@link Instant#compareTo} does.
     */
    int compareStartWithEnd(int i, int j) {
        Columns known = columns();
        return compare(known.startSeconds, known.startNanos, i, known.endSeconds, known.endNanos, j);
    }

    /**
     * Compares the {@linkplain Activity#end() ends} of activities {@code i} and {@code j}, as
     * {@link Instant#compareTo} does.
     */
    int compareEnds(int i, int j) {
        Columns known = columns();
        return compare(known.endSeconds, known.endNanos, i, known.endSeconds, known.endNanos, j);
    }

    /** Compares instant {@code i} of one pair of columns with instant {@code j} of another. */
    private static int compare(long[] seconds, int[] nanos, int i, long[] otherSeconds, int[] otherNanos, int j) {
        int bySecond = Long.compare(seconds[i], otherSeconds[j]);
        return bySecond != 0 ? bySecond : Integer.compare(nanos[i], otherNanos[j]);
    }

    /**
     * Returns whether activity {@code i} lasts longer than {@code maximum}: whether its {@link
     * Activity#duration()} compares greater, worked out from the run's columns.
     */
    boolean lastsLongerThan(int i, Duration maximum) {
        Columns known = columns();
        long seconds = known.endSeconds[i] - known.startSeconds[i];
        int nanos = known.endNanos[i] - known.startNanos[i];
        if (nanos < 0) {
            seconds--;
            nanos += 1_000_000_000;
        }
        int bySecond = Long.compare(seconds, maximum.getSeconds());
        return bySecond != 0 ? bySecond > 0 : nanos > maximum.getNano();
    }

    /** The arrays of {@link #columns()}. */
    private static final class Columns {
        final long[] days;
        final int[] organisers;
        final boolean[] joint;
        final long[] startSeconds;
        final int[] startNanos;
        final long[] endSeconds;
        final int[] endNanos;
        final Map<PatrolId, Integer> numbers = new HashMap<>();
        final List<PatrolId> numbered = new ArrayList<>();

        Columns(List<Activity> activities) {
            int n = activities.size();
            days = new long[n];
            organisers = new int[n];
            joint = new boolean[n];
            startSeconds = new long[n];
            startNanos = new int[n];
            endSeconds = new long[n];
            endNanos = new int[n];
            for (int i = 0; i < n; i++) {
                Activity activity = activities.get(i);
                days[i] = activity.date().toEpochDay();
                Instant start = activity.start();
                startSeconds[i] = start.getEpochSecond();
                startNanos[i] = start.getNano();
                Instant end = activity.end();
                endSeconds[i] = end.getEpochSecond();
                endNanos[i] = end.getNano();
                Integer number = numbers.get(activity.patrol());
                if (number == null) {
                    number = numbers.size();
                    numbers.put(activity.patrol(), number);
                    numbered.add(activity.patrol());
                }
                organisers[i] = number;
                joint[i] = !activity.jointPatrols().isEmpty();
            }
        }
    }

    /**
     * Returns, for each member named in any activity's attendance, where: the rules that judge a
     * member's attendance go member by member through this, rather than each looking every one
     * of two million attendance records up by member in a map of its own.
     */
    Map<MemberId, Attendances> attendanceByMember() {
        Map<MemberId, Attendances> result = attendanceByMember;
        if (result == null) {
            result = new HashMap<>();
            List<Activity> all = activities();
            for (int i = 0; i < all.size(); i++) {
                List<Attendance> attendance = all.get(i).attendance();
                for (int j = 0; j < attendance.size(); j++) {
                    Attendance record = attendance.get(j);
                    MemberId member = record.member();
                    Attendances of = result.get(member);
                    if (of == null) {
                        of = new Attendances();
                        result.put(member, of);
                    }
                    of.add(i, record.status());
                }
            }
            attendanceByMember = result;
        }
        return result;
    }

    /**
     * Returns the memberships of each member that any membership names, as {@link
     * Registry#membershipsOf(MemberId)} gives them (in the order added), members in the order of
     * their first membership: worked out in one pass over the memberships, rather than by a lookup
     * in the registry's hash tries for each of a hundred thousand members, by each rule that asks.
     */
    Map<MemberId, List<Membership>> membershipsByMember() {
        Map<MemberId, List<Membership>> result = membershipsByMember;
        if (result == null) {
            Map<MemberId, List<Membership>> grouped = new LinkedHashMap<>();
            for (Membership membership : registry.memberships()) {
                grouped.computeIfAbsent(membership.member(), m -> new ArrayList<>(2))
                        .add(membership);
            }
            grouped.replaceAll((member, memberships) -> Collections.unmodifiableList(memberships));
            result = Collections.unmodifiableMap(grouped);
            membershipsByMember = result;
        }
        return result;
    }

    /** Returns the memberships of member {@code id}, as {@link Registry#membershipsOf(MemberId)} does. */
    List<Membership> membershipsOf(MemberId id) {
        return membershipsByMember().getOrDefault(id, List.of());
    }

    /**
     * Returns what every member of the registry owes in training as of the validation date under
     * {@code requirement}, member by member in the registry's order: the basic and the in-service
     * rule judge the same obligations, which cost two lookups by id per member to work out.
     */
    List<TrainingObligation> trainingObligations(TrainingRequirement requirement) {
        if (trainingObligations == null || !requirement.equals(trainingRequirement)) {
            List<TrainingObligation> owed = new ArrayList<>();
            for (Member member : registry.members()) {
                owed.addAll(registry.trainingObligationsOf(member.id(), asOf, requirement));
            }
            trainingObligations = Collections.unmodifiableList(owed);
            trainingRequirement = requirement;
        }
        return trainingObligations;
    }

    /**
     * Returns the memberships of the patrol {@code id} whose holder holds {@code role} on the
     * validation date ({@link Membership#roleOn}), in the registry's order: the four rules on a
     * patrol's leader, deputy and secretary ask this of every rostered patrol, and the patrol's
     * memberships are gone through once for the four.
     */
    List<Membership> holders(PatrolId id, Role role) {
        List<Membership> holding = holders.computeIfAbsent(id, this::byRoleIn).get(role);
        return holding == null ? List.of() : holding;
    }

    private Map<Role, List<Membership>> byRoleIn(PatrolId id) {
        Map<Role, List<Membership>> byRole = new EnumMap<>(Role.class);
        for (Membership membership : registry.membershipsOf(id)) {
            Optional<Role> role = membership.roleOn(asOf);
            if (role.isPresent()) {
                byRole.computeIfAbsent(role.get(), r -> new ArrayList<>()).add(membership);
            }
        }
        byRole.replaceAll((role, holding) -> Collections.unmodifiableList(holding));
        return byRole;
    }

    /** Returns whether the registry holds the member {@code id}. */
    boolean hasMember(MemberId id) {
        return members.get(id).isPresent();
    }

    /** Returns the member {@code id}, as {@link Registry#member} does, looked up once for the run. */
    Optional<Member> member(MemberId id) {
        return members.get(id);
    }

    /** Returns whether the registry holds the patrol {@code id}. */
    boolean hasPatrol(PatrolId id) {
        return patrols.get(id).isPresent();
    }

    /** Returns the patrol {@code id}, as {@link Registry#patrol} does, looked up once for the run. */
    Optional<Patrol> patrol(PatrolId id) {
        return patrols.get(id);
    }

    /** Returns whether the registry holds the district {@code id}. */
    boolean hasDistrict(DistrictId id) {
        return districts.get(id).isPresent();
    }

    /** Returns whether the registry holds the site {@code id}. */
    boolean hasSite(SiteId id) {
        return sites.get(id).isPresent();
    }

    /**
     * Entities looked up by id, each id once for the run: the first lookup walks the registry's
     * hash trie, later ones are answered from a hash map, which for the few thousand patrols
     * stays in the processor's caches.
     */
    private static final class Lookups<K, V> {
        private final Map<K, Optional<V>> known = new HashMap<>();
        private final Function<K, Optional<V>> lookup;

        Lookups(Function<K, Optional<V>> lookup) {
            this.lookup = lookup;
        }

        Optional<V> get(K id) {
            return known.computeIfAbsent(id, lookup);
        }
    }

    /**
     * Where one member is named in attendance: the indexes in {@link #activities()} of the
     * activities whose attendance names the member, in the order of the activities, each with the
     * status recorded there, so that a rule that looks for one status need not reach the record.
     */
    static final class Attendances {
        private int[] activities = new int[4];
        private AttendanceStatus[] statuses = new AttendanceStatus[4];
        private int size;

        private void add(int activity, AttendanceStatus status) {
            if (size == activities.length) {
                activities = Arrays.copyOf(activities, size * 2);
                statuses = Arrays.copyOf(statuses, size * 2);
            }
            activities[size] = activity;
            statuses[size++] = status;
        }

        int size() {
            return size;
        }

        /** Returns the index of the {@code k}th activity. */
        int activity(int k) {
            return activities[k];
        }

        /** Returns the {@linkplain Attendance#status() status} recorded at the {@code k}th activity. */
        AttendanceStatus status(int k) {
            return statuses[k];
        }
    }
}

package org.civicpatrol.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;
import org.jspecify.annotations.Nullable;

/**
 * What several built-in rules of one validation run read alike, worked out once for the run and
 * shared by its rules: the activities up to the validation date, and whether the registry holds
 * an id.
 *
 * <p>A national registry has half a million activities, two million attendance records and a
 * hundred thousand members. Each rule that judges activities used to sift them by date itself
 * (working out each activity's local date, six times a run), and each reference was looked up in
 * the registry's hash tries, a walk through memory that misses the processor's caches. Here the
 * activities are sifted once, and an id's presence is looked up once and then answered from a hash
 * map small enough to stay in the cache (4,200 patrols, 4,500 districts), or at worst one lookup
 * per member instead of one per attendance record.
 *
 * <p>One instance serves one run, on the validator's thread; it is neither thread-safe nor kept
 * after the run. Caller-defined rules do not see it.
 */
final class RunFacts {

    private final Registry registry;
    private final LocalDate asOf;
    private @Nullable List<Activity> activitiesUntil;
    private final Map<MemberId, Boolean> members = new HashMap<>();
    private final Map<PatrolId, Boolean> patrols = new HashMap<>();
    private final Map<DistrictId, Boolean> districts = new HashMap<>();
    private final Map<SiteId, Boolean> sites = new HashMap<>();

    RunFacts(Registry registry, LocalDate asOf) {
        this.registry = registry;
        this.asOf = asOf;
    }

    /**
     * Returns the activities whose date is on or before the validation date, in the order the
     * registry holds them.
     */
    List<Activity> activitiesUntil() {
        List<Activity> result = activitiesUntil;
        if (result == null) {
            List<Activity> until = new ArrayList<>();
            for (Activity a : registry.activities()) {
                if (!a.date().isAfter(asOf)) {
                    until.add(a);
                }
            }
            result = Collections.unmodifiableList(until);
            activitiesUntil = result;
        }
        return result;
    }

    /** Returns whether the registry holds the member {@code id}. */
    boolean hasMember(MemberId id) {
        Boolean known = members.get(id);
        if (known == null) {
            known = registry.member(id).isPresent();
            members.put(id, known);
        }
        return known;
    }

    /** Returns whether the registry holds the patrol {@code id}. */
    boolean hasPatrol(PatrolId id) {
        Boolean known = patrols.get(id);
        if (known == null) {
            known = registry.patrol(id).isPresent();
            patrols.put(id, known);
        }
        return known;
    }

    /** Returns whether the registry holds the district {@code id}. */
    boolean hasDistrict(DistrictId id) {
        Boolean known = districts.get(id);
        if (known == null) {
            known = registry.district(id).isPresent();
            districts.put(id, known);
        }
        return known;
    }

    /** Returns whether the registry holds the site {@code id}. */
    boolean hasSite(SiteId id) {
        Boolean known = sites.get(id);
        if (known == null) {
            known = registry.site(id).isPresent();
            sites.put(id, known);
        }
        return known;
    }
}

package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.DistrictLevel;
import org.civicpatrol.member.Disqualification;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;

/**
 * Rules about who may be a member: age, disqualifications, one patrol at a time, residence.
 *
 * <p>Messages name members by id only and never say why a member is disqualified, how old they
 * are or where they live.
 */
final class MemberRules {

    private MemberRules() {}

    // MEMBER_UNDER_MINIMUM_AGE

    static void membersAreOfAgeAtAppointment(RuleContext c) {
        Registry r = c.registry();
        int minimum = c.policy().minimumAge();
        for (Membership m : r.memberships()) {
            Optional<LocalDate> appointed = appointedBy(m, c.asOf());
            Optional<Member> member = c.run().member(m.member());
            if (appointed.isEmpty() || member.isEmpty()) {
                continue;
            }
            OptionalInt age = member.get().ageOn(appointed.get());
            if (age.isPresent() && age.getAsInt() < minimum) {
                c.report(
                        Subject.of(m.member()),
                        ImmutableList.of(Subject.of(m.id()), Subject.of(m.patrol())),
                        appointed.get(),
                        Message.of("message")
                                .with("member", m.member())
                                .with("patrol", m.patrol())
                                .with("date", appointed.get())
                                .with("minimum", minimum));
            }
        }
    }

    private static Optional<LocalDate> appointedBy(Membership m, LocalDate asOf) {
        return m.appointedOn().filter(date -> !date.isAfter(asOf));
    }

    // MEMBER_DISQUALIFIED_AT_APPOINTMENT

    static void membersAreNotDisqualifiedAtAppointment(RuleContext c) {
        Registry r = c.registry();
        for (Membership m : r.memberships()) {
            Optional<LocalDate> appointed = appointedBy(m, c.asOf());
            Optional<Member> member = c.run().member(m.member());
            if (appointed.isPresent() && member.isPresent() && isDisqualifiedOn(c, member.get(), appointed.get())) {
                c.report(
                        Subject.of(m.member()),
                        ImmutableList.of(Subject.of(m.id()), Subject.of(m.patrol())),
                        appointed.get(),
                        Message.of("message")
                                .with("member", m.member())
                                .with("patrol", m.patrol())
                                .with("date", appointed.get()));
            }
        }
    }

    // MEMBER_DISQUALIFIED_NOT_DISMISSED

    static void disqualifiedMembersAreDismissed(RuleContext c) {
        Registry r = c.registry();
        for (Membership m : r.memberships()) {
            Optional<Member> member = c.run().member(m.member());
            Optional<DateRange> tenure = m.tenure();
            if (!m.isActiveOn(c.asOf()) || member.isEmpty() || tenure.isEmpty()) {
                continue;
            }
            // Dismissal is mandatory while a member is disqualified, and once a disqualification
            // arises during the membership it stays owed after the disqualification is over (Act
            // Art. 6(2)). One that already held at appointment is MEMBER_DISQUALIFIED_AT_APPOINTMENT.
            // Policy choice: only memberships still active are reported, since an ended one can no
            // longer be dismissed; the message names no date of the disqualification, a record fact.
            if (isDisqualifiedOn(c, member.get(), c.asOf())
                    || aroseDuring(member.get(), tenure.get().start(), c.asOf())) {
                c.report(
                        Subject.of(m.member()),
                        ImmutableList.of(Subject.of(m.id()), Subject.of(m.patrol())),
                        c.asOf(),
                        Message.of("message")
                                .with("member", m.member())
                                .with("patrol", m.patrol())
                                .with("date", c.asOf()));
            }
        }
    }

    /** Whether a disqualification of {@code member} started after {@code appointed} and by {@code asOf}. */
    private static boolean aroseDuring(Member member, LocalDate appointed, LocalDate asOf) {
        for (Disqualification d : member.disqualifications()) {
            LocalDate arose = d.period().start();
            if (arose.isAfter(appointed) && !arose.isAfter(asOf)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDisqualifiedOn(RuleContext c, Member member, LocalDate date) {
        for (Disqualification d : member.disqualifications()) {
            if (d.disqualifiesOn(date, c.policy().lookBackOf(d.kind()))) {
                return true;
            }
        }
        return false;
    }

    // MEMBER_IN_OVERLAPPING_MEMBERSHIPS

    static void membersHoldOneMembershipAtATime(RuleContext c) {
        for (Map.Entry<MemberId, List<Membership>> entry :
                c.run().membershipsByMember().entrySet()) {
            MemberId memberId = entry.getKey();
            List<Membership> appointed = new ArrayList<>();
            for (Membership m : entry.getValue()) {
                if (appointedBy(m, c.asOf()).isPresent()) {
                    appointed.add(m);
                }
            }
            if (appointed.size() < 2) {
                continue;
            }
            appointed.sort(Comparator.comparing(m -> m.appointedOn().orElseThrow()));
            Membership longest = appointed.get(0);
            for (Membership next : appointed.subList(1, appointed.size())) {
                LocalDate start = next.appointedOn().orElseThrow();
                if (longest.isActiveOn(start)) {
                    c.report(
                            Subject.of(memberId),
                            ImmutableList.of(Subject.of(longest.id()), Subject.of(next.id())),
                            start,
                            Message.of("message")
                                    .with("member", memberId)
                                    .with("membership", longest.id())
                                    .with("patrol", longest.patrol())
                                    .with("other", next.id())
                                    .with("otherPatrol", next.patrol())
                                    .with("date", start));
                }
                if (endsAfter(next, longest)) {
                    longest = next;
                }
            }
        }
    }

    private static boolean endsAfter(Membership a, Membership b) {
        if (a.endedOn().isEmpty()) {
            return true;
        }
        return b.endedOn().isPresent() && a.endedOn().get().isAfter(b.endedOn().get());
    }

    // MEMBER_OUTSIDE_PATROL_MUNICIPALITY

    static void membersLiveOrWorkInThePatrolsMunicipality(RuleContext c) {
        Registry r = c.registry();
        Map<DistrictId, Optional<DistrictId>> cache = new HashMap<>();
        for (Membership m : r.memberships()) {
            Optional<LocalDate> appointed = appointedBy(m, c.asOf());
            Optional<Member> member = c.run().member(m.member());
            Optional<Patrol> patrol = c.run().patrol(m.patrol());
            if (appointed.isEmpty()
                    || member.isEmpty()
                    || patrol.isEmpty()
                    || member.get()
                            .residenceOrBusinessDistrictsOn(appointed.get())
                            .isEmpty()) {
                continue;
            }
            Set<DistrictId> patrolAreas = areasAtLevel(c, cache, patrol.get().activityArea());
            if (patrolAreas.isEmpty()) {
                continue; // the registry cannot tell: the level is missing from the patrol's ancestry
            }
            // Residence is a dated fact, judged as it was on the day of appointment (Rule Art. 4(1)).
            Set<DistrictId> memberAreas =
                    areasAtLevel(c, cache, member.get().residenceOrBusinessDistrictsOn(appointed.get()));
            if (!memberAreas.isEmpty() && memberAreas.stream().noneMatch(patrolAreas::contains)) {
                c.report(
                        Subject.of(m.member()),
                        ImmutableList.of(Subject.of(m.id()), Subject.of(m.patrol())),
                        appointed.get(),
                        Message.of("message")
                                .with("member", m.member())
                                .with("level", c.policy().residenceLevel())
                                .with("patrol", m.patrol())
                                .with(
                                        "areas",
                                        patrolAreas.stream()
                                                .sorted(Comparator.comparing(DistrictId::toString))
                                                .toList())
                                .with("date", appointed.get()));
            }
        }
    }

    private static Set<DistrictId> areasAtLevel(
            RuleContext c, Map<DistrictId, Optional<DistrictId>> cache, Collection<DistrictId> districts) {
        Set<DistrictId> result = new HashSet<>();
        for (DistrictId id : districts) {
            cache.computeIfAbsent(id, k -> ancestorAtLevel(c, k)).ifPresent(result::add);
        }
        return result;
    }

    /**
     * Returns the district at the residence level that {@code id} lies in. A district below that
     * level whose ancestry skips it, as Jeju's towns lie in an administrative city that is not a
     * local government, is judged by the nearest district above the level: Jeju, or Sejong, as a
     * whole (Rule Art. 4(1)). A district above the level, or whose ancestry does not resolve, is
     * not judged.
     */
    private static Optional<DistrictId> ancestorAtLevel(RuleContext c, DistrictId id) {
        DistrictLevel level = c.policy().residenceLevel();
        List<District> ancestry = c.registry().ancestryOf(id);
        if (ancestry.isEmpty() || ancestry.get(0).level().rank() <= level.rank()) {
            return ancestry.isEmpty() || !ancestry.get(0).level().equals(level)
                    ? Optional.empty()
                    : Optional.of(ancestry.get(0).id());
        }
        for (District d : ancestry) {
            if (d.level().equals(level) || d.level().rank() < level.rank()) {
                return Optional.of(d.id());
            }
        }
        return Optional.empty();
    }
}

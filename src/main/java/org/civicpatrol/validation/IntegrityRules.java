package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Attendance;
import org.civicpatrol.activity.Site;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictCode;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.KoreanAdministrativeCode;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.FederationTier;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.patrol.PatrolPost;
import org.civicpatrol.registry.Registry;

/** Rules that keep a registry consistent: references, hierarchies, codes and lifetimes. */
final class IntegrityRules {

    private IntegrityRules() {}

    // REFERENCE_UNRESOLVED

    static void referencesResolve(RuleContext c) {
        Registry r = c.registry();
        LocalDate asOf = c.asOf();
        for (District d : r.districts()) {
            d.parent().ifPresent(p -> {
                if (r.district(p).isEmpty()) {
                    unresolved(c, Subject.of(d.id()), asOf, Subject.of(p), "as its parent");
                }
            });
        }
        for (PoliceUnit u : r.policeUnits()) {
            u.parent().ifPresent(p -> {
                if (r.policeUnit(p).isEmpty()) {
                    unresolved(c, Subject.of(u.id()), asOf, Subject.of(p), "as its parent");
                }
            });
        }
        for (Federation f : r.federations()) {
            if (r.district(f.territory()).isEmpty()) {
                unresolved(c, Subject.of(f.id()), asOf, Subject.of(f.territory()), "as its territory");
            }
            f.parent().ifPresent(p -> {
                if (r.federation(p).isEmpty()) {
                    unresolved(c, Subject.of(f.id()), asOf, Subject.of(p), "as its parent");
                }
            });
        }
        for (Patrol p : r.patrols()) {
            Subject patrol = Subject.of(p.id());
            for (DistrictId d : p.activityArea()) {
                if (r.district(d).isEmpty()) {
                    unresolved(c, patrol, asOf, Subject.of(d), "in its activity area");
                }
            }
            if (r.policeUnit(p.policeUnit()).isEmpty()) {
                unresolved(c, patrol, asOf, Subject.of(p.policeUnit()), "as its police unit");
            }
            p.federation().ifPresent(f -> {
                if (r.federation(f).isEmpty()) {
                    unresolved(c, patrol, asOf, Subject.of(f), "as its federation");
                }
            });
            for (PatrolPost post : p.posts()) {
                if (r.district(post.district()).isEmpty()) {
                    unresolved(c, patrol, asOf, Subject.of(post.district()), "as the district of a post");
                }
            }
        }
        for (Member m : r.members()) {
            for (DistrictId d : m.residenceOrBusinessDistricts()) {
                if (r.district(d).isEmpty()) {
                    // The district itself is not shown: where a member lives is personal data.
                    c.report(
                            Subject.of(m.id()),
                            asOf,
                            "member " + m.id()
                                    + " refers to a district of residence or business that the registry does not hold");
                    break;
                }
            }
        }
        for (Membership m : r.memberships()) {
            Subject membership = Subject.of(m.id());
            if (r.member(m.member()).isEmpty()) {
                unresolved(c, membership, asOf, Subject.of(m.member()), "as its member");
            }
            if (r.patrol(m.patrol()).isEmpty()) {
                unresolved(c, membership, asOf, Subject.of(m.patrol()), "as its patrol");
            }
        }
        for (FederationOfficer o : r.federationOfficers()) {
            if (r.member(o.member()).isEmpty()) {
                unresolved(c, Subject.of(o.federation()), o.term().start(), Subject.of(o.member()), "as an officer");
            }
            if (r.federation(o.federation()).isEmpty()) {
                unresolved(
                        c,
                        Subject.of(o.member()),
                        o.term().start(),
                        Subject.of(o.federation()),
                        "as the federation of an office");
            }
        }
        for (TrainingRecord t : r.trainingRecords()) {
            if (r.member(t.member()).isEmpty()) {
                c.report(
                        Subject.of(t.member()),
                        t.date(),
                        "a training record of " + t.date() + " refers to member " + t.member()
                                + ", which the registry does not hold");
            }
        }
        for (Site s : r.sites()) {
            if (r.district(s.district()).isEmpty()) {
                unresolved(c, Subject.of(s.id()), asOf, Subject.of(s.district()), "as its district");
            }
        }
        for (Activity a : r.activities()) {
            activityReferences(c, a);
        }
        for (Vehicle v : r.vehicles()) {
            if (r.patrol(v.patrol()).isEmpty()) {
                unresolved(c, Subject.of(v.id()), asOf, Subject.of(v.patrol()), "as its patrol");
            }
        }
        for (EquipmentIssue e : r.equipmentIssues()) {
            if (r.patrol(e.patrol()).isEmpty()) {
                c.report(
                        Subject.of(e.patrol()),
                        e.issuedOn(),
                        "an equipment issue of " + e.issuedOn() + " refers to patrol " + e.patrol()
                                + ", which the registry does not hold");
            }
            e.member().ifPresent(m -> {
                if (r.member(m).isEmpty()) {
                    unresolved(c, Subject.of(e.patrol()), e.issuedOn(), Subject.of(m), "as the holder of equipment");
                }
            });
        }
        for (Grant g : r.grants()) {
            Subject grant = Subject.of(g.id());
            boolean resolves = g.recipient().patrol().isPresent()
                    ? r.patrol(g.recipient().patrol().get()).isPresent()
                    : r.federation(g.recipient().federation().orElseThrow()).isPresent();
            if (!resolves) {
                unresolved(c, grant, g.awardedOn(), Subject.of(g.recipient()), "as its recipient");
            }
            authorityReferences(c, grant, g.awardedOn(), g.funder(), "its funder");
        }
        for (Expenditure e : r.expenditures()) {
            if (r.grant(e.grant()).isEmpty()) {
                c.report(
                        Subject.of(e.grant()),
                        e.date(),
                        "an expenditure of " + e.date() + " refers to grant " + e.grant()
                                + ", which the registry does not hold");
            }
        }
        for (Refund f : r.refunds()) {
            if (r.grant(f.grant()).isEmpty()) {
                c.report(
                        Subject.of(f.grant()),
                        f.date(),
                        "a refund of " + f.date() + " refers to grant " + f.grant()
                                + ", which the registry does not hold");
            }
        }
    }

    private static void activityReferences(RuleContext c, Activity a) {
        Registry r = c.registry();
        Subject activity = Subject.of(a.id());
        LocalDate date = a.date();
        if (r.patrol(a.patrol()).isEmpty()) {
            unresolved(c, activity, date, Subject.of(a.patrol()), "as its patrol");
        }
        for (PatrolId p : a.jointPatrols()) {
            if (r.patrol(p).isEmpty()) {
                unresolved(c, activity, date, Subject.of(p), "as a joint patrol");
            }
        }
        for (DistrictId d : a.districts()) {
            if (r.district(d).isEmpty()) {
                unresolved(c, activity, date, Subject.of(d), "as a district covered");
            }
        }
        for (SiteId s : a.sites()) {
            if (r.site(s).isEmpty()) {
                unresolved(c, activity, date, Subject.of(s), "as a site visited");
            }
        }
        for (Attendance attendance : a.attendance()) {
            if (r.member(attendance.member()).isEmpty()) {
                unresolved(c, activity, date, Subject.of(attendance.member()), "as an attendee");
            }
        }
        a.requestedBy().ifPresent(authority -> authorityReferences(c, activity, date, authority, "its requester"));
    }

    private static void authorityReferences(
            RuleContext c, Subject subject, LocalDate date, Authority authority, String role) {
        Registry r = c.registry();
        authority.district().ifPresent(d -> {
            if (r.district(d).isEmpty()) {
                unresolved(c, subject, date, Subject.of(d), "as the district of " + role);
            }
        });
        authority.policeUnit().ifPresent(u -> {
            if (r.policeUnit(u).isEmpty()) {
                unresolved(c, subject, date, Subject.of(u), "as " + role);
            }
        });
    }

    private static void unresolved(RuleContext c, Subject subject, LocalDate date, Subject target, String role) {
        c.report(
                subject,
                ImmutableList.of(target),
                date,
                subject + " refers to " + target + " " + role + ", which the registry does not hold");
    }

    // DISTRICT_HIERARCHY_CYCLE

    static void districtHierarchyIsAcyclic(RuleContext c) {
        Registry r = c.registry();
        // 0 or absent: unvisited; 1: on the current path; 2: done.
        Map<DistrictId, Integer> state = new HashMap<>();
        for (District start : r.districts()) {
            List<DistrictId> path = new ArrayList<>();
            Optional<District> current = Optional.of(start);
            while (current.isPresent() && state.getOrDefault(current.get().id(), 0) == 0) {
                DistrictId id = current.get().id();
                state.put(id, 1);
                path.add(id);
                current = current.get().parent().flatMap(r::district);
            }
            if (current.isPresent() && state.getOrDefault(current.get().id(), 0) == 1) {
                List<DistrictId> cycle = path.subList(path.indexOf(current.get().id()), path.size());
                DistrictId first = cycle.stream()
                        .min(Comparator.comparing(DistrictId::toString))
                        .orElseThrow();
                List<Subject> others = new ArrayList<>();
                for (DistrictId id : cycle) {
                    if (!id.equals(first)) {
                        others.add(Subject.of(id));
                    }
                }
                c.report(
                        Subject.of(first),
                        others,
                        c.asOf(),
                        "district " + first + " is its own ancestor through the cycle " + cycle);
            }
            path.forEach(id -> state.put(id, 2));
        }
    }

    // DISTRICT_LEVEL_NOT_BELOW_PARENT

    static void districtLevelsDescend(RuleContext c) {
        Registry r = c.registry();
        for (District d : r.districts()) {
            d.parent().flatMap(r::district).ifPresent(parent -> {
                if (!parent.level().isAbove(d.level())) {
                    c.report(
                            Subject.of(d.id()),
                            ImmutableList.of(Subject.of(parent.id())),
                            c.asOf(),
                            "district " + d.id() + " at level " + d.level() + " is not below its parent " + parent.id()
                                    + " at level " + parent.level());
                }
            });
        }
    }

    // DISTRICT_CODE_INCONSISTENT

    static void districtCodesAreConsistent(RuleContext c) {
        Registry r = c.registry();
        for (District d : r.districts()) {
            if (d.code().isEmpty()) {
                continue;
            }
            DistrictCode code = d.code().get();
            Optional<KoreanAdministrativeCode> korean = korean(code);
            if (code.isOf(KoreanAdministrativeCode.SYSTEM)) {
                if (korean.isEmpty()) {
                    c.report(
                            Subject.of(d.id()),
                            c.asOf(),
                            "district " + d.id() + " has code " + code
                                    + ", which is not a valid Korean administrative code");
                    continue;
                }
                if (!korean.get().level().equals(d.level())) {
                    c.report(
                            Subject.of(d.id()),
                            c.asOf(),
                            "district " + d.id() + " is at level " + d.level() + " but its code " + code
                                    + " is of level " + korean.get().level());
                }
            }
            Optional<District> parent = d.parent().flatMap(r::district);
            if (parent.isEmpty() || parent.get().code().isEmpty()) {
                continue;
            }
            DistrictCode parentCode = parent.get().code().get();
            Subject subject = Subject.of(d.id());
            ImmutableList<Subject> related =
                    ImmutableList.of(Subject.of(parent.get().id()));
            if (!parentCode.system().equals(code.system())) {
                c.report(
                        subject,
                        related,
                        c.asOf(),
                        "district " + d.id() + " has code " + code + " but its parent "
                                + parent.get().id() + " has code " + parentCode + " of another system");
            } else if (korean.isPresent()) {
                Optional<KoreanAdministrativeCode> parentKorean = korean(parentCode);
                if (parentKorean.isPresent() && !korean.get().parent().equals(parentKorean)) {
                    c.report(
                            subject,
                            related,
                            c.asOf(),
                            "district " + d.id() + " has code " + code + ", which does not lie directly under"
                                    + " its parent " + parent.get().id() + "'s code " + parentCode);
                }
            }
        }
    }

    private static Optional<KoreanAdministrativeCode> korean(DistrictCode code) {
        if (!code.isOf(KoreanAdministrativeCode.SYSTEM)) {
            return Optional.empty();
        }
        try {
            return Optional.of(KoreanAdministrativeCode.from(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // DISTRICT_VALIDITY_OUTSIDE_PARENT

    static void districtValidityIsInsideParent(RuleContext c) {
        Registry r = c.registry();
        for (District d : r.districts()) {
            d.parent().flatMap(r::district).ifPresent(parent -> {
                if (!parent.validity().encloses(d.validity())) {
                    c.report(
                            Subject.of(d.id()),
                            ImmutableList.of(Subject.of(parent.id())),
                            d.validity().isUnboundedStart()
                                    ? c.asOf()
                                    : d.validity().start(),
                            "district " + d.id() + " is valid " + d.validity() + ", outside its parent " + parent.id()
                                    + ", valid " + parent.validity());
                }
            });
        }
    }

    // FEDERATION_TIER_NOT_NESTED

    static void federationTiersNest(RuleContext c) {
        Registry r = c.registry();
        for (Federation f : r.federations()) {
            Optional<Federation> parent = f.parent().flatMap(r::federation);
            if (parent.isEmpty()) {
                continue;
            }
            Federation p = parent.get();
            Subject subject = Subject.of(f.id());
            ImmutableList<Subject> related = ImmutableList.of(Subject.of(p.id()));
            if (!f.tier().above().equals(Optional.of(p.tier()))) {
                c.report(
                        subject,
                        related,
                        c.asOf(),
                        "federation " + f.id() + " of tier " + f.tier() + " has parent " + p.id() + " of tier "
                                + p.tier() + ", not of the tier directly above");
            } else if (!isWithin(r, f.territory(), p.territory())) {
                c.report(
                        subject,
                        related,
                        c.asOf(),
                        "federation " + f.id() + "'s territory " + f.territory() + " is not within its parent " + p.id()
                                + "'s territory " + p.territory());
            }
        }
    }

    // PATROL_FEDERATION_MISMATCH

    static void patrolsBelongToTheirDistrictFederation(RuleContext c) {
        Registry r = c.registry();
        for (Patrol patrol : r.patrols()) {
            Optional<Federation> federation = patrol.federation().flatMap(r::federation);
            if (federation.isEmpty()) {
                continue;
            }
            Federation f = federation.get();
            Subject subject = Subject.of(patrol.id());
            ImmutableList<Subject> related = ImmutableList.of(Subject.of(f.id()));
            if (f.tier() != FederationTier.DISTRICT) {
                c.report(
                        subject,
                        related,
                        c.asOf(),
                        "patrol " + patrol.id() + " belongs to federation " + f.id() + " of tier " + f.tier()
                                + " instead of a DISTRICT federation");
                continue;
            }
            for (DistrictId district : patrol.activityArea()) {
                if (r.district(district).isPresent() && !isWithin(r, district, f.territory())) {
                    c.report(
                            subject,
                            related,
                            c.asOf(),
                            "patrol " + patrol.id() + "'s district " + district + " is not within the territory "
                                    + f.territory() + " of its federation " + f.id());
                }
            }
        }
    }

    static boolean isWithin(Registry r, DistrictId district, DistrictId ancestor) {
        for (District d : r.ancestryOf(district)) {
            if (d.id().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    // MEMBERSHIP_OUTSIDE_PATROL_LIFE

    static void membershipsFallWithinPatrolLife(RuleContext c) {
        Registry r = c.registry();
        for (Membership m : r.memberships()) {
            Optional<LocalDate> appointed = m.appointedOn();
            Optional<Patrol> patrol = r.patrol(m.patrol());
            if (appointed.isEmpty() || appointed.get().isAfter(c.asOf()) || patrol.isEmpty()) {
                continue;
            }
            Patrol p = patrol.get();
            ImmutableList<Subject> related = ImmutableList.of(Subject.of(m.member()), Subject.of(p.id()));
            if (appointed.get().isBefore(p.life().start())) {
                c.report(
                        Subject.of(m.id()),
                        related,
                        appointed.get(),
                        "membership " + m.id() + " starts on " + appointed.get() + ", before patrol " + p.id()
                                + " exists (from " + p.life().start() + ")");
            }
            Optional<LocalDate> dissolved = p.dissolvedOn();
            if (dissolved.isPresent() && !dissolved.get().isAfter(c.asOf()) && m.isActiveOn(dissolved.get())) {
                c.report(
                        Subject.of(m.id()),
                        related,
                        dissolved.get(),
                        "membership " + m.id() + " is still active on " + dissolved.get() + ", when patrol " + p.id()
                                + " is dissolved");
            }
        }
    }

    // ACTIVITY_OUTSIDE_PATROL_REGISTRATION

    static void activitiesFallWithinRegistration(RuleContext c) {
        Registry r = c.registry();
        for (Activity a : r.activities()) {
            LocalDate date = a.date();
            if (date.isAfter(c.asOf())) {
                continue;
            }
            List<PatrolId> involved = new ArrayList<>(1 + a.jointPatrols().size());
            involved.add(a.patrol());
            involved.addAll(a.jointPatrols());
            for (PatrolId id : involved) {
                r.patrol(id).ifPresent(p -> {
                    if (!p.isRegisteredOn(date)) {
                        c.report(
                                Subject.of(a.id()),
                                ImmutableList.of(Subject.of(id)),
                                date,
                                "activity " + a.id() + " on " + date + " involves patrol " + id + ", which is "
                                        + p.statusOn(date)
                                                .map(s -> s.toString())
                                                .orElse("not yet formed")
                                        + " and not registered on that date");
                    }
                });
            }
        }
    }

    // GRANT_OUTSIDE_RECIPIENT_LIFE

    static void grantsFallWithinRecipientLife(RuleContext c) {
        Registry r = c.registry();
        for (Grant g : r.grants()) {
            LocalDate awarded = g.awardedOn();
            if (awarded.isAfter(c.asOf())) {
                continue;
            }
            boolean alive;
            if (g.recipient().patrol().isPresent()) {
                Optional<Patrol> p = r.patrol(g.recipient().patrol().get());
                if (p.isEmpty()) {
                    continue;
                }
                alive = p.get().life().contains(awarded);
            } else {
                Optional<Federation> f = r.federation(g.recipient().federation().orElseThrow());
                if (f.isEmpty()) {
                    continue;
                }
                alive = f.get().existsOn(awarded);
            }
            if (!alive) {
                c.report(
                        Subject.of(g.id()),
                        ImmutableList.of(Subject.of(g.recipient())),
                        awarded,
                        "grant " + g.id() + " is awarded on " + awarded + ", when its recipient "
                                + Subject.of(g.recipient()) + " does not exist");
            }
        }
    }

    // PATROL_AREA_OUTSIDE_DISTRICT_VALIDITY

    static void patrolAreasAreValidDistricts(RuleContext c) {
        Registry r = c.registry();
        for (Patrol p : r.patrols()) {
            LocalDate start = p.life().start();
            if (start.isAfter(c.asOf())) {
                continue;
            }
            for (DistrictId id : p.activityArea()) {
                Optional<District> district = r.district(id);
                if (district.isEmpty()) {
                    continue;
                }
                District d = district.get();
                ImmutableList<Subject> related = ImmutableList.of(Subject.of(id));
                if (start.isBefore(d.validity().start())) {
                    c.report(
                            Subject.of(p.id()),
                            related,
                            start,
                            "patrol " + p.id() + " exists from " + start + ", before its district " + id
                                    + " is valid (from " + d.validity().start() + ")");
                }
                Optional<LocalDate> abolished = d.validity().boundedEnd();
                if (abolished.isPresent()
                        && !abolished.get().isAfter(c.asOf())
                        && p.life().contains(abolished.get())) {
                    c.report(
                            Subject.of(p.id()),
                            related,
                            abolished.get(),
                            "patrol " + p.id() + " still exists on " + abolished.get() + ", when its district " + id
                                    + " ceases to be valid; link it to the successor district");
                }
            }
        }
    }
}

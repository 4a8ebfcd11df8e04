package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.activity.Site;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.equipment.EquipmentIssue;
import org.civicpatrol.equipment.Vehicle;
import org.civicpatrol.funding.Expenditure;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.funding.Refund;
import org.civicpatrol.geo.Authority;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnit;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.TrainingRecord;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.patrol.PatrolPost;
import org.civicpatrol.registry.Registry;

/** The rule that every id an entity refers to names an entity the registry holds. */
final class ReferenceRules {

    private ReferenceRules() {}

    // REFERENCE_UNRESOLVED

    static void referencesResolve(RuleContext c) {
        Registry r = c.registry();
        LocalDate asOf = c.asOf();
        for (District d : r.districts()) {
            d.parent().ifPresent(p -> {
                if (!c.run().hasDistrict(p)) {
                    unresolved(c, Subject.of(d.id()), asOf, Subject.of(p), "parent");
                }
            });
        }
        for (PoliceUnit u : r.policeUnits()) {
            u.parent().ifPresent(p -> {
                if (r.policeUnit(p).isEmpty()) {
                    unresolved(c, Subject.of(u.id()), asOf, Subject.of(p), "parent");
                }
            });
        }
        for (Federation f : r.federations()) {
            if (!c.run().hasDistrict(f.territory())) {
                unresolved(c, Subject.of(f.id()), asOf, Subject.of(f.territory()), "territory");
            }
            f.parent().ifPresent(p -> {
                if (r.federation(p).isEmpty()) {
                    unresolved(c, Subject.of(f.id()), asOf, Subject.of(p), "parent");
                }
            });
        }
        for (Patrol p : r.patrols()) {
            Subject patrol = Subject.of(p.id());
            for (DistrictId d : p.activityArea()) {
                if (!c.run().hasDistrict(d)) {
                    unresolved(c, patrol, asOf, Subject.of(d), "activityArea");
                }
            }
            if (r.policeUnit(p.policeUnit()).isEmpty()) {
                unresolved(c, patrol, asOf, Subject.of(p.policeUnit()), "policeUnit");
            }
            p.federation().ifPresent(f -> {
                if (r.federation(f).isEmpty()) {
                    unresolved(c, patrol, asOf, Subject.of(f), "federation");
                }
            });
            for (PatrolPost post : p.posts()) {
                if (!c.run().hasDistrict(post.district())) {
                    unresolved(c, patrol, asOf, Subject.of(post.district()), "postDistrict");
                }
            }
        }
        for (Member m : r.members()) {
            Set<DistrictId> districts = new LinkedHashSet<>(m.residenceOrBusinessDistricts());
            m.residences().forEach(residence -> districts.add(residence.district()));
            for (DistrictId d : districts) {
                if (!c.run().hasDistrict(d)) {
                    // The district itself is not shown: where a member lives is personal data.
                    c.report(
                            Subject.of(m.id()),
                            asOf,
                            Message.of("message.residence").with("member", m.id()));
                    break;
                }
            }
        }
        for (Membership m : r.memberships()) {
            // A hundred thousand memberships, almost all sound: the subject is made for a finding.
            if (!c.run().hasMember(m.member())) {
                unresolved(c, Subject.of(m.id()), asOf, Subject.of(m.member()), "member");
            }
            if (!c.run().hasPatrol(m.patrol())) {
                unresolved(c, Subject.of(m.id()), asOf, Subject.of(m.patrol()), "patrol");
            }
        }
        for (FederationOfficer o : r.federationOfficers()) {
            if (!c.run().hasMember(o.member())) {
                unresolved(c, Subject.of(o.federation()), o.term().start(), Subject.of(o.member()), "officer");
            }
            if (r.federation(o.federation()).isEmpty()) {
                unresolved(c, Subject.of(o.member()), o.term().start(), Subject.of(o.federation()), "officeFederation");
            }
        }
        for (TrainingRecord t : r.trainingRecords()) {
            if (!c.run().hasMember(t.member())) {
                c.report(
                        Subject.of(t.member()),
                        t.date(),
                        Message.of("message.trainingRecord")
                                .with("date", t.date())
                                .with("member", t.member()));
            }
        }
        for (Site s : r.sites()) {
            if (!c.run().hasDistrict(s.district())) {
                unresolved(c, Subject.of(s.id()), asOf, Subject.of(s.district()), "district");
            }
        }
        for (Activity a : r.activities()) {
            activityReferences(c, a);
        }
        attendeeReferences(c);
        for (Vehicle v : r.vehicles()) {
            if (!c.run().hasPatrol(v.patrol())) {
                unresolved(c, Subject.of(v.id()), asOf, Subject.of(v.patrol()), "patrol");
            }
        }
        for (EquipmentIssue e : r.equipmentIssues()) {
            if (!c.run().hasPatrol(e.patrol())) {
                c.report(
                        Subject.of(e.patrol()),
                        e.issuedOn(),
                        Message.of("message.equipmentIssue")
                                .with("date", e.issuedOn())
                                .with("patrol", e.patrol()));
            }
            e.member().ifPresent(m -> {
                if (!c.run().hasMember(m)) {
                    unresolved(c, Subject.of(e.patrol()), e.issuedOn(), Subject.of(m), "equipmentHolder");
                }
            });
        }
        for (Grant g : r.grants()) {
            Subject grant = Subject.of(g.id());
            boolean resolves = g.recipient().patrol().isPresent()
                    ? c.run().hasPatrol(g.recipient().patrol().get())
                    : r.federation(g.recipient().federation().orElseThrow()).isPresent();
            if (!resolves) {
                unresolved(c, grant, g.awardedOn(), Subject.of(g.recipient()), "recipient");
            }
            authorityReferences(c, () -> grant, g::awardedOn, g.funder(), "funder");
        }
        for (Expenditure e : r.expenditures()) {
            if (r.grant(e.grant()).isEmpty()) {
                c.report(
                        Subject.of(e.grant()),
                        e.date(),
                        Message.of("message.expenditure").with("date", e.date()).with("grant", e.grant()));
            }
        }
        for (Refund f : r.refunds()) {
            if (r.grant(f.grant()).isEmpty()) {
                c.report(
                        Subject.of(f.grant()),
                        f.date(),
                        Message.of("message.refund").with("date", f.date()).with("grant", f.grant()));
            }
        }
    }

    /**
     * Checks an activity's references but its attendance, which {@link #attendeeReferences}
     * checks. Half a million activities are checked, and almost no reference is missing: the
     * subject and the date are made only for a finding, and whether an id exists is looked up
     * once for the run ({@link RunFacts}).
     */
    private static void activityReferences(RuleContext c, Activity a) {
        if (!c.run().hasPatrol(a.patrol())) {
            unresolved(c, Subject.of(a.id()), a.date(), Subject.of(a.patrol()), "patrol");
        }
        for (PatrolId p : a.jointPatrols()) {
            if (!c.run().hasPatrol(p)) {
                unresolved(c, Subject.of(a.id()), a.date(), Subject.of(p), "jointPatrol");
            }
        }
        for (DistrictId d : a.districts()) {
            if (!c.run().hasDistrict(d)) {
                unresolved(c, Subject.of(a.id()), a.date(), Subject.of(d), "districtCovered");
            }
        }
        for (SiteId s : a.sites()) {
            if (!c.run().hasSite(s)) {
                unresolved(c, Subject.of(a.id()), a.date(), Subject.of(s), "siteVisited");
            }
        }
        a.requestedBy()
                .ifPresent(
                        authority -> authorityReferences(c, () -> Subject.of(a.id()), a::date, authority, "requester"));
    }

    /** Checks the members named in attendance, each once, however many records name it. */
    private static void attendeeReferences(RuleContext c) {
        RunFacts run = c.run();
        for (Map.Entry<MemberId, RunFacts.Attendances> entry :
                run.attendanceByMember().entrySet()) {
            MemberId member = entry.getKey();
            if (run.hasMember(member)) {
                continue;
            }
            RunFacts.Attendances where = entry.getValue();
            for (int k = 0; k < where.size(); k++) {
                int i = where.activity(k);
                Activity a = run.activities().get(i);
                unresolved(c, Subject.of(a.id()), run.date(i), Subject.of(member), "attendee");
            }
        }
    }

    /**
     * Checks the district and the police unit that an authority names, if it names them; the
     * subject and the date of a finding are made only for a finding, since most of the half
     * million activities with a requester have none.
     */
    private static void authorityReferences(
            RuleContext c, Supplier<Subject> subject, Supplier<LocalDate> date, Authority authority, String role) {
        Registry r = c.registry();
        authority.district().ifPresent(d -> {
            if (!c.run().hasDistrict(d)) {
                unresolved(c, subject.get(), date.get(), Subject.of(d), role + "District");
            }
        });
        authority.policeUnit().ifPresent(u -> {
            if (r.policeUnit(u).isEmpty()) {
                unresolved(c, subject.get(), date.get(), Subject.of(u), role);
            }
        });
    }

    /** Reports that {@code subject} refers to {@code target}, which is missing, in the way {@code key} names. */
    private static void unresolved(RuleContext c, Subject subject, LocalDate date, Subject target, String key) {
        c.report(
                subject,
                ImmutableList.of(target),
                date,
                Message.of("message." + key).with("subject", subject).with("target", target));
    }
}

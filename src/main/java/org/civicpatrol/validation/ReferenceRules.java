package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
                if (r.district(p).isEmpty()) {
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
            if (r.district(f.territory()).isEmpty()) {
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
                if (r.district(d).isEmpty()) {
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
                if (r.district(post.district()).isEmpty()) {
                    unresolved(c, patrol, asOf, Subject.of(post.district()), "postDistrict");
                }
            }
        }
        for (Member m : r.members()) {
            Set<DistrictId> districts = new LinkedHashSet<>(m.residenceOrBusinessDistricts());
            m.residences().forEach(residence -> districts.add(residence.district()));
            for (DistrictId d : districts) {
                if (r.district(d).isEmpty()) {
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
            Subject membership = Subject.of(m.id());
            if (r.member(m.member()).isEmpty()) {
                unresolved(c, membership, asOf, Subject.of(m.member()), "member");
            }
            if (r.patrol(m.patrol()).isEmpty()) {
                unresolved(c, membership, asOf, Subject.of(m.patrol()), "patrol");
            }
        }
        for (FederationOfficer o : r.federationOfficers()) {
            if (r.member(o.member()).isEmpty()) {
                unresolved(c, Subject.of(o.federation()), o.term().start(), Subject.of(o.member()), "officer");
            }
            if (r.federation(o.federation()).isEmpty()) {
                unresolved(c, Subject.of(o.member()), o.term().start(), Subject.of(o.federation()), "officeFederation");
            }
        }
        for (TrainingRecord t : r.trainingRecords()) {
            if (r.member(t.member()).isEmpty()) {
                c.report(
                        Subject.of(t.member()),
                        t.date(),
                        Message.of("message.trainingRecord")
                                .with("date", t.date())
                                .with("member", t.member()));
            }
        }
        for (Site s : r.sites()) {
            if (r.district(s.district()).isEmpty()) {
                unresolved(c, Subject.of(s.id()), asOf, Subject.of(s.district()), "district");
            }
        }
        Map<MemberId, Boolean> members = new HashMap<>();
        for (Activity a : r.activities()) {
            activityReferences(c, a, members);
        }
        for (Vehicle v : r.vehicles()) {
            if (r.patrol(v.patrol()).isEmpty()) {
                unresolved(c, Subject.of(v.id()), asOf, Subject.of(v.patrol()), "patrol");
            }
        }
        for (EquipmentIssue e : r.equipmentIssues()) {
            if (r.patrol(e.patrol()).isEmpty()) {
                c.report(
                        Subject.of(e.patrol()),
                        e.issuedOn(),
                        Message.of("message.equipmentIssue")
                                .with("date", e.issuedOn())
                                .with("patrol", e.patrol()));
            }
            e.member().ifPresent(m -> {
                if (r.member(m).isEmpty()) {
                    unresolved(c, Subject.of(e.patrol()), e.issuedOn(), Subject.of(m), "equipmentHolder");
                }
            });
        }
        for (Grant g : r.grants()) {
            Subject grant = Subject.of(g.id());
            boolean resolves = g.recipient().patrol().isPresent()
                    ? r.patrol(g.recipient().patrol().get()).isPresent()
                    : r.federation(g.recipient().federation().orElseThrow()).isPresent();
            if (!resolves) {
                unresolved(c, grant, g.awardedOn(), Subject.of(g.recipient()), "recipient");
            }
            authorityReferences(c, grant, g.awardedOn(), g.funder(), "funder");
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
     * Checks an activity's references. Half a million activities and two million attendance
     * records are checked, and almost none is missing: the subject and the date are made only
     * for a finding, and whether a member exists is looked up once a member ({@code members}).
     */
    private static void activityReferences(RuleContext c, Activity a, Map<MemberId, Boolean> members) {
        Registry r = c.registry();
        if (r.patrol(a.patrol()).isEmpty()) {
            unresolved(c, Subject.of(a.id()), a.date(), Subject.of(a.patrol()), "patrol");
        }
        for (PatrolId p : a.jointPatrols()) {
            if (r.patrol(p).isEmpty()) {
                unresolved(c, Subject.of(a.id()), a.date(), Subject.of(p), "jointPatrol");
            }
        }
        for (DistrictId d : a.districts()) {
            if (r.district(d).isEmpty()) {
                unresolved(c, Subject.of(a.id()), a.date(), Subject.of(d), "districtCovered");
            }
        }
        for (SiteId s : a.sites()) {
            if (r.site(s).isEmpty()) {
                unresolved(c, Subject.of(a.id()), a.date(), Subject.of(s), "siteVisited");
            }
        }
        for (Attendance attendance : a.attendance()) {
            MemberId member = attendance.member();
            if (!members.computeIfAbsent(member, m -> r.member(m).isPresent())) {
                unresolved(c, Subject.of(a.id()), a.date(), Subject.of(member), "attendee");
            }
        }
        a.requestedBy()
                .ifPresent(authority -> authorityReferences(c, Subject.of(a.id()), a.date(), authority, "requester"));
    }

    private static void authorityReferences(
            RuleContext c, Subject subject, LocalDate date, Authority authority, String role) {
        Registry r = c.registry();
        authority.district().ifPresent(d -> {
            if (r.district(d).isEmpty()) {
                unresolved(c, subject, date, Subject.of(d), role + "District");
            }
        });
        authority.policeUnit().ifPresent(u -> {
            if (r.policeUnit(u).isEmpty()) {
                unresolved(c, subject, date, Subject.of(u), role);
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

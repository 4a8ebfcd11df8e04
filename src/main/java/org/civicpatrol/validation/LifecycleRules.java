package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.funding.Grant;
import org.civicpatrol.geo.District;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.member.Membership;
import org.civicpatrol.patrol.Federation;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolId;
import org.civicpatrol.registry.Registry;

/**
 * Rules about dates: memberships, activities and grants fall within the registration of the
 * patrol they concern (a group is a patrol in law only once registered, Act Arts. 2, 4) or the
 * life of the federation, and a patrol's area consists of districts valid while it exists.
 */
final class LifecycleRules {

    private LifecycleRules() {}

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
            // Members are appointed to a registered patrol (Act Arts. 2, 6(1)): at its registration
            // at the earliest, from the people its representative recommends.
            Optional<LocalDate> registered = p.registeredOn();
            if (registered.isEmpty()) {
                c.report(
                        Subject.of(m.id()),
                        related(m, p),
                        appointed.get(),
                        Message.of("message.unregistered")
                                .with("membership", m.id())
                                .with("date", appointed.get())
                                .with("patrol", p.id()));
            } else if (appointed.get().isBefore(registered.get())) {
                c.report(
                        Subject.of(m.id()),
                        related(m, p),
                        appointed.get(),
                        Message.of("message.early")
                                .with("membership", m.id())
                                .with("date", appointed.get())
                                .with("patrol", p.id())
                                .with("registered", registered.get()));
            }
            Optional<LocalDate> dissolved = p.dissolvedOn();
            if (dissolved.isPresent() && !dissolved.get().isAfter(c.asOf()) && m.isActiveOn(dissolved.get())) {
                c.report(
                        Subject.of(m.id()),
                        related(m, p),
                        dissolved.get(),
                        Message.of("message.dissolved")
                                .with("membership", m.id())
                                .with("date", dissolved.get())
                                .with("patrol", p.id()));
            }
        }
    }

    /** Returns the member and the patrol of a finding about a membership, made for a finding only. */
    private static ImmutableList<Subject> related(Membership m, Patrol p) {
        return ImmutableList.of(Subject.of(m.member()), Subject.of(p.id()));
    }

    // ACTIVITY_OUTSIDE_PATROL_REGISTRATION

    static void activitiesFallWithinRegistration(RuleContext c) {
        RunFacts run = c.run();
        List<Activity> all = run.activities();
        for (int i = 0; i < all.size(); i++) {
            if (!run.isUntil(i)) {
                continue;
            }
            Activity a = all.get(i);
            LocalDate date = run.date(i);
            registeredOn(c, a, a.patrol(), run.organiserPatrol(i), date);
            for (PatrolId joint : a.jointPatrols()) {
                registeredOn(c, a, joint, run.patrol(joint), date);
            }
        }
    }

    /**
     * Reports {@code activity} if {@code patrol}, the patrol {@code id} if the registry holds it,
     * was not registered on {@code date}.
     */
    private static void registeredOn(
            RuleContext c, Activity activity, PatrolId id, Optional<Patrol> patrol, LocalDate date) {
        if (patrol.isPresent() && !patrol.get().isRegisteredOn(date)) {
            c.report(
                    Subject.of(activity.id()),
                    ImmutableList.of(Subject.of(id)),
                    date,
                    patrol.get()
                            .statusOn(date)
                            .map(s -> Message.of("message").with("status", s))
                            .orElse(Message.of("message.notFormed"))
                            .with("activity", activity.id())
                            .with("date", date)
                            .with("patrol", id));
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
                // Funding is for patrols in law, which a group becomes by registering (Act Arts. 2, 4).
                alive = p.get().isRegisteredOn(awarded);
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
                        Message.of(g.recipient().isPatrol() ? "message.patrol" : "message.federation")
                                .with("grant", g.id())
                                .with("date", awarded)
                                .with("recipient", Subject.of(g.recipient())));
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
                            Message.of("message.before")
                                    .with("patrol", p.id())
                                    .with("date", start)
                                    .with("district", id)
                                    .with("validFrom", d.validity().start()));
                }
                Optional<LocalDate> abolished = d.validity().boundedEnd();
                if (abolished.isPresent()
                        && !abolished.get().isAfter(c.asOf())
                        && p.life().contains(abolished.get())) {
                    c.report(
                            Subject.of(p.id()),
                            related,
                            abolished.get(),
                            Message.of("message.after")
                                    .with("patrol", p.id())
                                    .with("date", abolished.get())
                                    .with("district", id));
                }
            }
        }
    }
}

package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.RoleAssignment;
import org.civicpatrol.patrol.Patrol;
import org.civicpatrol.patrol.PatrolStatus;
import org.civicpatrol.registry.Registry;
import org.civicpatrol.time.DateRange;

/** Rules about patrols: name, complement, officers and their terms. */
final class PatrolRules {

    private PatrolRules() {}

    // PATROL_NAME_NOT_STANDARD

    static void patrolNamesFollowThePattern(RuleContext c) {
        for (Patrol p : c.registry().patrols()) {
            // Only a registered patrol bears the official name (Rule Art. 2; Act Art. 16).
            if (p.isRegisteredOn(c.asOf())
                    && !c.policy().compiledNamePattern().matcher(p.name()).matches()) {
                c.report(
                        Subject.of(p.id()),
                        c.asOf(),
                        "patrol " + p.id() + "'s name \"" + p.name() + "\" does not match the official pattern "
                                + c.policy().patrolNamePattern());
            }
        }
    }

    // PROTECTED_NAME_USED_BEFORE_REGISTRATION

    static void onlyRegisteredPatrolsUseTheProtectedName(RuleContext c) {
        Optional<String> protectedName = c.policy().protectedPatrolName();
        if (protectedName.isEmpty()) {
            return;
        }
        for (Patrol p : c.registry().patrols()) {
            if (p.statusOn(c.asOf()).equals(Optional.of(PatrolStatus.FORMING))
                    && p.name().contains(protectedName.get())) {
                c.report(
                        Subject.of(p.id()),
                        c.asOf(),
                        "patrol " + p.id() + " is not registered on " + c.asOf() + " but is named \"" + p.name()
                                + "\", which only a registered patrol may use");
            }
        }
    }

    // PATROL_BELOW_MINIMUM_COMPLEMENT, PATROL_ABOVE_MAXIMUM_COMPLEMENT

    static void patrolsHaveTheMinimumComplement(RuleContext c) {
        int minimum = c.policy().minimumComplement();
        for (Patrol p : registered(c)) {
            int active = c.registry().activeMembershipsOf(p.id(), c.asOf()).size();
            if (active < minimum) {
                c.report(
                        Subject.of(p.id()),
                        c.asOf(),
                        "patrol " + p.id() + " has " + active + " active members on " + c.asOf()
                                + ", below the minimum of " + minimum);
            }
        }
    }

    static void patrolsStayWithinTheMaximumComplement(RuleContext c) {
        int maximum = c.policy().maximumComplement();
        for (Patrol p : registered(c)) {
            int active = c.registry().activeMembershipsOf(p.id(), c.asOf()).size();
            // A larger complement the police approved is lawful (Rule Art. 3(1)).
            OptionalInt approved = p.approvedComplementOn(c.asOf());
            int allowed = Math.max(maximum, approved.orElse(maximum));
            if (active > allowed) {
                c.report(
                        Subject.of(p.id()),
                        c.asOf(),
                        "patrol " + p.id() + " has " + active + " active members on " + c.asOf() + ", above the "
                                + (approved.isPresent() && approved.getAsInt() > maximum
                                        ? "complement of " + allowed + " the police approved"
                                        : "maximum of " + maximum + " allowed without police approval"));
            }
        }
    }

    private static List<Patrol> registered(RuleContext c) {
        List<Patrol> result = new ArrayList<>();
        for (Patrol p : c.registry().patrols()) {
            if (p.isRegisteredOn(c.asOf())) {
                result.add(p);
            }
        }
        return result;
    }

    // PATROL_WITHOUT_LEADER, PATROL_WITH_SEVERAL_LEADERS, PATROL_WITHOUT_DEPUTY, PATROL_WITHOUT_SECRETARY

    static void patrolsHaveOneLeader(RuleContext c) {
        for (Patrol p : registered(c)) {
            List<Membership> leaders = holders(c, p, Role.LEADER);
            if (leaders.isEmpty()) {
                c.report(
                        Subject.of(p.id()),
                        c.asOf(),
                        "patrol " + p.id() + " has no leader among its active members on " + c.asOf());
            }
        }
    }

    static void patrolsHaveNoMoreThanOneLeader(RuleContext c) {
        for (Patrol p : registered(c)) {
            List<Membership> leaders = holders(c, p, Role.LEADER);
            if (leaders.size() > 1) {
                List<Subject> related = new ArrayList<>();
                leaders.forEach(m -> related.add(Subject.of(m.id())));
                c.report(
                        Subject.of(p.id()),
                        related,
                        c.asOf(),
                        "patrol " + p.id() + " has " + leaders.size() + " leaders on " + c.asOf() + ": memberships "
                                + leaders.stream().map(m -> m.id().toString()).toList());
            }
        }
    }

    static void patrolsHaveADeputy(RuleContext c) {
        officerPresent(c, Role.DEPUTY, "deputy");
    }

    static void patrolsHaveASecretary(RuleContext c) {
        officerPresent(c, Role.SECRETARY, "secretary");
    }

    private static void officerPresent(RuleContext c, Role role, String name) {
        for (Patrol p : registered(c)) {
            if (holders(c, p, role).isEmpty()) {
                c.report(
                        Subject.of(p.id()),
                        c.asOf(),
                        "patrol " + p.id() + " has no " + name + " among its active members on " + c.asOf());
            }
        }
    }

    private static List<Membership> holders(RuleContext c, Patrol p, Role role) {
        List<Membership> result = new ArrayList<>();
        for (Membership m : c.registry().membershipsOf(p.id())) {
            if (m.roleOn(c.asOf()).filter(r -> r == role).isPresent()) {
                result.add(m);
            }
        }
        return result;
    }

    // OFFICER_TERM_TOO_LONG

    static void officerTermsAreNoLongerThanThePolicyTerm(RuleContext c) {
        Registry r = c.registry();
        Period term = c.policy().officerTerm();
        for (Membership m : r.memberships()) {
            for (RoleAssignment a : m.roles()) {
                if (a.role().isOfficer() && isTooLong(a.term(), term, c.asOf())) {
                    c.report(
                            Subject.of(m.id()),
                            ImmutableList.of(Subject.of(m.member()), Subject.of(m.patrol())),
                            a.term().start(),
                            "membership " + m.id() + " holds " + a.role() + " for " + describe(a.term(), c.asOf())
                                    + ", longer than the term of " + Texts.period(term));
                }
            }
        }
        for (FederationOfficer o : r.federationOfficers()) {
            if (isTooLong(o.term(), term, c.asOf())) {
                c.report(
                        Subject.of(o.member()),
                        ImmutableList.of(Subject.of(o.federation())),
                        o.term().start(),
                        "member " + o.member() + " holds " + o.role() + " of federation " + o.federation() + " for "
                                + describe(o.term(), c.asOf()) + ", longer than the term of " + Texts.period(term));
            }
        }
    }

    private static boolean isTooLong(DateRange held, Period term, LocalDate asOf) {
        if (held.start().isAfter(asOf)) {
            return false;
        }
        // The first day after the lawful term, counted as civil law counts periods (Civil Act
        // art. 160: a term of three years from 29 February ends with 28 February).
        LocalDate limit = DateRange.of(held.start(), term).end();
        if (held.isUnboundedEnd()) {
            // An open term is too long from the first day after its lawful end.
            return !asOf.isBefore(limit);
        }
        return held.end().isAfter(limit);
    }

    private static String describe(DateRange held, LocalDate asOf) {
        return held.isUnboundedEnd()
                ? "an open term from " + held.start() + " (still running on " + asOf + ")"
                : "the term " + held;
    }

    // OFFICER_RENEWED_TOO_OFTEN

    static void officerTermsAreRenewedAtMostAsOftenAsAllowed(RuleContext c) {
        Registry r = c.registry();
        int allowed = c.policy().officerRenewals();
        for (Membership m : r.memberships()) {
            Map<Role, List<DateRange>> byRole = new EnumMap<>(Role.class);
            for (RoleAssignment a : m.roles()) {
                if (a.role().isOfficer()) {
                    byRole.computeIfAbsent(a.role(), k -> new ArrayList<>()).add(a.term());
                }
            }
            byRole.forEach((role, terms) -> consecutive(
                    terms,
                    allowed,
                    c.asOf(),
                    (start, count) -> c.report(
                            Subject.of(m.id()),
                            ImmutableList.of(Subject.of(m.member()), Subject.of(m.patrol())),
                            start,
                            "membership " + m.id() + " holds " + role + " for " + count + " consecutive terms from "
                                    + start + "; a term may be renewed " + times(allowed))));
        }
        Map<List<Object>, List<DateRange>> byOffice = new HashMap<>();
        for (FederationOfficer o : r.federationOfficers()) {
            byOffice.computeIfAbsent(List.of(o.member(), o.federation(), o.role()), k -> new ArrayList<>())
                    .add(o.term());
        }
        byOffice.forEach((office, terms) -> consecutive(
                terms,
                allowed,
                c.asOf(),
                (start, count) -> c.report(
                        Subject.of(SubjectKind.MEMBER, office.get(0).toString()),
                        ImmutableList.of(
                                Subject.of(SubjectKind.FEDERATION, office.get(1).toString())),
                        start,
                        "member " + office.get(0) + " holds " + office.get(2) + " of federation " + office.get(1)
                                + " for " + count + " consecutive terms from " + start + "; a term may be renewed "
                                + times(allowed))));
    }

    private static String times(int allowed) {
        return switch (allowed) {
            case 0 -> "never";
            case 1 -> "once";
            default -> "at most " + allowed + " times";
        };
    }

    /** Receives the start of a term that renews too often, and its rank in the run of terms. */
    private interface RenewalSink {
        void tooOften(LocalDate start, int count);
    }

    /**
     * Finds runs of terms where each starts on or before the day the previous one ends, and
     * reports each term beyond the allowed renewals.
     */
    private static void consecutive(List<DateRange> terms, int allowed, LocalDate asOf, RenewalSink sink) {
        List<DateRange> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(DateRange::start));
        int run = 0;
        DateRange previous = null;
        for (DateRange term : sorted) {
            if (term.start().isAfter(asOf)) {
                break;
            }
            boolean continues = previous != null
                    && !previous.isUnboundedEnd()
                    && !term.start().isAfter(previous.end());
            run = continues ? run + 1 : 1;
            if (run > allowed + 1) {
                sink.tooOften(term.start(), run);
            }
            previous = term;
        }
    }

    // NOMINATED_TERM_OUTLASTS_LEADER

    static void nominatedTermsEndWithTheLeaders(RuleContext c) {
        Registry r = c.registry();
        for (Patrol p : r.patrols()) {
            List<Membership> memberships = r.membershipsOf(p.id());
            List<LeaderTerm> leaderTerms = new ArrayList<>();
            for (Membership m : memberships) {
                for (RoleAssignment a : m.roles()) {
                    if (a.role() == Role.LEADER) {
                        leaderTerms.add(new LeaderTerm(m, a.term()));
                    }
                }
            }
            if (leaderTerms.isEmpty()) {
                continue;
            }
            for (Membership m : memberships) {
                for (RoleAssignment a : m.roles()) {
                    if ((a.role() != Role.DEPUTY && a.role() != Role.SECRETARY)
                            || a.term().start().isAfter(c.asOf())) {
                        continue;
                    }
                    for (LeaderTerm leader : leaderTerms) {
                        if (leader.term().contains(a.term().start()) && outlasts(a.term(), leader.term())) {
                            c.report(
                                    Subject.of(m.id()),
                                    ImmutableList.of(
                                            Subject.of(leader.membership().id()), Subject.of(p.id())),
                                    a.term().start(),
                                    "membership " + m.id() + "'s " + a.role() + " term " + a.term()
                                            + " outlasts the term " + leader.term()
                                            + " of the leader who nominated it (membership "
                                            + leader.membership().id() + ")");
                        }
                    }
                }
            }
        }
    }

    private static boolean outlasts(DateRange nominated, DateRange leader) {
        if (leader.isUnboundedEnd()) {
            return false;
        }
        return nominated.isUnboundedEnd() || nominated.end().isAfter(leader.end());
    }

    private record LeaderTerm(Membership membership, DateRange term) {
        LeaderTerm {
            Objects.requireNonNull(membership);
            Objects.requireNonNull(term);
        }
    }
}

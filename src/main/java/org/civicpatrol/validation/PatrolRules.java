package org.civicpatrol.validation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.FederationRole;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.RoleAssignment;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.Headcount;
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
                        Message.of("message")
                                .with("patrol", p.id())
                                .with("name", p.name())
                                .with("pattern", c.policy().patrolNamePattern()));
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
                        Message.of("message")
                                .with("patrol", p.id())
                                .with("date", c.asOf())
                                .with("name", p.name()));
            }
        }
    }

    // PATROL_BELOW_MINIMUM_COMPLEMENT, PATROL_ABOVE_MAXIMUM_COMPLEMENT

    static void patrolsHaveTheMinimumComplement(RuleContext c) {
        int minimum = c.policy().minimumComplement();
        for (Patrol p : registered(c)) {
            Optional<Integer> complement = complement(c, p);
            if (complement.isPresent() && complement.get() < minimum) {
                c.report(
                        Subject.of(p.id()),
                        c.asOf(),
                        describe(c, p, complement.get(), "message").with("minimum", minimum));
            }
        }
    }

    /**
     * The patrol's complement on the date: its active members if its roster is recorded, else the
     * headcount it last reported, if any.
     */
    private static Optional<Integer> complement(RuleContext c, Patrol p) {
        if (c.registry().recordsRosterOf(p)) {
            return Optional.of(
                    c.registry().activeMembershipsOf(p.id(), c.asOf()).size());
        }
        return p.reportedHeadcountOn(c.asOf()).map(Headcount::members);
    }

    /**
     * The message {@code key} for a patrol's counted members on the date, or {@code key.reported}
     * for the headcount it reported.
     */
    private static Message describe(RuleContext c, Patrol p, int count, String key) {
        if (c.registry().recordsRosterOf(p)) {
            return Message.of(key).with("patrol", p.id()).with("count", count).with("date", c.asOf());
        }
        return Message.of(key + ".reported")
                .with("patrol", p.id())
                .with("count", count)
                .with("date", p.reportedHeadcountOn(c.asOf()).orElseThrow().date());
    }

    static void patrolsStayWithinTheMaximumComplement(RuleContext c) {
        int maximum = c.policy().maximumComplement();
        for (Patrol p : registered(c)) {
            Optional<Integer> counted = complement(c, p);
            if (counted.isEmpty()) {
                continue;
            }
            int active = counted.get();
            // A larger complement the police approved is lawful (Rule Art. 3(1)).
            OptionalInt approved = p.approvedComplementOn(c.asOf());
            int allowed = Math.max(maximum, approved.orElse(maximum));
            if (active > allowed) {
                c.report(
                        Subject.of(p.id()),
                        c.asOf(),
                        approved.isPresent() && approved.getAsInt() > maximum
                                ? describe(c, p, active, "message.approved")
                                        .with("approved", allowed)
                                        .with("maximum", maximum)
                                : describe(c, p, active, "message").with("maximum", maximum));
            }
        }
    }

    /** The registered patrols whose roster the registry records: the officer rules need one. */
    private static List<Patrol> rostered(RuleContext c) {
        List<Patrol> result = new ArrayList<>();
        for (Patrol p : registered(c)) {
            if (c.registry().recordsRosterOf(p)) {
                result.add(p);
            }
        }
        return result;
    }

    // PATROL_ROSTER_NOT_RECORDED

    static void patrolRostersAreRecorded(RuleContext c) {
        for (Patrol p : registered(c)) {
            if (!c.registry().recordsRosterOf(p)) {
                c.report(Subject.of(p.id()), c.asOf(), Message.of("message").with("patrol", p.id()));
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
        for (Patrol p : rostered(c)) {
            List<Membership> leaders = c.run().holders(p.id(), Role.LEADER);
            if (leaders.isEmpty()) {
                c.report(
                        Subject.of(p.id()),
                        c.asOf(),
                        Message.of("message").with("patrol", p.id()).with("date", c.asOf()));
            }
        }
    }

    static void patrolsHaveNoMoreThanOneLeader(RuleContext c) {
        for (Patrol p : rostered(c)) {
            List<Membership> leaders = c.run().holders(p.id(), Role.LEADER);
            if (leaders.size() > 1) {
                List<Subject> related = new ArrayList<>();
                leaders.forEach(m -> related.add(Subject.of(m.id())));
                c.report(
                        Subject.of(p.id()),
                        related,
                        c.asOf(),
                        Message.of("message")
                                .with("patrol", p.id())
                                .with("count", leaders.size())
                                .with("date", c.asOf())
                                .with(
                                        "memberships",
                                        leaders.stream().map(Membership::id).toList()));
            }
        }
    }

    static void patrolsHaveADeputy(RuleContext c) {
        officerPresent(c, Role.DEPUTY);
    }

    static void patrolsHaveASecretary(RuleContext c) {
        officerPresent(c, Role.SECRETARY);
    }

    private static void officerPresent(RuleContext c, Role role) {
        for (Patrol p : rostered(c)) {
            if (c.run().holders(p.id(), role).isEmpty()) {
                c.report(
                        Subject.of(p.id()),
                        c.asOf(),
                        Message.of("message").with("patrol", p.id()).with("date", c.asOf()));
            }
        }
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
                            held(Message.of("message"), a.term(), c.asOf())
                                    .with("membership", m.id())
                                    .with("role", a.role())
                                    .with("term", term));
                }
            }
        }
        for (FederationOfficer o : r.federationOfficers()) {
            if (isTooLong(o.term(), term, c.asOf())) {
                c.report(
                        Subject.of(o.member()),
                        ImmutableList.of(Subject.of(o.federation())),
                        o.term().start(),
                        held(Message.of("message.federation"), o.term(), c.asOf())
                                .with("member", o.member())
                                .with("role", o.role())
                                .with("federation", o.federation())
                                .with("term", term));
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

    /**
     * The message {@code key} with the term held, or {@code key.open} for an open term with its
     * start and the date it is still running on.
     */
    private static Message held(Message message, DateRange held, LocalDate asOf) {
        return held.isUnboundedEnd()
                ? Message.of(message.key() + ".open").with("from", held.start()).with("date", asOf)
                : message.with("held", held);
    }

    // OFFICER_RENEWED_TOO_OFTEN

    static void officerTermsAreRenewedAtMostAsOftenAsAllowed(RuleContext c) {
        Registry r = c.registry();
        int allowed = c.policy().officerRenewals();
        // Terms in one office of one patrol count together across the member's memberships of it,
        // so that re-appointment does not reset the count (Rule Art. 5).
        Map<List<Object>, List<HeldTerm>> byOffice = new LinkedHashMap<>();
        for (Membership m : r.memberships()) {
            for (RoleAssignment a : m.roles()) {
                if (a.role().isOfficer()) {
                    byOffice.computeIfAbsent(List.of(m.member(), m.patrol(), a.role()), k -> new ArrayList<>())
                            .add(new HeldTerm(m, a.term()));
                }
            }
        }
        byOffice.forEach((office, terms) -> consecutive(
                terms,
                HeldTerm::term,
                allowed,
                c.asOf(),
                (held, count) -> c.report(
                        Subject.of(held.membership().id()),
                        ImmutableList.of(
                                Subject.of(held.membership().member()),
                                Subject.of(held.membership().patrol())),
                        held.term().start(),
                        renewed(Message.of("message"), allowed)
                                .with("membership", held.membership().id())
                                .with("role", (Role) office.get(2))
                                .with("count", count)
                                .with("date", held.term().start()))));
        Map<List<Object>, List<FederationOfficer>> byFederationOffice = new LinkedHashMap<>();
        for (FederationOfficer o : r.federationOfficers()) {
            byFederationOffice
                    .computeIfAbsent(List.of(o.member(), o.federation(), o.role()), k -> new ArrayList<>())
                    .add(o);
        }
        byFederationOffice.forEach((office, terms) -> consecutive(
                terms,
                FederationOfficer::term,
                allowed,
                c.asOf(),
                (o, count) -> c.report(
                        Subject.of(o.member()),
                        ImmutableList.of(Subject.of(o.federation())),
                        o.term().start(),
                        renewed(Message.of("message.federation"), allowed)
                                .with("member", o.member())
                                .with("role", o.role())
                                .with("federation", o.federation())
                                .with("count", count)
                                .with("date", o.term().start()))));
    }

    /** An officer's term held in a membership. */
    private record HeldTerm(Membership membership, DateRange term) {
        HeldTerm {
            Objects.requireNonNull(membership);
            Objects.requireNonNull(term);
        }
    }

    /**
     * The message {@code key.never}, {@code key.once} or {@code key}, with the renewals allowed
     * (which the first two do not show).
     */
    private static Message renewed(Message message, int allowed) {
        return switch (allowed) {
            case 0 -> Message.of(message.key() + ".never").with("allowed", allowed);
            case 1 -> Message.of(message.key() + ".once").with("allowed", allowed);
            default -> message.with("allowed", allowed);
        };
    }

    /** Receives a term that renews too often, and its rank in the run of terms. */
    private interface RenewalSink<T> {
        void tooOften(T term, int count);
    }

    /**
     * Finds runs of terms where each starts on or before the day the previous one ends, and
     * reports each term beyond the allowed renewals.
     */
    private static <T> void consecutive(
            List<T> terms, Function<T, DateRange> termOf, int allowed, LocalDate asOf, RenewalSink<T> sink) {
        List<T> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(t -> termOf.apply(t).start()));
        int run = 0;
        DateRange previous = null;
        for (T item : sorted) {
            DateRange term = termOf.apply(item);
            if (term.start().isAfter(asOf)) {
                break;
            }
            boolean continues = previous != null
                    && !previous.isUnboundedEnd()
                    && !term.start().isAfter(previous.end());
            run = continues ? run + 1 : 1;
            if (run > allowed + 1) {
                sink.tooOften(item, run);
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
                        leaderTerms.add(new LeaderTerm(m, inOffice(a.term(), m)));
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
                                    Message.of("message")
                                            .with("membership", m.id())
                                            .with("role", a.role())
                                            .with("term", a.term())
                                            .with("leaderTerm", leader.term())
                                            .with("leader", leader.membership().id()));
                        }
                    }
                }
            }
        }
        federationSecretariesEndWithTheirPresidents(c);
    }

    /**
     * The leader's time in office: the term, cut short where the leader's membership ends first,
     * since a leader who leaves the patrol leaves office (Rule Art. 5).
     */
    private static DateRange inOffice(DateRange term, Membership leader) {
        Optional<DateRange> tenure = leader.tenure();
        if (tenure.isEmpty() || tenure.get().isUnboundedEnd()) {
            return term;
        }
        LocalDate left = tenure.get().end();
        if (!term.isUnboundedEnd() && !term.end().isAfter(left)) {
            return term;
        }
        return left.isBefore(term.start())
                ? DateRange.of(term.start(), term.start())
                : DateRange.of(term.start(), left);
    }

    /** A federation's secretary is appointed by its president, and leaves with them (Rule Art. 19). */
    private static void federationSecretariesEndWithTheirPresidents(RuleContext c) {
        Map<FederationId, List<FederationOfficer>> byFederation = new LinkedHashMap<>();
        for (FederationOfficer o : c.registry().federationOfficers()) {
            byFederation.computeIfAbsent(o.federation(), k -> new ArrayList<>()).add(o);
        }
        byFederation.forEach((federation, officers) -> {
            for (FederationOfficer secretary : officers) {
                if (secretary.role() != FederationRole.SECRETARY
                        || secretary.term().start().isAfter(c.asOf())) {
                    continue;
                }
                for (FederationOfficer president : officers) {
                    if (president.role() == FederationRole.PRESIDENT
                            && president.term().contains(secretary.term().start())
                            && outlasts(secretary.term(), president.term())) {
                        c.report(
                                Subject.of(secretary.member()),
                                ImmutableList.of(Subject.of(federation), Subject.of(president.member())),
                                secretary.term().start(),
                                Message.of("message.federation")
                                        .with("member", secretary.member())
                                        .with("term", secretary.term())
                                        .with("federation", federation)
                                        .with("presidentTerm", president.term())
                                        .with("president", president.member()));
                    }
                }
            }
        });
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

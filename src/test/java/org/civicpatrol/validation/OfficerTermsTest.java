package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.member.FederationOfficer;
import org.civicpatrol.member.FederationRole;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.SeparationReason;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Officers' terms (Rule Arts. 5, 19): a nominated deputy's or secretary's term ends with the
 * nominating leader's term or when the leader leaves office early, likewise a federation's
 * appointed secretary with its president; renewals count across re-appointments to one patrol.
 */
class OfficerTermsTest {

    private static List<Violation> reported(RuleCode rule, Consumer<SmallNetwork> change) {
        SmallNetwork network = new SmallNetwork();
        change.accept(network);
        return Validator.korea()
                .validate(network.registry(), SmallNetwork.AS_OF)
                .filter(rule)
                .violations();
    }

    private static Membership appointment(int i, LocalDate appointed) {
        return Fixtures.anAppointment(
                SmallNetwork.membership(i), SmallNetwork.member(i).toString(), "tanbang", appointed);
    }

    /** The leader (m-01, term 2015 to 2018) leaves the patrol on {@code left}; the deputy's term ends on {@code end}. */
    private static Consumer<SmallNetwork> leaderLeavesOn(LocalDate left, LocalDate end) {
        return n -> {
            n.membership(
                    1,
                    m -> appointment(1, SmallNetwork.APPOINTED)
                            .withRole(Role.LEADER, SmallNetwork.OFFICER_TERM)
                            .resignedOn(left, SeparationReason.VOLUNTARY));
            n.membership(
                    2,
                    m -> appointment(2, SmallNetwork.APPOINTED)
                            .withRole(Role.DEPUTY, DateRange.of(LocalDate.of(2015, 1, 1), end)));
        };
    }

    @Test
    void ruleArt5_aDeputysTermEndsWhenTheNominatingLeaderLeavesEarly() {
        // The secretary (ms-03, nominated for 2015 to 2018) outlasts the leader too; the deputy is the case.
        assertThat(reported(
                        BuiltInRules.NOMINATED_TERM_OUTLASTS_LEADER,
                        leaderLeavesOn(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 2))))
                .filteredOn(v -> v.subject().id().equals("ms-02"))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("membership ms-02's DEPUTY term [2015-01-01..2016-06-02) outlasts the term"
                                + " [2015-01-01..2016-06-01) of the leader who nominated it (membership ms-01)"));
        assertThat(reported(
                        BuiltInRules.NOMINATED_TERM_OUTLASTS_LEADER,
                        leaderLeavesOn(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 1))))
                .extracting(v -> v.subject().id())
                .containsExactly("ms-03");
    }

    @Test
    void ruleArt5_renewalsCountAcrossReappointmentsToTheSamePatrol() {
        Consumer<SmallNetwork> reappointed = n -> {
            n.membership(
                    1,
                    m -> appointment(1, LocalDate.of(2009, 3, 1))
                            .withRole(Role.LEADER, DateRange.of(LocalDate.of(2009, 3, 1), LocalDate.of(2012, 3, 1)))
                            .resignedOn(LocalDate.of(2012, 3, 1), SeparationReason.VOLUNTARY));
            n.memberships.add(Fixtures.anAppointment("ms-01b", "m-01", "tanbang", LocalDate.of(2012, 3, 1))
                    .withRole(Role.LEADER, DateRange.of(LocalDate.of(2012, 3, 1), LocalDate.of(2015, 3, 1)))
                    .withRole(Role.LEADER, DateRange.of(LocalDate.of(2015, 3, 1), LocalDate.of(2018, 3, 1))));
        };
        Consumer<SmallNetwork> afterABreak = n -> {
            n.membership(
                    1,
                    m -> appointment(1, LocalDate.of(2009, 3, 1))
                            .withRole(Role.LEADER, DateRange.of(LocalDate.of(2009, 3, 1), LocalDate.of(2012, 3, 1)))
                            .resignedOn(LocalDate.of(2012, 3, 1), SeparationReason.VOLUNTARY));
            n.memberships.add(Fixtures.anAppointment("ms-01b", "m-01", "tanbang", LocalDate.of(2012, 3, 2))
                    .withRole(Role.LEADER, DateRange.of(LocalDate.of(2012, 3, 2), LocalDate.of(2015, 3, 2)))
                    .withRole(Role.LEADER, DateRange.of(LocalDate.of(2015, 3, 2), LocalDate.of(2018, 3, 2))));
        };

        assertThat(reported(BuiltInRules.OFFICER_RENEWED_TOO_OFTEN, reappointed))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.subject()).isEqualTo(Subject.of(org.civicpatrol.member.MembershipId.of("ms-01b")));
                    assertThat(v.message())
                            .isEqualTo("membership ms-01b holds LEADER for 3 consecutive terms from 2015-03-01; a"
                                    + " term may be renewed once");
                });
        assertThat(reported(BuiltInRules.OFFICER_RENEWED_TOO_OFTEN, afterABreak))
                .isEmpty();
    }

    private static FederationOfficer secretary(LocalDate end) {
        return new FederationOfficer.Builder()
                .member(SmallNetwork.member(2))
                .federation(FederationId.of("seo-gu"))
                .role(FederationRole.SECRETARY)
                .term(DateRange.of(LocalDate.of(2016, 1, 1), end))
                .build();
    }

    @Test
    void ruleArt19_aFederationSecretarysTermEndsWithThePresidentsTerm() {
        // The president, m-01, serves from 2015-01-01 to the end of 2017.
        assertThat(reported(
                        BuiltInRules.NOMINATED_TERM_OUTLASTS_LEADER,
                        n -> n.officers.add(secretary(LocalDate.of(2018, 1, 2)))))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("member m-02's SECRETARY term [2016-01-01..2018-01-02) of federation seo-gu"
                                + " outlasts the term [2015-01-01..2018-01-01) of the president who appointed it"
                                + " (member m-01)"));
        assertThat(reported(
                        BuiltInRules.NOMINATED_TERM_OUTLASTS_LEADER,
                        n -> n.officers.add(secretary(LocalDate.of(2018, 1, 1)))))
                .isEmpty();
    }
}

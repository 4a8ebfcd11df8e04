package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.patrol.ComplementApproval;
import org.junit.jupiter.api.Test;

/**
 * A patrol's complement (Rule Art. 3(1)): 10 to 70 members, and above 70 where the station chief
 * appoints more at the leader's request, which the patrol records as a {@link ComplementApproval}.
 */
class ComplementTest {

    private static List<Violation> aboveMaximum(int members, List<ComplementApproval> approvals) {
        SmallNetwork network = new SmallNetwork();
        for (int i = SmallNetwork.MEMBERS + 1; i <= members; i++) {
            String member = SmallNetwork.member(i).toString();
            network.members.add(Fixtures.aMember(member, LocalDate.of(1970, 5, 5)));
            network.memberships.add(
                    Fixtures.anAppointment(SmallNetwork.membership(i), member, "tanbang", SmallNetwork.APPOINTED));
        }
        network.patrol(p -> p.complementApprovals(approvals));
        return Validator.korea()
                .validate(network.registry(), SmallNetwork.AS_OF)
                .filter(BuiltInRules.PATROL_ABOVE_MAXIMUM_COMPLEMENT)
                .violations();
    }

    @Test
    void ruleArt3_seventyMembersNeedNoApprovalAndSeventyOneDo() {
        assertThat(aboveMaximum(70, List.of())).isEmpty();
        assertThat(aboveMaximum(71, List.of()))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("patrol tanbang has 71 active members on 2016-11-29, above the maximum of 70"
                                + " allowed without police approval"));
    }

    @Test
    void ruleArt3_anApprovedComplementAboveSeventyIsLawfulFromItsDate() {
        assertThat(aboveMaximum(80, List.of(ComplementApproval.of(SmallNetwork.AS_OF, 80))))
                .isEmpty();
        assertThat(aboveMaximum(80, List.of(ComplementApproval.of(SmallNetwork.AS_OF.plusDays(1), 80))))
                .hasSize(1);
    }

    @Test
    void ruleArt3_membersBeyondTheApprovedComplementAreReported() {
        assertThat(aboveMaximum(
                        81,
                        List.of(
                                ComplementApproval.of(LocalDate.of(2014, 1, 1), 90),
                                ComplementApproval.of(LocalDate.of(2016, 1, 1), 80))))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("patrol tanbang has 81 active members on 2016-11-29, above the complement of 80"
                                + " the police approved"));
    }

    @Test
    void anApprovalBelowTheUsualMaximumDoesNotLowerIt() {
        assertThat(aboveMaximum(70, List.of(ComplementApproval.of(LocalDate.of(2016, 1, 1), 50))))
                .isEmpty();
    }

    @Test
    void anApprovedComplementIsPositive() {
        assertThatThrownBy(() -> ComplementApproval.of(LocalDate.of(2016, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("approved complement must be positive: 0");
    }
}

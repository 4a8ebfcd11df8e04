package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicpatrol.validation.SmallNetwork.member;

import java.time.LocalDate;
import java.util.List;
import org.civicpatrol.activity.Activity;
import org.civicpatrol.fixtures.Fixtures;
import org.civicpatrol.member.Member;
import org.civicpatrol.member.Membership;
import org.civicpatrol.member.SeparationReason;
import org.civicpatrol.patrol.PatrolId;
import org.junit.jupiter.api.Test;

/**
 * ATTENDEE_NOT_A_MEMBER (Act Art. 2): an attendee must be an appointed member, on the activity's
 * date, of the patrol that organised it or of one of its joint patrols. The rule answers most
 * records from numbers (a membership's patrol and tenure in epoch days) and reaches the activity
 * only for joint patrols and findings; these cases hold both ways on each side of a tenure's
 * boundaries.
 */
class AttendeeRuleTest {

    private static final LocalDate NIGHT = LocalDate.of(2016, 11, 1);
    private static final PatrolId DUNSAN = Fixtures.dunsan2Patrol().id();

    /** The small network with member m-11, whose one membership is {@code membership}. */
    private static SmallNetwork withMember11(Membership membership, Activity activity) {
        SmallNetwork n = new SmallNetwork();
        n.patrols.add(Fixtures.dunsan2Patrol());
        Member m11 = Fixtures.aMember(member(11).toString(), LocalDate.of(1970, 1, 1));
        n.members.add(m11);
        n.memberships.add(membership);
        n.activities.set(0, activity);
        return n;
    }

    private static Membership appointed(PatrolId patrol, LocalDate on) {
        return Fixtures.anAppointment("ms-11", member(11).toString(), patrol.toString(), on);
    }

    private static Activity tanbangNight() {
        return SmallNetwork.nightPatrol("a-1", NIGHT, 1, 2, 3, 4, 11);
    }

    private static Activity jointNight() {
        return new Activity.Builder()
                .from(tanbangNight())
                .addJointPatrols(DUNSAN)
                .build();
    }

    private static List<String> findings(SmallNetwork n) {
        return Validator.korea().validate(n.registry(), SmallNetwork.AS_OF).violations().stream()
                .filter(v -> v.rule().equals(BuiltInRules.ATTENDEE_NOT_A_MEMBER))
                .map(Violation::message)
                .toList();
    }

    @Test
    void aMemberOfTheOrganiserAppointedOnTheDayIsAMemberAndTheDayAfterIsNot() {
        assertThat(findings(withMember11(appointed(SmallNetwork.TANBANG, NIGHT), tanbangNight())))
                .isEmpty();
        assertThat(findings(withMember11(appointed(SmallNetwork.TANBANG, NIGHT.plusDays(1)), tanbangNight())))
                .containsExactly("activity a-1 on 2016-11-01 lists member m-11 (PRESENT), who is not an active"
                        + " member of patrol tanbang on that date");
    }

    @Test
    void aMemberOfTheOrganiserWhoResignedTheDayAfterIsAMemberAndOnTheDayIsNot() {
        Membership since2010 = appointed(SmallNetwork.TANBANG, SmallNetwork.APPOINTED);
        assertThat(findings(withMember11(
                        since2010.resignedOn(NIGHT.plusDays(1), SeparationReason.MOVED_AWAY), tanbangNight())))
                .isEmpty();
        assertThat(findings(withMember11(since2010.resignedOn(NIGHT, SeparationReason.MOVED_AWAY), tanbangNight())))
                .containsExactly("activity a-1 on 2016-11-01 lists member m-11 (PRESENT), who is not an active"
                        + " member of patrol tanbang on that date");
    }

    @Test
    void aMemberOfAnotherPatrolIsAMemberOnlyIfItIsAJointPatrol() {
        Membership dunsan = appointed(DUNSAN, SmallNetwork.APPOINTED);

        assertThat(findings(withMember11(dunsan, tanbangNight())))
                .containsExactly("activity a-1 on 2016-11-01 lists member m-11 (PRESENT), who is not an active"
                        + " member of patrol tanbang on that date");
        assertThat(findings(withMember11(dunsan, jointNight()))).isEmpty();
    }

    @Test
    void aMemberOfAJointPatrolWhoResignedOnTheDayIsNotAMember() {
        Membership dunsan = appointed(DUNSAN, SmallNetwork.APPOINTED);

        assertThat(findings(
                        withMember11(dunsan.resignedOn(NIGHT.plusDays(1), SeparationReason.MOVED_AWAY), jointNight())))
                .isEmpty();
        assertThat(findings(withMember11(dunsan.resignedOn(NIGHT, SeparationReason.MOVED_AWAY), jointNight())))
                .containsExactly("activity a-1 on 2016-11-01 lists member m-11 (PRESENT), who is not an active"
                        + " member of its patrols on that date");
    }
}

package org.civicpatrol.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.Role;
import org.civicpatrol.member.Sex;
import org.junit.jupiter.api.Test;

/** How member summaries unite what they know of one member found in both. */
class MemberSummaryTest {

    private static final AgeBands BANDS = AgeBands.standard();
    private static final MemberId KIM = MemberId.of("m-kim");
    private static final MemberId LEE = MemberId.of("m-lee");

    @Test
    void aMemberActiveInTwoRolesCountsOnceInTheMoreSeniorOne() {
        MemberSummary.Builder asMember = new MemberSummary.Builder(BANDS);
        asMember.active(KIM, Role.MEMBER, 2, Optional.of(Sex.FEMALE));
        asMember.activeAtStart(KIM);
        MemberSummary.Builder asLeader = new MemberSummary.Builder(BANDS);
        asLeader.active(KIM, Role.LEADER, 2, Optional.of(Sex.FEMALE));
        asLeader.activeAtEnd(KIM);
        asLeader.appointed(LEE);
        MemberSummary one = asMember.build();
        MemberSummary other = asLeader.build();

        MemberSummary both = one.plus(other);

        assertThat(both).isEqualTo(other.plus(one)).isEqualTo(both.plus(one));
        assertThat(both.count()).isEqualTo(1);
        assertThat(both.active()).containsExactly(KIM);
        assertThat(both.byRole()).containsExactly(Map.entry(Role.LEADER, 1));
        assertThat(both.byAgeBand()).containsExactly(Map.entry(AgeBand.between(40, 50), 1));
        assertThat(both.bySex()).containsExactly(Map.entry(SexGroup.FEMALE, 1));
        // Kim was there at both ends; Lee was appointed and not there at the start.
        assertThat(both.joinerCount()).isEqualTo(1);
        assertThat(both.leaverCount()).isZero();
        assertThat(both.retention()).hasValue(1.0);
        assertThat(one.leaverCount()).isEqualTo(1);
    }

    @Test
    void summariesThatDisagreeOnAMembersBandOrSexCountHerOnceAsOneOfTheTwo() {
        MemberSummary maleUnder30 = summary(0, Optional.of(Sex.MALE));
        MemberSummary femaleIn30s = summary(1, Optional.of(Sex.FEMALE));
        MemberSummary unknownUnder30 = summary(0, Optional.empty());
        MemberSummary femaleUnder30 = summary(0, Optional.of(Sex.FEMALE));

        // The younger band wins, with the sex that came with it.
        MemberSummary bands = maleUnder30.plus(femaleIn30s);
        assertThat(bands.byAgeBand()).containsExactly(Map.entry(AgeBand.between(0, 30), 1));
        assertThat(bands.bySex()).containsExactly(Map.entry(SexGroup.MALE, 1));
        // In the same band, the sex listed first wins, unknown last.
        assertThat(maleUnder30.plus(unknownUnder30).bySex()).containsExactly(Map.entry(SexGroup.MALE, 1));
        assertThat(unknownUnder30.plus(femaleUnder30).bySex()).containsExactly(Map.entry(SexGroup.FEMALE, 1));
    }

    private static MemberSummary summary(int band, Optional<Sex> sex) {
        MemberSummary.Builder builder = new MemberSummary.Builder(BANDS);
        builder.active(KIM, Role.MEMBER, band, sex);
        return builder.build();
    }

    @Test
    void membersWithoutRecordedSexOrAgeCountAsUnknown() {
        MemberSummary.Builder builder = new MemberSummary.Builder(BANDS);
        builder.active(LEE, Role.SECRETARY, BANDS.bands().size() - 1, Optional.empty());

        MemberSummary summary = builder.build();

        assertThat(summary.byAgeBand()).containsExactly(Map.entry(AgeBand.unknown(), 1));
        assertThat(summary.bySex()).containsExactly(Map.entry(SexGroup.UNKNOWN, 1));
        assertThat(summary.toString()).doesNotContain("m-lee");
    }
}

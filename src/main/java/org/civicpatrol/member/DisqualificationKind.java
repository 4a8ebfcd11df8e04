package org.civicpatrol.member;

/**
 * The kinds of fact that disqualify a person from serving as a patrol member (Korea: Act
 * Art. 5).
 *
 * <p>A kind names a fact, not its consequence: how long after the fact a person stays
 * disqualified (five years after a prison sentence, ten after a sexual-offence sentence in
 * Korea) is a parameter of the validation policy, so that other jurisdictions can set their own.
 * These are criminal-record and guardianship facts: personal data of the most sensitive kind.
 *
 * <p>The period of a sentence ends when it was served, suspended or remitted: the look-back
 * windows run from that end (Act Art. 5(1)(2), (4)), not from the sentence.
 */
public enum DisqualificationKind {
    /** The person is under adult guardianship (an adult ward) during the period. */
    ADULT_WARDSHIP,
    /**
     * The person served a prison sentence (imprisonment without labour or heavier) during the
     * period, which ends when the sentence was completed or remitted.
     */
    PRISON_SENTENCE,
    /** A suspended sentence (집행유예) was in force during the period, its probation. */
    SUSPENDED_SENTENCE,
    /**
     * A suspended pronouncement of sentence (선고유예) was in force during the period, its
     * probation; it disqualifies like a suspended sentence (Korea: Act Art. 5(1)(3)).
     */
    SUSPENDED_PRONOUNCEMENT,
    /**
     * The person was sentenced for a sexual offence or a child sexual offence: the period runs
     * from the sentence to its completion (a single day for a fine).
     */
    SEXUAL_OFFENCE_SENTENCE,
    /** The person worked in a business that youth may not enter during the period. */
    YOUTH_PROHIBITED_BUSINESS
}

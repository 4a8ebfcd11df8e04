package org.civicpatrol.member;

/**
 * The role of a member within a patrol (Act Art. 3(2)).
 *
 * <p>The leader is elected by the general assembly; the deputy and the secretary are nominated
 * by the leader. All of them are members.
 */
public enum Role {
    /** The leader (대장). */
    LEADER,
    /** The deputy leader (부대장). */
    DEPUTY,
    /** The secretary (총무). */
    SECRETARY,
    /** An ordinary member (대원). */
    MEMBER;

    /**
     * Returns whether the role is an office, with a term: leader, deputy or secretary.
     *
     * @return true for every role but {@link #MEMBER}
     */
    public boolean isOfficer() {
        return this != MEMBER;
    }
}

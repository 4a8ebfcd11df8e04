package org.civicpatrol.report;

import java.util.Optional;
import org.civicpatrol.member.Sex;

/**
 * The groups of {@link MemberSummary#bySex()}: each recorded {@link Sex}, and members whose sex
 * is not recorded.
 */
public enum SexGroup {
    /** Recorded as female. */
    FEMALE,
    /** Recorded as male. */
    MALE,
    /** Recorded as neither female nor male. */
    OTHER,
    /** Not recorded. */
    UNKNOWN;

    /**
     * Returns the group of a member's recorded sex.
     *
     * @param sex the sex as recorded, or empty
     * @return the group, {@link #UNKNOWN} if empty
     */
    public static SexGroup of(Optional<Sex> sex) {
        if (sex.isEmpty()) {
            return UNKNOWN;
        }
        return switch (sex.get()) {
            case FEMALE -> FEMALE;
            case MALE -> MALE;
            case OTHER -> OTHER;
        };
    }
}

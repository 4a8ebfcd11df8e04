package org.civicpatrol.activity;

import static com.google.common.base.Preconditions.checkArgument;

import org.civicpatrol.internal.TextChecks;
import org.immutables.value.Value;

/**
 * Participants of an activity who are not members: officials and police officers joining a joint
 * patrol, described by role and organisation only.
 *
 * <p>A guest carries no personal data, and guests never count as volunteer members. One value
 * may stand for several people of the same role, as in {@code Guest.of("police officer",
 * "둔산경찰서", 6)}.
 */
@Value.Immutable
public abstract class Guest {

    Guest() {}

    /**
     * Returns the role of the guest, such as {@code mayor} or {@code police officer}.
     *
     * @return the non-blank role
     */
    @Value.Parameter
    public abstract String role();

    /**
     * Returns the organisation the guest comes from, such as {@code 대전광역시}.
     *
     * @return the non-blank organisation
     */
    @Value.Parameter
    public abstract String organisation();

    /**
     * Returns how many people of this role and organisation took part.
     *
     * @return one or more
     */
    @Value.Parameter
    public abstract int headcount();

    /**
     * Returns one guest of {@code role} from {@code organisation}.
     *
     * @param role the non-blank role
     * @param organisation the non-blank organisation
     * @return the guest
     * @throws IllegalArgumentException if {@code role} or {@code organisation} is blank
     */
    public static Guest of(String role, String organisation) {
        return of(role, organisation, 1);
    }

    /**
     * Returns {@code headcount} guests of {@code role} from {@code organisation}.
     *
     * @param role the non-blank role
     * @param organisation the non-blank organisation
     * @param headcount how many, one or more
     * @return the guests
     * @throws IllegalArgumentException if {@code role} or {@code organisation} is blank, or
     *     {@code headcount} is less than one
     */
    public static Guest of(String role, String organisation, int headcount) {
        return ImmutableGuest.of(role, organisation, headcount);
    }

    @Value.Check
    final void check() {
        checkArgument(!TextChecks.isBlank(role()), "guest has a blank role");
        checkArgument(!TextChecks.isBlank(organisation()), "guest %s has a blank organisation", role());
        checkArgument(
                headcount() >= 1, "guest %s of %s has a headcount below one: %s", role(), organisation(), headcount());
    }
}

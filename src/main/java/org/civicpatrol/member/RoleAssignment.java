package org.civicpatrol.member;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * A role held in a patrol for a term, such as leader from 2014-03-01 to 2017-03-01.
 *
 * <p>For an office the term is the officer's term (3 years in Korea, renewable once; Rule
 * Art. 5): each re-election or renewal is a new assignment.
 */
@Value.Immutable
public abstract class RoleAssignment {

    RoleAssignment() {}

    /**
     * Returns the role held.
     *
     * @return the role
     */
    @Value.Parameter
    public abstract Role role();

    /**
     * Returns the dates on which the role is held.
     *
     * @return the non-empty term
     */
    @Value.Parameter
    public abstract DateRange term();

    /**
     * Returns the assignment of {@code role} for {@code term}.
     *
     * @param role the role
     * @param term the dates on which it is held
     * @return the assignment
     * @throws IllegalArgumentException if {@code term} is empty or has no start
     */
    public static RoleAssignment of(Role role, DateRange term) {
        return ImmutableRoleAssignment.of(role, term);
    }

    @Value.Check
    final void check() {
        checkArgument(!term().isEmpty(), "%s term %s is empty", role(), term());
        checkArgument(!term().isUnboundedStart(), "%s term %s has no start", role(), term());
    }

    /**
     * Returns whether the role is held on {@code date}.
     *
     * @param date the date
     * @return true if {@code date} is within the term
     */
    public boolean isHeldOn(LocalDate date) {
        return term().contains(date);
    }
}

package org.civicpatrol.member;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.time.DateRange;
import org.immutables.value.Value;

/**
 * A member's term in an office of a federation, such as the president of a district federation
 * from 2015-01-01 to 2018-01-01 (3-year terms, renewable once; Rule Art. 19).
 */
@Value.Immutable
public abstract class FederationOfficer {

    FederationOfficer() {}

    /**
     * Returns the member who holds the office.
     *
     * @return the member's id
     */
    public abstract MemberId member();

    /**
     * Returns the federation whose office it is.
     *
     * @return the federation's id
     */
    public abstract FederationId federation();

    /**
     * Returns the office held.
     *
     * @return the role
     */
    public abstract FederationRole role();

    /**
     * Returns the dates on which the office is held.
     *
     * @return the non-empty term
     */
    public abstract DateRange term();

    @Value.Check
    final void check() {
        checkArgument(
                !term().isEmpty(), "%s term of member %s in federation %s is empty", role(), member(), federation());
        checkArgument(
                !term().isUnboundedStart(),
                "%s term of member %s in federation %s has no start",
                role(),
                member(),
                federation());
    }

    /**
     * Returns whether the office is held on {@code date}.
     *
     * @param date the date
     * @return true if {@code date} is within the term
     */
    public boolean isHeldOn(LocalDate date) {
        return term().contains(date);
    }

    /**
     * Builds a {@link FederationOfficer}.
     *
     * <p>{@code member}, {@code federation}, {@code role} and {@code term} must be set; every other
     * attribute is optional, or a collection that starts empty. A method named after an attribute
     * sets it, replacing what was set (for a collection, all its elements); an {@code add} method
     * adds elements; {@code from} copies the attributes of a value, adding to collections. A
     * builder is not thread-safe, and can build more than once.
     */
    public static final class Builder extends ImmutableFederationOfficer.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link FederationOfficer} from the attributes set.
         *
         * @return the new {@code FederationOfficer}
         * @throws IllegalStateException if {@code member}, {@code federation}, {@code role} or
         *     {@code term} is not set; the message names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code
         *     FederationOfficer}
         */
        @Override
        public FederationOfficer build() {
            return MissingAttributesException.build(FederationOfficer.class, super::build);
        }
    }
}

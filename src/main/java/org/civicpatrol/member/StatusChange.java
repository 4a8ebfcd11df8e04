package org.civicpatrol.member;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.civicpatrol.internal.MissingAttributesException;
import org.immutables.value.Value;

/**
 * A dated entry in a membership's history: the status it moved to, and for an end, why.
 *
 * <p>The reason is personal data and is left out of {@link #toString()}.
 */
@Value.Immutable
public abstract class StatusChange {

    StatusChange() {}

    /**
     * Returns the status the membership moved to.
     *
     * @return the new status
     */
    public abstract MembershipStatus status();

    /**
     * Returns the date of the change; for an end, the first date on which the person is no
     * longer a member.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * Returns why the membership ended; present only for dismissals and resignations, and even
     * then optional.
     *
     * @return the reason
     */
    @Value.Redacted
    public abstract Optional<SeparationReason> reason();

    /**
     * Returns a change to {@code status} on {@code date}, without a reason.
     *
     * @param status the new status
     * @param date the date of the change
     * @return the change
     */
    public static StatusChange of(MembershipStatus status, LocalDate date) {
        return new Builder().status(status).date(date).build();
    }

    /**
     * Returns an end of membership on {@code date}, for {@code reason}.
     *
     * @param status {@link MembershipStatus#DISMISSED} or {@link MembershipStatus#RESIGNED}
     * @param date the first date on which the person is no longer a member
     * @param reason why the membership ended
     * @return the change
     * @throws IllegalArgumentException if {@code status} is not an end
     */
    public static StatusChange of(MembershipStatus status, LocalDate date, SeparationReason reason) {
        return new Builder().status(status).date(date).reason(reason).build();
    }

    @Value.Check
    final void check() {
        checkArgument(
                reason().isEmpty() || status().isTerminal(),
                "only a dismissal or a resignation has a reason, not %s on %s",
                status(),
                date());
    }

    /**
     * Builds a {@link StatusChange}.
     *
     * <p>{@code status} and {@code date} must be set; every other attribute is optional, or a
     * collection that starts empty. A method named after an attribute sets it, replacing what was
     * set (for a collection, all its elements); an {@code add} method adds elements; {@code from}
     * copies the attributes of a value, adding to collections. A builder is not thread-safe, and
     * can build more than once.
     */
    public static final class Builder extends ImmutableStatusChange.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link StatusChange} from the attributes set.
         *
         * @return the new {@code StatusChange}
         * @throws IllegalStateException if {@code status} or {@code date} is not set; the message
         *     names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code
         *     StatusChange}
         */
        @Override
        public StatusChange build() {
            return MissingAttributesException.build(StatusChange.class, super::build);
        }
    }
}

package org.civicpatrol.equipment;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.civicpatrol.internal.MissingAttributesException;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.patrol.PatrolId;
import org.immutables.value.Value;

/**
 * Equipment issued to a patrol, or to one of its members: a kind, a quantity and a date.
 *
 * <pre>{@code
 * EquipmentIssue flashlights = new EquipmentIssue.Builder()
 *         .patrol(PatrolId.of("tanbang"))
 *         .kind(EquipmentKind.FLASHLIGHT)
 *         .quantity(20)
 *         .issuedOn(LocalDate.of(2016, 5, 2))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class EquipmentIssue {

    EquipmentIssue() {}

    /**
     * Returns the patrol the equipment was issued to.
     *
     * @return the patrol's id
     */
    public abstract PatrolId patrol();

    /**
     * Returns the member the equipment was issued to, if issued to one member rather than to the
     * patrol.
     *
     * @return the member's id
     */
    public abstract Optional<MemberId> member();

    /**
     * Returns the kind of equipment.
     *
     * @return the kind
     */
    public abstract EquipmentKind kind();

    /**
     * Returns how many items were issued.
     *
     * @return one or more
     */
    public abstract int quantity();

    /**
     * Returns the date of issue.
     *
     * @return the date
     */
    public abstract LocalDate issuedOn();

    @Value.Check
    final void check() {
        checkArgument(
                quantity() >= 1, "issue of %s to patrol %s has a quantity below one: %s", kind(), patrol(), quantity());
    }

    /**
     * Builds an {@link EquipmentIssue}.
     *
     * <p>{@code patrol}, {@code kind}, {@code quantity} and {@code issuedOn} must be set; every
     * other attribute is optional, or a collection that starts empty. A method named after an
     * attribute sets it, replacing what was set (for a collection, all its elements); an {@code
     * add} method adds elements; {@code from} copies the attributes of a value, adding to
     * collections. A builder is not thread-safe, and can build more than once.
     */
    public static final class Builder extends ImmutableEquipmentIssue.Builder {
        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Builds the {@link EquipmentIssue} from the attributes set.
         *
         * @return the new {@code EquipmentIssue}
         * @throws IllegalStateException if {@code patrol}, {@code kind}, {@code quantity} or {@code
         *     issuedOn} is not set; the message names the type and each attribute not set
         * @throws IllegalArgumentException if the attributes do not make a valid {@code
         *     EquipmentIssue}
         */
        @Override
        public EquipmentIssue build() {
            return MissingAttributesException.build(EquipmentIssue.class, super::build);
        }
    }
}

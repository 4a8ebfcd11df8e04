package org.civicpatrol.equipment;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
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

    /** Builds an {@link EquipmentIssue}; every attribute without a default must be set. */
    public static final class Builder extends ImmutableEquipmentIssue.Builder {
        /** Creates an empty builder. */
        public Builder() {}
    }
}

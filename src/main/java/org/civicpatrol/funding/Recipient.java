package org.civicpatrol.funding;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import java.util.Optional;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.PatrolId;
import org.immutables.value.Value;

/** The recipient of a grant: a patrol or a federation. */
@Value.Immutable
@Immutable
public abstract class Recipient {

    Recipient() {}

    /**
     * Returns the patrol that receives the grant, if the recipient is a patrol.
     *
     * @return the patrol's id
     */
    public abstract Optional<PatrolId> patrol();

    /**
     * Returns the federation that receives the grant, if the recipient is a federation.
     *
     * @return the federation's id
     */
    public abstract Optional<FederationId> federation();

    /**
     * Returns patrol {@code patrol} as a recipient.
     *
     * @param patrol the patrol's id
     * @return the recipient
     */
    public static Recipient of(PatrolId patrol) {
        return ImmutableRecipient.builder().patrol(patrol).build();
    }

    /**
     * Returns federation {@code federation} as a recipient.
     *
     * @param federation the federation's id
     * @return the recipient
     */
    public static Recipient of(FederationId federation) {
        return ImmutableRecipient.builder().federation(federation).build();
    }

    @Value.Check
    final void check() {
        // The factories always set exactly one; this guards the generated builder all the same.
        checkArgument(patrol().isPresent() != federation().isPresent(), "recipient must be a patrol or a federation");
    }

    /**
     * Returns whether the recipient is a patrol.
     *
     * @return true for a patrol, false for a federation
     */
    public boolean isPatrol() {
        return patrol().isPresent();
    }

    /** Returns {@code patrol <id>} or {@code federation <id>}. */
    @Override
    public final String toString() {
        return patrol().map(p -> "patrol " + p)
                .orElseGet(() -> "federation " + federation().orElseThrow());
    }
}

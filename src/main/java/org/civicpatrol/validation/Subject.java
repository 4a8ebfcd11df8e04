package org.civicpatrol.validation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import org.civicpatrol.activity.ActivityId;
import org.civicpatrol.activity.SiteId;
import org.civicpatrol.equipment.VehicleId;
import org.civicpatrol.funding.GrantId;
import org.civicpatrol.funding.Recipient;
import org.civicpatrol.geo.DistrictId;
import org.civicpatrol.geo.PoliceUnitId;
import org.civicpatrol.internal.TextChecks;
import org.civicpatrol.member.MemberId;
import org.civicpatrol.member.MembershipId;
import org.civicpatrol.patrol.FederationId;
import org.civicpatrol.patrol.PatrolId;
import org.immutables.value.Value;

/**
 * The entity a violation concerns: its kind and its id, and nothing else.
 *
 * <p>Subjects order by kind (in {@link SubjectKind} order), then by id. {@link #toString()}
 * gives {@code patrol p-3017055500}.
 */
@Value.Immutable
public abstract class Subject implements Comparable<Subject> {

    private static final Comparator<Subject> ORDER =
            Comparator.comparing(Subject::kind).thenComparing(Subject::id);

    Subject() {}

    /**
     * Returns the kind of entity.
     *
     * @return the kind
     */
    @Value.Parameter
    public abstract SubjectKind kind();

    /**
     * Returns the entity's id, as its id type's {@code toString()} gives it.
     *
     * @return the non-blank id
     */
    @Value.Parameter
    public abstract String id();

    /**
     * Returns the subject of {@code kind} with {@code id}, for rules of the caller's own.
     *
     * @param kind the kind of entity
     * @param id its id
     * @return the subject
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static Subject of(SubjectKind kind, String id) {
        return ImmutableSubject.of(kind, id);
    }

    /**
     * Returns the district {@code id}.
     *
     * @param id the id
     * @return the subject
     */
    public static Subject of(DistrictId id) {
        return of(SubjectKind.DISTRICT, id.toString());
    }

    /**
     * Returns the police unit {@code id}.
     *
     * @param id the id
     * @return the subject
     */
    public static Subject of(PoliceUnitId id) {
        return of(SubjectKind.POLICE_UNIT, id.toString());
    }

    /**
     * Returns the federation {@code id}.
     *
     * @param id the id
     * @return the subject
     */
    public static Subject of(FederationId id) {
        return of(SubjectKind.FEDERATION, id.toString());
    }

    /**
     * Returns the patrol {@code id}.
     *
     * @param id the id
     * @return the subject
     */
    public static Subject of(PatrolId id) {
        return of(SubjectKind.PATROL, id.toString());
    }

    /**
     * Returns the member {@code id}.
     *
     * @param id the id
     * @return the subject
     */
    public static Subject of(MemberId id) {
        return of(SubjectKind.MEMBER, id.toString());
    }

    /**
     * Returns the membership {@code id}.
     *
     * @param id the id
     * @return the subject
     */
    public static Subject of(MembershipId id) {
        return of(SubjectKind.MEMBERSHIP, id.toString());
    }

    /**
     * Returns the site {@code id}.
     *
     * @param id the id
     * @return the subject
     */
    public static Subject of(SiteId id) {
        return of(SubjectKind.SITE, id.toString());
    }

    /**
     * Returns the activity {@code id}.
     *
     * @param id the id
     * @return the subject
     */
    public static Subject of(ActivityId id) {
        return of(SubjectKind.ACTIVITY, id.toString());
    }

    /**
     * Returns the vehicle {@code id}.
     *
     * @param id the id
     * @return the subject
     */
    public static Subject of(VehicleId id) {
        return of(SubjectKind.VEHICLE, id.toString());
    }

    /**
     * Returns the grant {@code id}.
     *
     * @param id the id
     * @return the subject
     */
    public static Subject of(GrantId id) {
        return of(SubjectKind.GRANT, id.toString());
    }

    /**
     * Returns the patrol or federation that receives a grant.
     *
     * @param recipient the recipient
     * @return the patrol's or the federation's subject
     */
    public static Subject of(Recipient recipient) {
        return recipient
                .patrol()
                .map(Subject::of)
                .orElseGet(() -> of(recipient.federation().orElseThrow()));
    }

    @Value.Check
    final void check() {
        checkArgument(!TextChecks.isBlank(id()), "%s subject id must not be blank", kind().label());
    }

    @Override
    public int compareTo(Subject other) {
        return ORDER.compare(this, other);
    }

    /** Returns the kind's label and the id: {@code patrol p-3017055500}. */
    @Override
    public final String toString() {
        return kind().label() + " " + id();
    }
}

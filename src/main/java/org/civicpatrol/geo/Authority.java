package org.civicpatrol.geo;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import java.util.Optional;
import org.civicpatrol.internal.TextChecks;
import org.immutables.value.Value;

/**
 * A public body that funds patrols or asks them for help: a government, whose jurisdiction is a
 * district, or a police unit.
 *
 * <p>Korea's Act lets the mayor, county head or gu head, the provincial governor and the national
 * police agency fund patrols (Act Art. 14), and two of the four statutory activity types are
 * activities requested by the police or by local government (Act Art. 7). An authority is a
 * value: two authorities with the same kind, name and jurisdiction are equal.
 *
 * <pre>{@code
 * Authority city = Authority.government(
 *         AuthorityKind.PROVINCIAL_GOVERNMENT, "대전광역시", DistrictId.of("3000000000"));
 * Authority station = Authority.police("둔산경찰서", PoliceUnitId.of("dunsan"));
 * }</pre>
 */
@Value.Immutable
@Immutable
public abstract class Authority {

    Authority() {}

    /**
     * Returns the kind of the authority.
     *
     * @return the kind
     */
    public abstract AuthorityKind kind();

    /**
     * Returns the name of the authority, such as {@code 대전광역시} or {@code 둔산경찰서}.
     *
     * @return the non-blank name
     */
    public abstract String name();

    /**
     * Returns the district a government governs; empty for the police.
     *
     * @return the jurisdiction of a government
     */
    public abstract Optional<DistrictId> district();

    /**
     * Returns the police unit that is this authority; empty for a government.
     *
     * @return the police unit's id
     */
    public abstract Optional<PoliceUnitId> policeUnit();

    /**
     * Returns a government of the given kind and jurisdiction.
     *
     * @param kind a government kind
     * @param name the non-blank name
     * @param district the district it governs
     * @return the authority
     * @throws IllegalArgumentException if {@code kind} is {@link AuthorityKind#POLICE} or
     *     {@code name} is blank
     */
    public static Authority government(AuthorityKind kind, String name, DistrictId district) {
        checkArgument(kind.isGovernment(), "%s is not a government; use Authority.police for a police unit", kind);
        return ImmutableAuthority.builder()
                .kind(kind)
                .name(name)
                .district(district)
                .build();
    }

    /**
     * Returns the police unit {@code policeUnit} as an authority.
     *
     * @param name the non-blank name
     * @param policeUnit the police unit
     * @return the authority
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Authority police(String name, PoliceUnitId policeUnit) {
        return ImmutableAuthority.builder()
                .kind(AuthorityKind.POLICE)
                .name(name)
                .policeUnit(policeUnit)
                .build();
    }

    @Value.Check
    final void check() {
        checkArgument(!TextChecks.isBlank(name()), "authority has a blank name");
        if (kind().isGovernment()) {
            checkArgument(district().isPresent(), "government %s has no district", name());
            checkArgument(policeUnit().isEmpty(), "government %s names a police unit", name());
        } else {
            checkArgument(policeUnit().isPresent(), "police authority %s has no police unit", name());
            checkArgument(district().isEmpty(), "police authority %s names a district", name());
        }
    }

    /**
     * Returns the name, kind and jurisdiction, as in {@code 대전광역시 (PROVINCIAL_GOVERNMENT,
     * 3000000000)} or {@code 둔산경찰서 (POLICE, dunsan)}.
     */
    @Override
    public final String toString() {
        String jurisdiction = district()
                .map(DistrictId::toString)
                .or(() -> policeUnit().map(PoliceUnitId::toString))
                .orElseThrow();
        return name() + " (" + kind() + ", " + jurisdiction + ")";
    }
}

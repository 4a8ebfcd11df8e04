package org.civicpatrol.geo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A 10-digit Korean administrative district code (행정동코드) of the Ministry of the Interior,
 * laid out as {@code SS GGG DDD 00}.
 *
 * <p>{@code SS} is the 시·도 (province), {@code GGG} the 시·군·구 (municipality) and {@code DDD}
 * the 읍·면·동 (neighbourhood); trailing zeros mark the higher levels. Daejeon is {@code
 * 3000000000}, its Seo-gu {@code 3017000000} and Seo-gu's Tanbang-dong {@code 3017055500}.
 *
 * <p>This is not the 10-digit legal-dong code (법정동코드) nor the 7-digit statistics code: the
 * code systems must not be mixed, which is why {@link #toDistrictCode()} qualifies the code with
 * {@link #SYSTEM}.
 */
@Value.Immutable
public abstract class KoreanAdministrativeCode implements Comparable<KoreanAdministrativeCode> {

    /** The name of the code system in {@link DistrictCode#system()}: {@value}. */
    public static final String SYSTEM = "KR-ADM";

    private static final int LENGTH = 10;
    private static final String NO_MUNICIPALITY = "000";
    private static final String NO_NEIGHBOURHOOD = "000";

    KoreanAdministrativeCode() {}

    /**
     * Returns the ten digits of the code.
     *
     * @return the code text
     */
    @Value.Parameter
    public abstract String value();

    /**
     * Returns the administrative code with the given ten digits.
     *
     * @param value the code, such as {@code "3017055500"}
     * @return the code
     * @throws IllegalArgumentException if {@code value} is not ten ASCII digits laid out as {@code
     *     SS GGG DDD 00} with a non-zero province, or has a neighbourhood without a municipality
     */
    public static KoreanAdministrativeCode of(String value) {
        return ImmutableKoreanAdministrativeCode.of(value);
    }

    /**
     * Returns the administrative code held by a {@link DistrictCode} of {@linkplain #SYSTEM this
     * system}.
     *
     * @param code a district code
     * @return the administrative code
     * @throws IllegalArgumentException if {@code code} belongs to another system, or its value is
     *     not a valid administrative code
     */
    public static KoreanAdministrativeCode from(DistrictCode code) {
        checkArgument(
                code.isOf(SYSTEM), "district code %s is not of the Korean administrative system %s", code, SYSTEM);
        return of(code.value());
    }

    @Value.Check
    final void check() {
        String v = value();
        checkArgument(
                v.length() == LENGTH && CharMatcher.inRange('0', '9').matchesAllOf(v),
                "korean administrative code must be 10 ASCII digits: \"%s\"",
                v);
        checkArgument(!v.startsWith("00"), "korean administrative code has no province (00): %s", v);
        checkArgument(v.endsWith("00"), "korean administrative code must end in 00: %s", v);
        checkArgument(
                !(municipalityDigits().equals(NO_MUNICIPALITY)
                        && !neighbourhoodDigits().equals(NO_NEIGHBOURHOOD)),
                "korean administrative code has a neighbourhood without a municipality: %s",
                v);
    }

    /**
     * Returns this code as a {@link DistrictCode} of the system {@value #SYSTEM}.
     *
     * @return the qualified code
     */
    public DistrictCode toDistrictCode() {
        return DistrictCode.of(SYSTEM, value());
    }

    /**
     * Returns the level of the district this code names, as its digits show it. A municipality
     * code may also name an {@linkplain KoreanDistrictLevels#ADMINISTRATIVE_DISTRICT administrative
     * district} (a non-autonomous gu, or one of Jeju's administrative cities), which the digits
     * cannot tell apart.
     *
     * @return {@link KoreanDistrictLevels#PROVINCE}, {@link KoreanDistrictLevels#MUNICIPALITY} or
     *     {@link KoreanDistrictLevels#NEIGHBOURHOOD}
     */
    public DistrictLevel level() {
        if (isProvince()) {
            return KoreanDistrictLevels.PROVINCE;
        }
        return isMunicipality() ? KoreanDistrictLevels.MUNICIPALITY : KoreanDistrictLevels.NEIGHBOURHOOD;
    }

    /**
     * Returns whether this code names a 시·도, as {@code 3000000000} does.
     *
     * @return true for a province code
     */
    public boolean isProvince() {
        return municipalityDigits().equals(NO_MUNICIPALITY);
    }

    /**
     * Returns whether this code names a 시·군·구, as {@code 3017000000} does.
     *
     * @return true for a municipality code
     */
    public boolean isMunicipality() {
        return !isProvince() && neighbourhoodDigits().equals(NO_NEIGHBOURHOOD);
    }

    /**
     * Returns whether this code names a 읍·면·동, as {@code 3017055500} does.
     *
     * @return true for a neighbourhood code
     */
    public boolean isNeighbourhood() {
        return !neighbourhoodDigits().equals(NO_NEIGHBOURHOOD);
    }

    /**
     * Returns the code of the 시·도 this code lies in; a province code returns itself.
     *
     * @return the province code, {@code SS00000000}
     */
    public KoreanAdministrativeCode provinceCode() {
        return isProvince() ? this : of(value().substring(0, 2) + "00000000");
    }

    /**
     * Returns the code of the 시·군·구 this code lies in; a municipality code returns itself and a
     * province code has none.
     *
     * @return the municipality code, {@code SSGGG00000}, or empty for a province code
     */
    public Optional<KoreanAdministrativeCode> municipalityCode() {
        if (isProvince()) {
            return Optional.empty();
        }
        return Optional.of(isMunicipality() ? this : of(value().substring(0, 5) + "00000"));
    }

    /**
     * Returns the code of the city that a non-autonomous gu (일반구) of this code would belong to:
     * for a municipality code whose last 시·군·구 digit is not zero, the same code with that digit
     * zero, as 고양시 덕양구 {@code 4128100000} belongs to 고양시 {@code 4128000000}.
     *
     * <p>The code alone cannot tell a non-autonomous gu from an autonomous one whose number
     * happens to end in another digit (Seoul's 광진구 is {@code 1121500000}): the registry's
     * hierarchy says which, with the gu at {@link KoreanDistrictLevels#ADMINISTRATIVE_DISTRICT}
     * under its city.
     *
     * @return the city's code, or empty if this is not a municipality code or its last 시·군·구
     *     digit is zero
     */
    public Optional<KoreanAdministrativeCode> cityCode() {
        String v = value();
        if (!isMunicipality() || v.charAt(4) == '0') {
            return Optional.empty();
        }
        return Optional.of(of(v.substring(0, 4) + "000000"));
    }

    /**
     * Returns the code of the district directly above this one.
     *
     * @return the municipality code of a neighbourhood, the province code of a municipality, or
     *     empty for a province
     */
    public Optional<KoreanAdministrativeCode> parent() {
        if (isProvince()) {
            return Optional.empty();
        }
        return isMunicipality() ? Optional.of(provinceCode()) : municipalityCode();
    }

    /**
     * Returns whether the district of this code lies within the district of {@code other}, or is
     * that district.
     *
     * @param other another administrative code
     * @return true if {@code other} is this code or one of its ancestors
     */
    public boolean isWithin(KoreanAdministrativeCode other) {
        checkNotNull(other, "other");
        return equals(other) || parent().map(p -> p.isWithin(other)).orElse(false);
    }

    private String municipalityDigits() {
        return value().substring(2, 5);
    }

    private String neighbourhoodDigits() {
        return value().substring(5, 8);
    }

    /** Orders codes by their digits, which lists every district right after its parent. */
    @Override
    public int compareTo(KoreanAdministrativeCode other) {
        return value().compareTo(other.value());
    }

    /** Returns the ten digits. */
    @Override
    public final String toString() {
        return value();
    }
}

package org.civicpatrol.geo;

import com.google.common.collect.ImmutableList;

/**
 * The levels of Korea's administrative hierarchy, one provided convention among many.
 *
 * <p>Under the nation come the 시·도 (metropolitan cities and provinces, such as 대전광역시), the
 * 시·군·구 (cities, counties and autonomous districts, such as 서구) and the 읍·면·동 (towns,
 * townships and administrative neighbourhoods, such as 탄방동).
 */
public final class KoreanDistrictLevels {

    /** The nation (국가), rank 0. */
    public static final DistrictLevel NATION = DistrictLevel.of("nation", 0);

    /** 시·도: a metropolitan city, special city or province, rank 1. */
    public static final DistrictLevel PROVINCE = DistrictLevel.of("province", 1);

    /** 시·군·구: a city, county or autonomous district, rank 2. */
    public static final DistrictLevel MUNICIPALITY = DistrictLevel.of("municipality", 2);

    /** 읍·면·동: a town, township or administrative neighbourhood, rank 3. */
    public static final DistrictLevel NEIGHBOURHOOD = DistrictLevel.of("neighbourhood", 3);

    private static final ImmutableList<DistrictLevel> ALL =
            ImmutableList.of(NATION, PROVINCE, MUNICIPALITY, NEIGHBOURHOOD);

    private KoreanDistrictLevels() {}

    /**
     * Returns the Korean levels from the top down.
     *
     * @return nation, province, municipality, neighbourhood
     */
    public static ImmutableList<DistrictLevel> all() {
        return ALL;
    }
}

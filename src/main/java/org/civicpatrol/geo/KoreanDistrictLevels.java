package org.civicpatrol.geo;

import com.google.common.collect.ImmutableList;

/**
 * The levels of Korea's administrative hierarchy, one provided convention among many.
 *
 * <p>Under the nation come the 시·도 (metropolitan cities and provinces, such as 대전광역시), the
 * 시·군·구 (cities, counties and autonomous districts, such as 서구) and the 읍·면·동 (towns,
 * townships and administrative neighbourhoods, such as 탄방동). Some cities have non-autonomous
 * gu between them and their dongs, and Jeju has two administrative cities between the province
 * and its towns: both are {@link #ADMINISTRATIVE_DISTRICT}s, which are not local governments.
 */
public final class KoreanDistrictLevels {

    /** The nation (국가), rank 0. */
    public static final DistrictLevel NATION = DistrictLevel.of("nation", 0);

    /** 시·도: a metropolitan city, special city or province, rank 1. */
    public static final DistrictLevel PROVINCE = DistrictLevel.of("province", 1);

    /** 시·군·구: a city, county or autonomous district, rank 2. */
    public static final DistrictLevel MUNICIPALITY = DistrictLevel.of("municipality", 2);

    /**
     * An administrative tier that is not a local government, rank 3: a non-autonomous gu (일반구)
     * of a large city, such as 고양시 덕양구 between 고양시 and its dongs, or one of the two
     * administrative cities (행정시) of Jeju, 제주시 and 서귀포시, between the province and its
     * towns. For the law the local government is the city above a non-autonomous gu, and Jeju as
     * a whole (Rule Art. 4(1)).
     */
    public static final DistrictLevel ADMINISTRATIVE_DISTRICT = DistrictLevel.of("administrative district", 3);

    /** 읍·면·동: a town, township or administrative neighbourhood, rank 4. */
    public static final DistrictLevel NEIGHBOURHOOD = DistrictLevel.of("neighbourhood", 4);

    private static final ImmutableList<DistrictLevel> ALL =
            ImmutableList.of(NATION, PROVINCE, MUNICIPALITY, ADMINISTRATIVE_DISTRICT, NEIGHBOURHOOD);

    private KoreanDistrictLevels() {}

    /**
     * Returns the Korean levels from the top down.
     *
     * @return nation, province, municipality, administrative district, neighbourhood
     */
    public static ImmutableList<DistrictLevel> all() {
        return ALL;
    }
}

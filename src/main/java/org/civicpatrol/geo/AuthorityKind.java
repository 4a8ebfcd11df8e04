package org.civicpatrol.geo;

/**
 * The kind of a public {@link Authority}: a government at one of three tiers, a neighbourhood
 * office, or the police.
 *
 * <p>In Korea the Korean National Police Agency funds the national body and co-funds patrols
 * and the other federations (Decree Arts. 2-5): record it as {@link #POLICE}, identified by its
 * {@link PoliceUnit} of kind {@link PoliceUnitKind#NATIONAL_AGENCY}; as the funder of the
 * national body through the state budget it may also be recorded as the
 * {@link #NATIONAL_GOVERNMENT}. The police as a requesting body is {@link #POLICE} too.
 */
public enum AuthorityKind {
    /** A national government or one of its ministries. */
    NATIONAL_GOVERNMENT,
    /** The government of a province or metropolitan city (Korea's 시·도: the governor or mayor). */
    PROVINCIAL_GOVERNMENT,
    /** The government of a city, county or district (Korea's 시·군·구: the mayor or head). */
    MUNICIPAL_GOVERNMENT,
    /**
     * The administrative office of a town, township or neighbourhood (Korea's 읍·면·동: its head),
     * part of a municipal government rather than a government of its own; since 2026-02-15 a
     * requester of patrol activities under Act Art. 7.
     */
    NEIGHBOURHOOD_OFFICE,
    /** A police unit: an agency, station, division or box. */
    POLICE;

    /**
     * Returns whether this kind is a government, whose jurisdiction is a district.
     *
     * @return true for the three government tiers and neighbourhood offices
     */
    public boolean isGovernment() {
        return this != POLICE;
    }
}

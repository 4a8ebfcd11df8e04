package org.civicpatrol.activity;

/** A reason a {@link Site} is watched. */
public enum SiteConcern {
    /** Young people gathering, drinking, smoking or fighting. */
    YOUTH_MISBEHAVIOUR,
    /** Places where women feel or are unsafe, such as dark streets of studio apartments. */
    WOMENS_SAFETY,
    /** Poor street lighting. */
    POOR_LIGHTING,
    /** Burglary and theft. */
    PROPERTY_CRIME,
    /** Violence and disorder. */
    VIOLENCE,
    /** Traffic and pedestrian safety. */
    TRAFFIC_SAFETY,
    /** Any other concern. */
    OTHER
}

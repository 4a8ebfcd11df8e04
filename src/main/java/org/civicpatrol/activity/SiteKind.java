package org.civicpatrol.activity;

/** The kind of place a {@link Site} is. */
public enum SiteKind {
    /** Alleys and back streets. */
    ALLEY,
    /** A park or green space. */
    PARK,
    /** A shopping or entertainment street. */
    SHOPPING_STREET,
    /** The way children take to and from school. */
    SCHOOL_ROUTE,
    /** A residential area, such as blocks of studio apartments. */
    RESIDENTIAL,
    /** Any other kind of place. */
    OTHER
}

package org.civicpatrol.equipment;

/** The colour of a vehicle's warning light. */
public enum LightColour {
    /** Blue, the colour Korea prescribes for patrol vehicles (Rule Art. 14). */
    BLUE,
    /** Red. */
    RED,
    /** Amber or yellow. */
    AMBER,
    /** Green. */
    GREEN,
    /** White or clear. */
    WHITE
}

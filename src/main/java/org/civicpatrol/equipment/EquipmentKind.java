package org.civicpatrol.equipment;

/**
 * A kind of equipment issued to patrols. Which kinds a jurisdiction allows is policy: Korea allows
 * only non-offensive gear (Rule Art. 15).
 */
public enum EquipmentKind {
    /** A light-up signalling baton (경광봉). */
    LIGHT_BATON,
    /** A flashlight. */
    FLASHLIGHT,
    /** A whistle. */
    WHISTLE,
    /** A reflective vest or jacket. */
    REFLECTIVE_VEST,
    /** A uniform of the patrol's own design. */
    UNIFORM,
    /** A two-way radio. */
    RADIO,
    /** A first-aid kit. */
    FIRST_AID_KIT,
    /** A body-worn camera. */
    BODY_CAMERA,
    /** A pepper or tear-gas spray. */
    PEPPER_SPRAY,
    /** An electroshock weapon. */
    STUN_GUN,
    /** A striking baton, extendable or not. */
    STRIKING_BATON,
    /** Handcuffs or other restraints. */
    HANDCUFFS
}

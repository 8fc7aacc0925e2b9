package org.nastavnik.model;

/** Who gave a consent. */
public enum ConsentGiver {
    /** The person themselves. */
    SELF,
    /** A parent or other legal representative (законный представитель) of a minor. */
    LEGAL_REPRESENTATIVE
}

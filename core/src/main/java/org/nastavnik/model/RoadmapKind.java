package org.nastavnik.model;

/**
 * What a roadmap plans, read from its title and content; the stage rules ask of each kind only what
 * that kind plans.
 */
public enum RoadmapKind {
    /**
     * A municipality's plan to implement the model in its organizations (план внедрения, реализации):
     * every stage, from curators and bases to pairs and monitoring.
     */
    MUNICIPAL_IMPLEMENTATION_PLAN,
    /**
     * A municipality's plan to support organizations that implement the model (план сопровождения):
     * methodical, informational and analytical support; the organizations themselves form the
     * bases and pairs.
     */
    MUNICIPAL_SUPPORT_PLAN,
    /** An organization's own plan (дорожная карта образовательной организации). */
    SCHOOL_PLAN,
    /** Not stated and not read from the document. */
    UNSPECIFIED
}

package org.nastavnik.model;

/** The level of government a roadmap belongs to. */
public enum RoadmapLevel {
    /** Федеральный уровень. */
    FEDERAL,
    /** Региональный уровень (субъект РФ). */
    REGIONAL,
    /** Муниципальный уровень. */
    MUNICIPAL,
    /** Уровень образовательной организации. */
    ORGANIZATION
}

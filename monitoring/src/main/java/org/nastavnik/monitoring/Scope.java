package org.nastavnik.monitoring;

import java.util.Objects;

/**
 * What a row of indicators covers: one organization, a municipality, a region or the whole
 * territory measured. Immutable; equal when level and key are.
 */
public final class Scope implements Comparable<Scope> {

    /** The levels of a scope, from the smallest. */
    public enum Level {
        /** One organization. */
        ORGANIZATION,
        /** A municipality (муниципальное образование) of a region. */
        MUNICIPALITY,
        /** A region (субъект РФ). */
        REGION,
        /** Everything measured. */
        TERRITORY
    }

    private static final Scope TERRITORY = new Scope(Level.TERRITORY, "", "", "всего");

    private final Level level;
    private final String key;
    private final String region;
    private final String name;

    private Scope(Level level, String key, String region, String name) {
        this.level = level;
        this.key = key;
        this.region = region;
        this.name = name;
    }

    /**
     * @param id  the organization's id, not null
     * @param region  its region code, not null
     * @param name  its name, not null
     * @return the scope of one organization
     */
    public static Scope organization(String id, String region, String name) {
        return new Scope(Level.ORGANIZATION, Objects.requireNonNull(id, "id"), region, name);
    }

    /**
     * @param region  the region code, not null
     * @param municipality  the municipality's name, not null
     * @return the scope of a municipality
     */
    public static Scope municipality(String region, String municipality) {
        return new Scope(Level.MUNICIPALITY, region + "/" + municipality, region, municipality);
    }

    /**
     * @param region  the region code, not null
     * @return the scope of a region
     */
    public static Scope region(String region) {
        return new Scope(Level.REGION, region, region, "регион " + region);
    }

    /** @return the scope of everything measured */
    public static Scope territory() {
        return TERRITORY;
    }

    /** @return the level */
    public Level level() {
        return level;
    }

    /** @return the key: the organization's id, {@code region/municipality}, the region code, or "" */
    public String key() {
        return key;
    }

    /** @return the region code, "" for the territory */
    public String region() {
        return region;
    }

    /** @return a name for people: the organization's or municipality's name, «регион 31», «всего» */
    public String name() {
        return name;
    }

    @Override
    public int compareTo(Scope o) {
        int c = level.compareTo(o.level);
        return c != 0 ? c : key.compareTo(o.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scope s && level == s.level && key.equals(s.key);
    }

    @Override
    public int hashCode() {
        return level.hashCode() * 31 + key.hashCode();
    }

    @Override
    public String toString() {
        return level + ":" + key;
    }
}

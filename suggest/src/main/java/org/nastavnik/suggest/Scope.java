package org.nastavnik.suggest;

import java.util.Objects;
import java.util.Optional;

/**
 * Where pairs are suggested: one organization, or every organization of a municipality (for
 * forms whose mentor may come from another organization, under a cooperation agreement).
 */
public final class Scope {
    private final String organizationId;
    private final String municipality;

    private Scope(String organizationId, String municipality) {
        this.organizationId = organizationId;
        this.municipality = municipality;
    }

    /**
     * @param organizationId  the id of the organization whose bases are matched, not blank
     * @return the scope of that organization
     * @throws IllegalArgumentException if the id is null or blank
     */
    public static Scope organization(String organizationId) {
        if (organizationId == null || organizationId.isBlank()) {
            throw new IllegalArgumentException("scope: organization id (" + organizationId + ") is blank; name an organization");
        }
        return new Scope(organizationId.strip(), null);
    }

    /**
     * @param municipality  the municipality's name as organizations record it, such as «город Донецк», not blank
     * @return the scope of every organization of that municipality
     * @throws IllegalArgumentException if the name is null or blank
     */
    public static Scope municipality(String municipality) {
        if (municipality == null || municipality.isBlank()) {
            throw new IllegalArgumentException("scope: municipality (" + municipality + ") is blank; name a municipality");
        }
        return new Scope(null, municipality.strip());
    }

    /** @return the organization's id, for an organization scope */
    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    /** @return the municipality, for a municipality scope */
    public Optional<String> municipality() {
        return Optional.ofNullable(municipality);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scope other && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(municipality, other.municipality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organizationId, municipality);
    }

    @Override
    public String toString() {
        return organizationId != null ? "organization " + organizationId : "municipality " + municipality;
    }
}

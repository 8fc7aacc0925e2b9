package org.nastavnik.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organization (образовательная организация, ОО; предприятие; МНЦ; орган управления
 * образованием) with its municipality and region.
 */
@Value.Immutable
public abstract class Organization {

    /** @return the caller's stable id of the organization */
    public abstract String id();

    /** @return the organization's name, such as «МБОУ СОШ № 12» */
    public abstract String name();

    /** @return what kind of organization it is */
    public abstract OrganizationKind kind();

    /** @return the region it belongs to */
    public abstract RegionCode region();

    /** @return its municipality, such as «город Донецк» */
    public abstract Optional<String> municipality();

    /** @return whether the organization implements the target model (внедряет ЦМН); true by default for educational ones */
    @Value.Default
    public boolean implementsModel() {
        return kind().isEducational();
    }

    /**
     * @return the organization's headcount of students by age and of teachers, the denominators
     *     of the indicators' shares; absent when the caller does not give it
     */
    public abstract Optional<Headcount> headcount();

    /** @return a new builder */
    public static ImmutableOrganization.Builder builder() {
        return ImmutableOrganization.builder();
    }
}

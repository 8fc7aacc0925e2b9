package org.nastavnik.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
        return kind() != null && kind().isEducational(); // a null kind is reported by the check
    }

    /**
     * @return the day the «Наставничество» section appeared on the organization's website, if
     *     recorded (seed 000 row 10: «Создание на сайтах образовательных организаций раздела
     *     «Наставничество»»)
     */
    public abstract Optional<java.time.LocalDate> mentoringSectionOn();

    /**
     * @return the organization's headcount of students by age and of teachers, the denominators
     *     of the indicators' shares; absent when the caller does not give it
     */
    public abstract Optional<Headcount> headcount();

    /**
     * A new builder. Required: {@code id}, {@code name}, {@code kind}, {@code region}; every other attribute is
     * optional or has a default. {@code build()} throws one {@link ValidationException} listing every required
     * attribute not set, or else every attribute or element set to {@code null} and every other problem of the
     * value.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Organization}; the setters are generated, {@link #region(String)} is added. */
    public static final class Builder extends ImmutableOrganization.Builder {
        Builder() {
        }

        /**
         * @param code  the official region code, such as "31"
         * @return this builder
         * @throws ValidationException if the code is not two digits from 01 to 99 (path {@code region})
         */
        public Builder region(@Nullable String code) {
            return region(RegionCode.forAttribute("Organization", code));
        }
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "id", id(), "name", name(), "kind", kind(), "region", region());
    }
}

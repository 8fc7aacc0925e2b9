package org.nastavnik.rules;

import java.util.Objects;

/**
 * A reference to what a finding is about: a type and the caller's id. Findings carry ids only,
 * never names.
 */
public final class SubjectRef implements Comparable<SubjectRef> {

    private final SubjectType type;
    private final String id;

    private SubjectRef(SubjectType type, String id) {
        this.type = Objects.requireNonNull(type, "type");
        this.id = Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("subject id is blank (type " + type + ")");
        }
    }

    /**
     * @param type  the kind of subject, not null
     * @param id  the caller's id, not blank
     * @return the reference
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static SubjectRef of(SubjectType type, String id) {
        return new SubjectRef(type, id);
    }

    /**
     * @param id  the organization's id, not blank
     * @return a reference to the organization
     */
    public static SubjectRef organization(String id) {
        return new SubjectRef(SubjectType.ORGANIZATION, id);
    }

    /**
     * @param id  the person's id, not blank
     * @return a reference to the person
     */
    public static SubjectRef person(String id) {
        return new SubjectRef(SubjectType.PERSON, id);
    }

    /**
     * @param id  the pair's or group's id, not blank
     * @return a reference to the mentorship
     */
    public static SubjectRef mentorship(String id) {
        return new SubjectRef(SubjectType.MENTORSHIP, id);
    }

    /**
     * @param id  the roadmap's id, not blank
     * @return a reference to the roadmap
     */
    public static SubjectRef roadmap(String id) {
        return new SubjectRef(SubjectType.ROADMAP, id);
    }

    /**
     * @param roadmapId  the roadmap's id, not blank
     * @param number  the activity's number in the roadmap, such as "5.1.1", not blank
     * @return a reference to the activity, with id {@code roadmapId/number}
     */
    public static SubjectRef activity(String roadmapId, String number) {
        return new SubjectRef(SubjectType.ACTIVITY, roadmapId + "/" + number);
    }

    /** @return the kind of subject */
    public SubjectType type() {
        return type;
    }

    /** @return the caller's id of the subject */
    public String id() {
        return id;
    }

    @Override
    public int compareTo(SubjectRef other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectRef other && type == other.type && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + id.hashCode();
    }

    /** @return the reference as {@code type:id} in lower case type, such as {@code mentorship:p1} */
    @Override
    public String toString() {
        return PREFIXES[type.ordinal()] + id;
    }

    /** {@code organization:}, …: keys are built from these for every finding. */
    private static final String[] PREFIXES = java.util.Arrays.stream(SubjectType.values())
            .map(t -> t.name().toLowerCase(java.util.Locale.ROOT) + ":").toArray(String[]::new);
}

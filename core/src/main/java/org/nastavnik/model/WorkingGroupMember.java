package org.nastavnik.model;

import org.immutables.value.Value;

/**
 * A member of a working group (рабочая группа) listed in an appendix, with their position. The
 * name is the public official's name as the document prints it.
 */
@Value.Immutable
public abstract class WorkingGroupMember {

    /** @return the name as printed, such as «Г.В. Капранова» */
    @Value.Parameter
    public abstract String name();

    /** @return the position (должность) */
    @Value.Parameter
    public abstract String position();

    /**
     * @param name  the name as printed, not null
     * @param position  the position, not null
     * @return the member
     */
    public static WorkingGroupMember of(String name, String position) {
        return ImmutableWorkingGroupMember.of(name, position);
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "name", name(), "position", position());
    }

    /**
     * A new builder; every attribute is required.
     *
     * @return a new builder
     */
    public static ImmutableWorkingGroupMember.Builder builder() {
        return ImmutableWorkingGroupMember.builder();
    }
}

package org.nastavnik.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The completion (исполнение) of a roadmap activity: what was done, by whom, when and with which
 * document.
 */
@Value.Immutable
public abstract class Completion {

    /** @return the id of the roadmap */
    public abstract String roadmapId();

    /** @return the number of the activity in the roadmap, such as «3.2» */
    public abstract String activityNumber();

    /** @return the id of the organization that did it, if the activity is shared */
    public abstract Optional<String> organizationId();

    /** @return the day it was done */
    public abstract LocalDate completedOn();

    /** @return the document that shows it, such as an order or a report */
    public abstract Optional<DocumentRef> document();

    /**
     * A new builder. Required: {@code roadmapId}, {@code activityNumber}, {@code completedOn}; every other attribute
     * is optional or has a default. {@code build()} throws one {@link ValidationException} listing every required
     * attribute not set, or else every attribute or element set to {@code null} and every other problem of the
     * value.
     *
     * @return a new builder
     */
    public static ImmutableCompletion.Builder builder() {
        return ImmutableCompletion.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "roadmapId", roadmapId(), "activityNumber", activityNumber(),
                "completedOn", completedOn());
    }
}

package org.nastavnik.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A mentor's completed training (обучение наставников, «Школа наставника»). */
@Value.Immutable
public abstract class MentorTraining {

    /** @return the id of the mentor trained */
    public abstract String personId();

    /** @return the day the training was completed */
    public abstract LocalDate completedOn();

    /** @return the course or programme, such as «Школа наставника» */
    public abstract Optional<String> course();

    /**
     * A new builder. Required: {@code personId}, {@code completedOn}; every other attribute is optional or has a
     * default. {@code build()} throws one {@link ValidationException} listing every required attribute not set, or
     * else every attribute or element set to {@code null} and every other problem of the value.
     *
     * @return a new builder
     */
    public static ImmutableMentorTraining.Builder builder() {
        return ImmutableMentorTraining.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "personId", personId(), "completedOn", completedOn());
    }
}

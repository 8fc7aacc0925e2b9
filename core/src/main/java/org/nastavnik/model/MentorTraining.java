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

    /** @return a new builder */
    public static ImmutableMentorTraining.Builder builder() {
        return ImmutableMentorTraining.builder();
    }
}

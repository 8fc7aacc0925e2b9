package org.nastavnik.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A meeting (встреча) of a mentoring pair or group. */
@Value.Immutable
public abstract class Meeting {

    /** @return the caller's stable id of the meeting */
    public abstract String id();

    /** @return the id of the mentorship */
    public abstract String mentorshipId();

    /** @return the kind of meeting */
    public abstract MeetingKind kind();

    /** @return the day it took place */
    public abstract LocalDate date();

    /** @return whether the confirmation form (подтверждающая форма) was filled in */
    @Value.Default
    public boolean confirmationFormFilled() {
        return false;
    }

    /** @return whether feedback (отзыв) was recorded */
    @Value.Default
    public boolean feedbackRecorded() {
        return false;
    }

    /** @return whether personal and group reflection (рефлексия) was recorded, for a final meeting */
    @Value.Default
    public boolean reflectionRecorded() {
        return false;
    }

    /**
     * A new builder. Required: {@code id}, {@code mentorshipId}, {@code kind}, {@code date}; every other attribute
     * is optional or has a default. {@code build()} throws one {@link ValidationException} listing every required
     * attribute not set, or else every attribute or element set to {@code null} and every other problem of the
     * value.
     *
     * @return a new builder
     */
    public static ImmutableMeeting.Builder builder() {
        return ImmutableMeeting.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "id", id(), "mentorshipId", mentorshipId(), "kind", kind(), "date", date());
    }
}

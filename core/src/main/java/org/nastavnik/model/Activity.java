package org.nastavnik.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.nastavnik.deadline.Deadline;

/**
 * An activity (мероприятие) of a roadmap, or an obligation imposed by an item of the order:
 * what is to be done, by when, by whom and with which result.
 */
@Value.Immutable
public abstract class Activity {

    /** @return the hierarchical number, such as «5.1.1», as the document writes it without a trailing dot */
    public abstract String number();

    /** @return the number of the section it belongs to, if the roadmap has sections */
    public abstract Optional<String> sectionNumber();

    /** @return the title of the activity */
    public abstract String title();

    /** @return the deadline cell (срок) exactly as the document writes it */
    public abstract String deadlineText();

    /** @return the deadline as understood */
    public abstract Deadline deadline();

    /** @return the responsible parties, in the document's order */
    public abstract List<Responsible> responsible();

    /** @return the expected result or kind of document (результат / вид документа), if given */
    public abstract Optional<String> expectedResult();

    /**
     * @return the body the item is addressed to, for an obligation from an order, as written and
     *     without the people named in brackets («Руководителям ОО»)
     */
    public abstract Optional<String> addressee();

    /**
     * @return the addressees of an obligation from an order, classified (roles, organizations,
     *     kinds of organization, named persons), in the order's order; empty for a table row
     */
    public abstract List<Addressee> addressees();

    /**
     * @return where the document states it: its table row, its order item, or both when the order
     *     restates a row of its table; empty for an activity not read from a document
     */
    public abstract List<Citation> citations();

    /**
     * @return whether the document states a deadline for it; an obligation without one is listed
     *     but never judged overdue
     */
    public boolean hasStatedDeadline() {
        return !deadlineText().isBlank();
    }

    /** @return where the activity was found */
    @Value.Default
    public ActivityOrigin origin() {
        return ActivityOrigin.TABLE;
    }

    /**
     * A new builder. Required: {@code number}, {@code title}, {@code deadlineText}, {@code deadline}; every other
     * attribute is optional or has a default. {@code build()} throws one {@link ValidationException} listing every
     * required attribute not set, or else every attribute or element set to {@code null} and every other problem of
     * the value.
     *
     * @return a new builder
     */
    public static ImmutableActivity.Builder builder() {
        return ImmutableActivity.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "number", number(), "title", title(), "deadlineText", deadlineText(),
                "deadline", deadline(), "responsible", responsible(), "origin", origin(), "addressees", addressees(),
                "citations", citations());
    }
}

package org.nastavnik.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.nastavnik.common.DateRange;

/**
 * A roadmap (дорожная карта, план мероприятий) approved by an order: its issuer, level,
 * territory, period, sections and activities.
 */
@Value.Immutable
public abstract class Roadmap {

    /** @return the caller's stable id of the roadmap */
    public abstract String id();

    /** @return the title, such as «План мероприятий (дорожная карта) по внедрению …» */
    public abstract String title();

    /** @return the issuing body (орган, утвердивший документ) */
    public abstract Optional<String> issuer();

    /** @return the level of government */
    public abstract RoadmapLevel level();

    /** @return what it plans, as read from its title and content; unspecified unless stated */
    @Value.Default
    public RoadmapKind kind() {
        return RoadmapKind.UNSPECIFIED;
    }

    /** @return the territory it covers; either part may be unknown */
    public abstract Territory territory();

    /** @return the document that approved it (the order, or recommendations «Утверждаю») */
    public abstract DocumentRef approval();

    /**
     * @return the approval reference printed on the appendix itself, when there is one; it may
     *         disagree with the order or be blank
     */
    public abstract Optional<DocumentRef> appendixReference();

    /** @return the period it covers, both ends inclusive, when known */
    public abstract Optional<DateRange> period();

    /**
     * @return how the period was obtained, when a reader set it (see {@link PeriodBasis#isInferred()});
     *         empty for a roadmap built in code or read from JSON without it
     */
    public abstract Optional<PeriodBasis> periodBasis();

    /** @return the place of issue, such as «г. Сочи» */
    public abstract Optional<String> place();

    /** @return the signer's name as printed */
    public abstract Optional<String> signer();

    /** @return the sections, in order */
    public abstract List<Section> sections();

    /** @return the activities and the order's dated obligations, in document order */
    public abstract List<Activity> activities();

    /** @return the working group listed in an appendix, if any */
    public abstract List<WorkingGroupMember> workingGroup();

    /** @return what the reader of its document noticed, in document order; empty for a roadmap not read from a document */
    public abstract List<DocumentNote> documentNotes();

    /**
     * @param number  an activity number, such as «3.2», not null
     * @return the activity with that number, if there is one
     */
    public Optional<Activity> activity(String number) {
        return activities().stream().filter(a -> a.number().equals(number)).findFirst();
    }

    /**
     * A new builder. Required: {@code id}, {@code title}, {@code level}, {@code territory}, {@code approval}; every
     * other attribute is optional or has a default. {@code build()} throws one {@link ValidationException} listing
     * every required attribute not set, or else every attribute or element set to {@code null} and every other
     * problem of the value.
     *
     * @return a new builder
     */
    public static ImmutableRoadmap.Builder builder() {
        return ImmutableRoadmap.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "id", id(), "title", title(), "level", level(), "territory", territory(),
                "approval", approval(), "sections", sections(), "activities", activities(),
                "workingGroup", workingGroup(), "kind", kind(), "documentNotes", documentNotes());
    }
}

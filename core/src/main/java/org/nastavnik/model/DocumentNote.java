package org.nastavnik.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the reader of a roadmap's document noticed in it (a row it could not read, an appendix that
 * names another order number), kept with the roadmap so that a check reports it with the roadmap's
 * other findings. The code and messages are the importer's (its {@code FindingCode}).
 */
@Value.Immutable
public abstract class DocumentNote {

    /** How much a note matters. */
    public enum Level {
        /** Part of the document could not be read. */
        ERROR,
        /** The document is inconsistent or incomplete. */
        WARNING,
        /** How an unusual layout was read. */
        INFO
    }

    /** @return the importer's stable code, such as {@code SAME_SURNAME_DIFFERENT_INITIALS} */
    public abstract String code();

    /** @return how much it matters */
    public abstract Level level();

    /** @return the message in Russian, naming the values found */
    public abstract String russian();

    /** @return the message in English, naming the values found */
    public abstract String english();

    /** @return the 1-based line of the document's text where it was found, or 0 for the whole document */
    @Value.Default
    public int line() {
        return 0;
    }

    /** @return the table row or order item it concerns, if any */
    public abstract Optional<String> row();

    /** @return the text it concerns, quoted from the document */
    @Value.Default
    public String snippet() {
        return "";
    }

    /**
     * A new builder. Required: {@code code}, {@code level}, {@code russian}, {@code english}; every other
     * attribute is optional or has a default. {@code build()} throws one {@link ValidationException} listing
     * every required attribute not set, or else every attribute set to {@code null}.
     *
     * @return a new builder
     */
    public static ImmutableDocumentNote.Builder builder() {
        return ImmutableDocumentNote.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "code", code(), "level", level(), "russian", russian(), "english", english(),
                "snippet", snippet());
    }
}

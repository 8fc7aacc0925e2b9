package org.nastavnik.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.common.Language;
import org.nastavnik.rules.spi.Parameter;

/**
 * What a rule checks, how serious it is and where it comes from: the catalogue entry of one
 * rule. Read from the rule's DRL metadata and its rule pack's message files; see
 * {@code rules/README-rules.md}.
 */
public final class RuleDescriptor {

    private final String id;
    private final String packId;
    private final Severity severity;
    private final String descriptionRu;
    private final String descriptionEn;
    private final SourceRef source;
    private final Reliability reliability;
    private final String severityNoteRu;
    private final String severityNoteEn;
    private final List<Parameter<?>> parameters;

    RuleDescriptor(String id, String packId, Severity severity, String descriptionRu, String descriptionEn,
            SourceRef source, Reliability reliability, String severityNoteRu, String severityNoteEn,
            List<Parameter<?>> parameters) {
        this.id = Objects.requireNonNull(id);
        this.packId = Objects.requireNonNull(packId);
        this.severity = Objects.requireNonNull(severity);
        this.descriptionRu = Objects.requireNonNull(descriptionRu);
        this.descriptionEn = Objects.requireNonNull(descriptionEn);
        this.source = Objects.requireNonNull(source);
        this.reliability = Objects.requireNonNull(reliability);
        this.severityNoteRu = severityNoteRu;
        this.severityNoteEn = severityNoteEn;
        this.parameters = List.copyOf(parameters);
    }

    /** @return the stable id, such as {@code PAIR_FORMED_LATE} */
    public String id() {
        return id;
    }

    /** @return the id of the rule pack the rule belongs to, such as {@code federal} */
    public String packId() {
        return packId;
    }

    /** @return the severity of its findings */
    public Severity severity() {
        return severity;
    }

    /**
     * @param language  the language, not null
     * @return what the rule requires, in one line
     */
    public String description(Language language) {
        return language == Language.EN ? descriptionEn : descriptionRu;
    }

    /** @return the document and clause the rule rests on */
    public SourceRef source() {
        return source;
    }

    /** @return how well that source is confirmed */
    public Reliability reliability() {
        return reliability;
    }

    /**
     * @param language  the language, not null
     * @return why the severity is lower than the requirement suggests (an unconfirmed source),
     *     if it was lowered
     */
    public Optional<String> severityNote(Language language) {
        return Optional.ofNullable(language == Language.EN ? severityNoteEn : severityNoteRu);
    }

    /** @return the parameters the rule reads, in the order of its metadata */
    public List<Parameter<?>> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return id + " (" + severity + ", [" + reliability.tag() + "] " + source + ")";
    }
}

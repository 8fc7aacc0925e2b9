package org.nastavnik.rules;

import java.time.LocalDate;
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
    private final String titleRu;
    private final String titleEn;
    private final SourceRef source;
    private final Reliability reliability;
    private final String severityNoteRu;
    private final String severityNoteEn;
    private final List<Parameter<?>> parameters;
    private final LocalDate inForceFrom;
    private final LocalDate inForceUntil;
    private final String toVerifyRu;
    private final String toVerifyEn;

    RuleDescriptor(String id, String packId, Severity severity, String descriptionRu, String descriptionEn,
            SourceRef source, Reliability reliability, String severityNoteRu, String severityNoteEn,
            List<Parameter<?>> parameters) {
        this(id, packId, severity, null, null, descriptionRu, descriptionEn, source, reliability, severityNoteRu,
                severityNoteEn, parameters, source.inForceFrom().orElse(LocalDate.MIN),
                source.inForceUntil().orElse(null), null, null);
    }

    RuleDescriptor(String id, String packId, Severity severity, String titleRu, String titleEn, String descriptionRu,
            String descriptionEn, SourceRef source, Reliability reliability, String severityNoteRu,
            String severityNoteEn, List<Parameter<?>> parameters, LocalDate inForceFrom, LocalDate inForceUntil,
            String toVerifyRu, String toVerifyEn) {
        this.titleRu = titleRu;
        this.titleEn = titleEn;
        this.inForceFrom = Objects.requireNonNull(inForceFrom);
        this.inForceUntil = inForceUntil;
        this.toVerifyRu = toVerifyRu;
        this.toVerifyEn = toVerifyEn;
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

    /**
     * @param language  the language, not null
     * @return a short human title, such as «Пара сформирована с опозданием», shown instead of the
     *     id to people; the description if the rule's pack gives no {@code .title}
     */
    public String title(Language language) {
        String t = language == Language.EN ? titleEn : titleRu;
        return t != null ? t : description(language);
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

    /**
     * @return the first day the rule is in force: the day its source took effect, or later if the
     *     rule itself says so ({@code @inForceFrom})
     */
    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    /** @return the last day the rule is in force, if its source (or the rule) ends */
    public Optional<LocalDate> inForceUntil() {
        return Optional.ofNullable(inForceUntil);
    }

    /**
     * @param day  a day, not null
     * @return whether the rule is in force on that day, so that a check as of it applies the rule
     */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && (inForceUntil == null || !day.isAfter(inForceUntil));
    }

    /**
     * @param language  the language, not null
     * @return for a rule whose source is not confirmed, what would confirm it (raise it to [V])
     */
    public Optional<String> toVerify(Language language) {
        return Optional.ofNullable(language == Language.EN ? toVerifyEn : toVerifyRu);
    }

    @Override
    public String toString() {
        return id + " (" + severity + ", [" + reliability.tag() + "] " + source + ")";
    }
}

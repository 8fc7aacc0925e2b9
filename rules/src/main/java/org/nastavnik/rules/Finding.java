package org.nastavnik.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.common.Language;

/**
 * One non-compliance (or, with a horizon, an upcoming one) found by a rule: the rule, the
 * subjects by id, the evidence that decided it, the source and a message in Russian and
 * English. Never contains personal names. Immutable.
 *
 * <p>{@link #key()} identifies the finding across reports: the rule id, the subjects and the
 * distinguishing evidence (such as a due date), never the message.
 *
 * <pre>{@code
 * for (Finding f : report.findings("PAIR_FORMED_LATE")) {
 *     f.subjectIds(SubjectType.MENTORSHIP);   // [p1]
 *     f.evidence().get("daysLate");           // "1"
 *     f.dueDate();                            // Optional[2022-09-15]
 *     f.message(Language.EN);                 // Pair p1 of organization s1 was formed on 2022-09-16, …
 *     f.source();                             // the document and clause the rule comes from
 * }
 * }</pre>
 */
public final class Finding implements Comparable<Finding> {

    /** Severity, organization, rule, subjects, key: the order of findings in a report. */
    static final Comparator<Finding> ORDER = Finding::inReportOrder;

    private static final int LANGUAGES = Language.values().length;

    private final String ruleId;
    private final Severity severity;
    private final FindingKind kind;
    private final List<SubjectRef> subjects;
    private final String organizationId;
    private final Evidence evidence;
    private final List<String> keyEvidence;
    private final LocalDate dueDate;
    private final SourceRef source;
    // The texts: given by a builder (templates null), or rendered from the rule's templates on
    // first use. A check makes tens of thousands of findings whose messages nobody may read;
    // rendering four texts for each was a fifth of a check. Slots: messages by language, then
    // explanations; filled at most once each (a benign race, as String.hash).
    private final Map<Language, String> messageTemplates;
    private final Map<Language, String> explanationTemplates;
    private final String[] texts;
    private final String key;
    // Sort keys and hash: the subjects' text with the key, the rest on first use (a benign race,
    // as String.hash): sorting a report compared these strings O(n log n) times.
    private final String subjectsText;
    private String evidenceText;
    private int hash;

    private Finding(String ruleId, Severity severity, FindingKind kind, List<SubjectRef> subjects, Evidence evidence,
            List<String> keyEvidence, LocalDate dueDate, SourceRef source, Map<Language, String> messageTemplates,
            Map<Language, String> explanationTemplates, String[] texts) {
        this.ruleId = require(ruleId, "ruleId");
        this.severity = require(severity, "severity");
        this.kind = kind;
        this.subjects = canonical(subjects);
        this.evidence = evidence;
        this.keyEvidence = List.copyOf(keyEvidence);
        this.dueDate = dueDate;
        this.source = require(source, "source");
        this.messageTemplates = messageTemplates;
        this.explanationTemplates = explanationTemplates;
        this.texts = texts;
        if (messageTemplates == null) {
            for (Language l : Language.values()) {
                if (texts[l.ordinal()] == null || texts[LANGUAGES + l.ordinal()] == null) {
                    throw new IllegalArgumentException("finding of rule " + ruleId
                            + " lacks the message or explanation in " + l);
                }
            }
        }
        for (String name : this.keyEvidence) {
            if (!evidence.containsKey(name)) {
                throw new IllegalArgumentException("finding of rule " + ruleId + " keys on evidence (" + name
                        + ") that it does not carry");
            }
        }
        String org = "";
        StringBuilder k = new StringBuilder(64).append(ruleId);
        StringBuilder text = new StringBuilder(48).append('[');
        for (SubjectRef s : this.subjects) {
            String ref = s.toString();
            k.append('|').append(ref);
            text.append(text.length() == 1 ? "" : ", ").append(ref);
            if (org.isEmpty() && s.type() == SubjectType.ORGANIZATION) {
                org = s.id();
            }
        }
        this.organizationId = org;
        this.subjectsText = text.append(']').toString(); // as subjects().toString(): every report sorts on it
        this.keyEvidence.forEach(n -> k.append('|').append(n).append('=').append(evidence.get(n)));
        this.key = k.toString();
    }

    /**
     * A finding of a rule whose texts are rendered from the rule's templates when first asked for.
     *
     * @throws IllegalStateException if a template names a placeholder that is neither evidence
     *     nor a subject type of the finding
     */
    static Finding fromTemplates(String ruleId, Severity severity, FindingKind kind, List<SubjectRef> subjects,
            Evidence evidence, List<String> keyEvidence, LocalDate dueDate, SourceRef source,
            Map<Language, String> messageTemplates, Map<Language, String> explanationTemplates) {
        return fromTemplates(ruleId, severity, kind, subjects, evidence, keyEvidence, dueDate, source,
                messageTemplates, explanationTemplates, true);
    }

    /**
     * @param checkPlaceholders  whether to check that the templates' placeholders can be filled;
     *     false only when a finding of the same templates, evidence names and subject types passed
     */
    static Finding fromTemplates(String ruleId, Severity severity, FindingKind kind, List<SubjectRef> subjects,
            Evidence evidence, List<String> keyEvidence, LocalDate dueDate, SourceRef source,
            Map<Language, String> messageTemplates, Map<Language, String> explanationTemplates,
            boolean checkPlaceholders) {
        Finding f = new Finding(ruleId, severity, kind, subjects, evidence, keyEvidence, dueDate, source,
                messageTemplates, explanationTemplates, new String[2 * LANGUAGES]);
        if (!checkPlaceholders) {
            return f;
        }
        for (Language l : Language.values()) {
            RuleTexts.requirePlaceholders(ruleId, messageTemplates.get(l), l, evidence, f.subjects);
            RuleTexts.requirePlaceholders(ruleId, explanationTemplates.get(l), l, evidence, f.subjects);
        }
        return f;
    }

    /** @return the subjects sorted by type then id, each once */
    private static List<SubjectRef> canonical(List<SubjectRef> subjects) {
        SubjectRef[] a = subjects.toArray(new SubjectRef[0]);
        java.util.Arrays.sort(a);
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (n == 0 || !a[n - 1].equals(a[i])) {
                a[n++] = a[i];
            }
        }
        return List.of(n == a.length ? a : java.util.Arrays.copyOf(a, n));
    }

    private String subjectsText() {
        return subjectsText;
    }

    /**
     * Severity, organization, rule, subjects, key, kind, then evidence: written out rather than
     * chained comparators, as a region's report sorts tens of thousands of findings on it.
     */
    private static int inReportOrder(Finding a, Finding b) {
        int c = a.severity.compareTo(b.severity);
        if (c == 0) {
            c = a.organizationId.compareTo(b.organizationId);
        }
        if (c == 0) {
            c = a.ruleId.compareTo(b.ruleId);
        }
        if (c == 0) {
            c = a.subjectsText.compareTo(b.subjectsText);
        }
        if (c == 0) {
            c = a.key.compareTo(b.key);
        }
        if (c == 0) {
            c = a.kind.compareTo(b.kind);
        }
        if (c == 0) {
            c = a.evidenceText().compareTo(b.evidenceText());
        }
        return c;
    }

    private String evidenceText() {
        String t = evidenceText;
        if (t == null) {
            t = evidence.toString();
            evidenceText = t;
        }
        return t;
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("finding lacks its " + name);
        }
        return value;
    }

    /** @return a builder, for readers of serialized reports and for tests */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the id of the rule that found it, such as {@code PAIR_FORMED_LATE} */
    public String ruleId() {
        return ruleId;
    }

    /** @return how serious it is */
    public Severity severity() {
        return severity;
    }

    /** @return whether it is out of compliance now or will be within the horizon */
    public FindingKind kind() {
        return kind;
    }

    /** @return what the finding is about, by id, in a canonical order (by type, then id) */
    public List<SubjectRef> subjects() {
        return subjects;
    }

    /**
     * @param type  a type of subject, not null
     * @return the ids of the subjects of that type, in order
     */
    public List<String> subjectIds(SubjectType type) {
        List<String> ids = new ArrayList<>();
        subjects.stream().filter(s -> s.type() == type).forEach(s -> ids.add(s.id()));
        return ids;
    }

    /**
     * @param id  a subject id
     * @return whether any subject of the finding has that id
     */
    public boolean isAbout(String id) {
        return subjects.stream().anyMatch(s -> s.id().equals(id));
    }

    /** @return the id of the first organization among the subjects, or an empty string if none */
    public String organizationId() {
        return organizationId;
    }

    /**
     * @return the values that decided the finding, in the rule's order: dates in ISO form
     *     ({@code 2022-09-20}), numbers, ids
     */
    public Map<String, String> evidence() {
        return evidence;
    }

    /** @return the names of the evidence that distinguish this finding in its key */
    public List<String> keyEvidence() {
        return keyEvidence;
    }

    /** @return the day by which compliance was (or is) due, if the rule is about a deadline */
    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    /** @return the document and clause the rule rests on */
    public SourceRef source() {
        return source;
    }

    /**
     * @param language  the language, not null
     * @return what is wrong, in one line
     */
    public String message(Language language) {
        return text(language.ordinal(), messageTemplates, language);
    }

    /**
     * @param language  the language, not null
     * @return one sentence: what was expected, what was found and which data decided it
     */
    public String explanation(Language language) {
        return text(LANGUAGES + language.ordinal(), explanationTemplates, language);
    }

    /**
     * @param language  the language, not null
     * @param names  how to name the subjects (organizations by name, …), not null
     * @return what is wrong, in one line, with the subjects so named
     */
    public String message(Language language, SubjectNames names) {
        return names == SubjectNames.IDS || messageTemplates == null ? message(language)
                : RuleTexts.render(ruleId, messageTemplates.get(language), language, evidence, subjects, names);
    }

    /**
     * @param language  the language, not null
     * @param names  how to name the subjects, not null
     * @return the explanation, with the subjects so named
     */
    public String explanation(Language language, SubjectNames names) {
        return names == SubjectNames.IDS || explanationTemplates == null ? explanation(language)
                : RuleTexts.render(ruleId, explanationTemplates.get(language), language, evidence, subjects, names);
    }

    private String text(int slot, Map<Language, String> templates, Language language) {
        String t = texts[slot];
        if (t == null) {
            t = RuleTexts.render(ruleId, templates.get(language), language, evidence, subjects);
            texts[slot] = t;
        }
        return t;
    }

    /** @return the stable key: rule id, subjects and distinguishing evidence, such as {@code PAIR_FORMED_LATE|mentorship:p1|organization:s1} */
    public String key() {
        return key;
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && key.equals(f.key) && kind == f.kind && severity == f.severity
                && evidence.equals(f.evidence) && Objects.equals(dueDate, f.dueDate) && source.equals(f.source)
                && sameTexts(f);
    }

    /** Texts rendered from the same templates with equal evidence and subjects are equal unread. */
    private boolean sameTexts(Finding f) {
        if (messageTemplates != null && messageTemplates == f.messageTemplates
                && explanationTemplates == f.explanationTemplates) {
            return true;
        }
        for (Language l : Language.values()) {
            if (!message(l).equals(f.message(l)) || !explanation(l).equals(f.explanation(l))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(key, kind, evidence);
            hash = h;
        }
        return h;
    }

    /** @return the key, kind and evidence; never a personal name since findings hold none */
    @Override
    public String toString() {
        return severity + " " + kind + " " + key + " " + evidence;
    }

    /** A builder of a {@link Finding}. */
    public static final class Builder {
        private String ruleId;
        private Severity severity;
        private FindingKind kind = FindingKind.CURRENT;
        private final List<SubjectRef> subjects = new ArrayList<>();
        private final Map<String, String> evidence = new LinkedHashMap<>();
        private final List<String> keyEvidence = new ArrayList<>();
        private LocalDate dueDate;
        private SourceRef source;
        private final Map<Language, String> messages = new EnumMap<>(Language.class);
        private final Map<Language, String> explanations = new EnumMap<>(Language.class);

        private Builder() {
        }

        /**
         * @param ruleId  the rule id
         * @return this builder
         */
        public Builder ruleId(String ruleId) {
            this.ruleId = ruleId;
            return this;
        }

        /**
         * @param severity  the severity
         * @return this builder
         */
        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        /**
         * @param kind  current (the default) or upcoming
         * @return this builder
         */
        public Builder kind(FindingKind kind) {
            this.kind = Objects.requireNonNull(kind);
            return this;
        }

        /**
         * @param subject  a subject; duplicates are kept once
         * @return this builder
         */
        public Builder subject(SubjectRef subject) {
            if (!subjects.contains(subject)) {
                subjects.add(Objects.requireNonNull(subject));
            }
            return this;
        }

        /**
         * @param name  the evidence name, such as {@code formedOn}
         * @param value  its value as text
         * @return this builder
         */
        public Builder evidence(String name, String value) {
            evidence.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
            return this;
        }

        /**
         * @param name  the name of evidence that is part of the key
         * @return this builder
         */
        public Builder keyEvidence(String name) {
            if (!keyEvidence.contains(name)) {
                keyEvidence.add(name);
            }
            return this;
        }

        /**
         * @param dueDate  the due date, or null if none
         * @return this builder
         */
        public Builder dueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        /**
         * @param source  the source
         * @return this builder
         */
        public Builder source(SourceRef source) {
            this.source = source;
            return this;
        }

        /**
         * @param language  the language
         * @param message  the message in that language
         * @return this builder
         */
        public Builder message(Language language, String message) {
            messages.put(language, Objects.requireNonNull(message));
            return this;
        }

        /**
         * @param language  the language
         * @param explanation  the explanation in that language
         * @return this builder
         */
        public Builder explanation(Language language, String explanation) {
            explanations.put(language, Objects.requireNonNull(explanation));
            return this;
        }

        /**
         * @return the finding
         * @throws IllegalArgumentException if the rule id, severity, source, a message or an
         *     explanation is missing, or a key evidence name has no evidence
         */
        public Finding build() {
            String[] texts = new String[2 * LANGUAGES];
            for (Language l : Language.values()) {
                texts[l.ordinal()] = messages.get(l);
                texts[LANGUAGES + l.ordinal()] = explanations.get(l);
            }
            return new Finding(ruleId, severity, kind, subjects, Evidence.of(evidence), keyEvidence, dueDate, source,
                    null, null, texts);
        }
    }
}

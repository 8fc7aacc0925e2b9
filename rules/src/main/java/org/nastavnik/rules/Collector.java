package org.nastavnik.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.kie.api.runtime.rule.RuleContext;
import org.nastavnik.common.Language;
import org.nastavnik.common.Limits;
import org.nastavnik.rules.spi.FindingCollector;

/**
 * The engine's {@link FindingCollector}: one per check (or per session), it turns the drafts
 * of consequences into {@link Finding}s with the rule's descriptor and texts.
 */
final class Collector implements FindingCollector {
    /** The longest evidence value, in characters: a longer one is cut with «…». */
    static final int MAX_EVIDENCE_LENGTH = 10_000;

    private final Map<String, RuleTexts> texts;
    private final List<Finding> findings = new ArrayList<>();
    private final boolean logical;
    /**
     * Per message templates (by identity), the last finding whose placeholders they could fill:
     * a finding with the same templates, evidence names and subject types needs no new check
     * (a region's check makes 17,000 findings of a few such shapes).
     */
    private final Map<Map<Language, String>, Filled> filled = new IdentityHashMap<>();

    /** What a finding whose placeholders were checked was made of. */
    private record Filled(Map<Language, String> explanation, Evidence evidence, List<SubjectRef> subjects) {
    }

    Collector(Map<String, RuleTexts> texts) {
        this(texts, false);
    }

    /** @param logical  whether findings are inserted logically into the session (for a {@link ComplianceSession}) rather than listed */
    Collector(Map<String, RuleTexts> texts, boolean logical) {
        this.texts = texts;
        this.logical = logical;
    }

    /**
     * Starts a finding of the rule that is firing.
     *
     * @param kcontext  the consequence's {@code kcontext}, not null
     * @return a draft to fill in and {@link Draft#emit()}
     */
    @Override
    public Draft report(RuleContext kcontext) {
        String ruleId = RuleTexts.ruleId(kcontext.getRule());
        RuleTexts t = texts.get(ruleId);
        RuleTexts.Templates templates = t == null ? null : t.templates.get(kcontext.getRule().getName());
        if (templates == null) {
            throw new IllegalStateException("rule " + kcontext.getRule().getName() + " has no descriptor or texts");
        }
        return new DefaultDraft(t.descriptor, templates, kcontext);
    }

    List<Finding> findings() {
        return findings;
    }

    /** A finding being filled in by a consequence. */
    private final class DefaultDraft implements Draft {
        private final RuleDescriptor descriptor;
        private final RuleTexts.Templates texts;
        private final Evidence.Builder evidence = new Evidence.Builder();
        private final List<SubjectRef> subjects = new ArrayList<>(4);
        private final List<String> keyEvidence = new ArrayList<>(2);
        private LocalDate dueDate;
        private FindingKind kind = FindingKind.CURRENT;
        private boolean late;
        private final RuleContext kcontext;

        private DefaultDraft(RuleDescriptor descriptor, RuleTexts.Templates texts, RuleContext kcontext) {
            this.descriptor = descriptor;
            this.texts = texts;
            this.kcontext = kcontext;
        }

        private Draft subject(SubjectType type, String id) {
            subjects.add(SubjectRef.of(type, id));
            return this;
        }

        @Override
        public Draft organization(String id) {
            return subject(SubjectType.ORGANIZATION, id);
        }

        @Override
        public Draft person(String id) {
            return subject(SubjectType.PERSON, id);
        }

        @Override
        public Draft persons(Collection<String> ids) {
            ids.forEach(this::person);
            return this;
        }

        @Override
        public Draft mentorship(String id) {
            return subject(SubjectType.MENTORSHIP, id);
        }

        @Override
        public Draft roadmap(String id) {
            return subject(SubjectType.ROADMAP, id);
        }

        @Override
        public Draft activity(String roadmapId, String number) {
            subjects.add(SubjectRef.activity(roadmapId, number));
            return this;
        }

        @Override
        public Draft record(String id) {
            return subject(SubjectType.RECORD, id);
        }

        @Override
        public Draft evidence(String name, Object value) {
            evidence.put(name, format(value));
            return this;
        }

        @Override
        public Draft keyEvidence(String name, Object value) {
            evidence(name, value);
            if (!keyEvidence.contains(name)) {
                keyEvidence.add(name);
            }
            return this;
        }

        @Override
        public Draft dueOn(LocalDate dueDate) {
            this.dueDate = dueDate;
            return keyEvidence("dueOn", dueDate);
        }

        @Override
        public Draft upcoming() {
            kind = FindingKind.UPCOMING;
            return this;
        }

        @Override
        public Draft late() {
            late = true;
            return this;
        }

        @Override
        public void emit() {
            RuleDescriptor d = descriptor;
            boolean up = kind == FindingKind.UPCOMING && !texts.upcomingMessage().isEmpty();
            boolean lateTexts = late && kind == FindingKind.CURRENT && !texts.lateMessage().isEmpty();
            Map<Language, String> message = up ? texts.upcomingMessage() : lateTexts ? texts.lateMessage() : texts.message();
            Map<Language, String> explanation = up ? texts.upcomingExplanation()
                    : lateTexts ? texts.lateExplanation() : texts.explanation();
            Evidence values = evidence.build();
            Filled last = filled.get(message);
            boolean check = last == null || last.explanation() != explanation
                    || !last.evidence().sameNames(values) || !sameTypes(last.subjects(), subjects);
            Finding finding = Finding.fromTemplates(d.id(), d.severity(), kind, subjects, values, keyEvidence,
                    dueDate, d.source(), message, explanation, check);
            if (check) {
                filled.put(message, new Filled(explanation, values, finding.subjects()));
            }
            if (logical) {
                kcontext.insertLogical(finding);
            } else {
                findings.add(finding);
            }
        }
    }

    /**
     * @param canonical  a finding's subjects, sorted by type then id, each once
     * @param drafted  a draft's subjects, as given
     * @return whether both name the same types of subject
     */
    private static boolean sameTypes(List<SubjectRef> canonical, List<SubjectRef> drafted) {
        for (SubjectRef s : drafted) {
            if (!hasType(canonical, s.type())) {
                return false;
            }
        }
        for (SubjectRef s : canonical) {
            if (!hasType(drafted, s.type())) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasType(List<SubjectRef> subjects, SubjectType type) {
        for (SubjectRef s : subjects) {
            if (s.type() == type) {
                return true;
            }
        }
        return false;
    }

    static String format(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Optional<?> o) {
            return o.map(Collector::format).orElse("none");
        }
        if (value instanceof OptionalInt o) {
            return o.isPresent() ? Integer.toString(o.getAsInt()) : "none";
        }
        if (value instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(v -> parts.add(format(v)));
            return String.join(", ", parts);
        }
        if (value instanceof BigDecimal d) {
            return Limits.plainOrScientific(d);
        }
        String text = value.toString();
        // evidence is shown in messages: bounded, whatever a record holds
        return text.length() <= MAX_EVIDENCE_LENGTH ? text : Limits.shorten(text, MAX_EVIDENCE_LENGTH);
    }
}

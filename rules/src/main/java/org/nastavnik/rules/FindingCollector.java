package org.nastavnik.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which rules report findings; one per check. Declare it in every DRL file
 * and report from a consequence:
 *
 * <pre>{@code
 * global org.nastavnik.rules.FindingCollector findings;
 * ...
 * then
 *     findings.report(kcontext)
 *             .organization($m.organizationId())
 *             .mentorship($m.id())
 *             .evidence("adoptedOn", $a.adoptedOn())
 *             .dueOn($due)
 *             .evidence("formedOn", $m.formedOn())
 *             .emit();
 * }</pre>
 *
 * <p>The rule id, severity, source and message templates come from the rule's descriptor; the
 * consequence supplies only the subjects and the evidence. Not thread-safe: a session fires
 * its rules on one thread.
 */
public final class FindingCollector {

    private final Map<String, RuleTexts> texts;
    private final List<Finding> findings = new ArrayList<>();
    private final boolean logical;

    FindingCollector(Map<String, RuleTexts> texts) {
        this(texts, false);
    }

    /** @param logical  whether findings are inserted logically into the session (for a {@link ComplianceSession}) rather than listed */
    FindingCollector(Map<String, RuleTexts> texts, boolean logical) {
        this.texts = texts;
        this.logical = logical;
    }

    /**
     * Starts a finding of the rule that is firing.
     *
     * @param kcontext  the consequence's {@code kcontext}, not null
     * @return a draft to fill in and {@link Draft#emit()}
     */
    public Draft report(RuleContext kcontext) {
        String ruleId = RuleTexts.ruleId(kcontext.getRule());
        RuleTexts t = texts.get(ruleId);
        RuleTexts.Templates templates = t == null ? null : t.templates.get(kcontext.getRule().getName());
        if (templates == null) {
            throw new IllegalStateException("rule " + kcontext.getRule().getName() + " has no descriptor or texts");
        }
        return new Draft(t.descriptor, templates, kcontext);
    }

    List<Finding> findings() {
        return findings;
    }

    /** A finding being filled in by a consequence. */
    public final class Draft {
        private final RuleDescriptor descriptor;
        private final RuleTexts.Templates texts;
        private final Evidence.Builder evidence = new Evidence.Builder();
        private final List<SubjectRef> subjects = new ArrayList<>(4);
        private final List<String> keyEvidence = new ArrayList<>(2);
        private LocalDate dueDate;
        private FindingKind kind = FindingKind.CURRENT;
        private boolean late;
        private final RuleContext kcontext;

        private Draft(RuleDescriptor descriptor, RuleTexts.Templates texts, RuleContext kcontext) {
            this.descriptor = descriptor;
            this.texts = texts;
            this.kcontext = kcontext;
        }

        /**
         * @param subject  a subject of the finding
         * @return this draft
         */
        public Draft subject(SubjectRef subject) {
            subjects.add(subject);
            return this;
        }

        /**
         * @param id  an organization id
         * @return this draft
         */
        public Draft organization(String id) {
            return subject(SubjectRef.organization(id));
        }

        /**
         * @param id  a person id
         * @return this draft
         */
        public Draft person(String id) {
            return subject(SubjectRef.person(id));
        }

        /**
         * @param ids  person ids
         * @return this draft
         */
        public Draft persons(Collection<String> ids) {
            ids.forEach(this::person);
            return this;
        }

        /**
         * @param id  a mentorship id
         * @return this draft
         */
        public Draft mentorship(String id) {
            return subject(SubjectRef.mentorship(id));
        }

        /**
         * @param id  a roadmap id
         * @return this draft
         */
        public Draft roadmap(String id) {
            return subject(SubjectRef.roadmap(id));
        }

        /**
         * @param roadmapId  a roadmap id
         * @param number  the activity's number
         * @return this draft
         */
        public Draft activity(String roadmapId, String number) {
            return subject(SubjectRef.activity(roadmapId, number));
        }

        /**
         * Adds evidence: a value that decided the finding. Dates are written in ISO form, absent
         * optionals as {@code none}, collections joined with ", ".
         *
         * @param name  the name, used in message templates as {@code {name}}
         * @param value  the value; null is written {@code none}
         * @return this draft
         */
        public Draft evidence(String name, Object value) {
            evidence.put(name, format(value));
            return this;
        }

        /**
         * Adds evidence that also distinguishes the finding in its {@link Finding#key()}, such as
         * a due date when one activity is due several times.
         *
         * @param name  the name
         * @param value  the value
         * @return this draft
         */
        public Draft keyEvidence(String name, Object value) {
            evidence(name, value);
            if (!keyEvidence.contains(name)) {
                keyEvidence.add(name);
            }
            return this;
        }

        /**
         * Sets the due date: adds it as key evidence {@code dueOn} and as {@link Finding#dueDate()}.
         *
         * @param dueDate  the last day on which compliance was on time
         * @return this draft
         */
        public Draft dueOn(LocalDate dueDate) {
            this.dueDate = dueDate;
            return keyEvidence("dueOn", dueDate);
        }

        /**
         * Marks the finding as upcoming: due within the horizon, not yet overdue. Its texts are
         * the DRL rule's {@code upcoming.message} and {@code upcoming.explanation} if it has them,
         * else its {@code message} and {@code explanation}.
         *
         * @return this draft
         */
        public Draft upcoming() {
            kind = FindingKind.UPCOMING;
            return this;
        }

        /**
         * Marks the finding as a duty done, but late: a current finding whose texts are the DRL
         * rule's {@code late.message} and {@code late.explanation} if it has them. Its key is
         * the one the finding had while the duty was overdue.
         *
         * @return this draft
         */
        public Draft late() {
            late = true;
            return this;
        }

        /**
         * Adds the finding to the report.
         *
         * @throws IllegalStateException if a message names a placeholder the finding lacks
         */
        public void emit() {
            RuleDescriptor d = descriptor;
            boolean up = kind == FindingKind.UPCOMING && !texts.upcomingMessage().isEmpty();
            boolean lateTexts = late && kind == FindingKind.CURRENT && !texts.lateMessage().isEmpty();
            Finding finding = Finding.fromTemplates(d.id(), d.severity(), kind, subjects, evidence.build(), keyEvidence,
                    dueDate, d.source(),
                    up ? texts.upcomingMessage() : lateTexts ? texts.lateMessage() : texts.message(),
                    up ? texts.upcomingExplanation() : lateTexts ? texts.lateExplanation() : texts.explanation());
            if (logical) {
                kcontext.insertLogical(finding);
            } else {
                findings.add(finding);
            }
        }
    }

    static String format(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Optional<?> o) {
            return o.map(FindingCollector::format).orElse("none");
        }
        if (value instanceof OptionalInt o) {
            return o.isPresent() ? Integer.toString(o.getAsInt()) : "none";
        }
        if (value instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(v -> parts.add(format(v)));
            return String.join(", ", parts);
        }
        return value.toString();
    }
}

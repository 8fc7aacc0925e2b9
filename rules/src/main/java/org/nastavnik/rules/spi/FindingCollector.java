package org.nastavnik.rules.spi;

import java.time.LocalDate;
import java.util.Collection;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which rules report findings; the engine supplies one per check. Declare
 * it in every DRL file and report from a consequence:
 *
 * <pre>{@code
 * global org.nastavnik.rules.spi.FindingCollector findings;
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
 * consequence supplies only the subjects and the evidence. Implemented by the engine, not by
 * packs. Not thread-safe: a session fires its rules on one thread.
 */
public interface FindingCollector {

    /**
     * Starts a finding of the rule that is firing.
     *
     * @param kcontext  the consequence's {@code kcontext}, not null
     * @return a draft to fill in and {@link Draft#emit()}
     * @throws IllegalStateException if the rule has no descriptor or texts
     */
    Draft report(RuleContext kcontext);

    /** A finding being filled in by a consequence. */
    interface Draft {

        /**
         * @param id  an organization id
         * @return this draft
         */
        Draft organization(String id);

        /**
         * @param id  a person id
         * @return this draft
         */
        Draft person(String id);

        /**
         * @param ids  person ids
         * @return this draft
         */
        Draft persons(Collection<String> ids);

        /**
         * @param id  a mentorship id
         * @return this draft
         */
        Draft mentorship(String id);

        /**
         * @param id  a roadmap id
         * @return this draft
         */
        Draft roadmap(String id);

        /**
         * @param roadmapId  a roadmap id
         * @param number  the activity's number
         * @return this draft
         */
        Draft activity(String roadmapId, String number);

        /**
         * @param id  the id of another record (a meeting, a programme, …)
         * @return this draft
         */
        Draft record(String id);

        /**
         * Adds evidence: a value that decided the finding. Dates are written in ISO form, absent
         * optionals as {@code none}, collections joined with ", ".
         *
         * @param name  the name, used in message templates as {@code {name}}
         * @param value  the value; null is written {@code none}
         * @return this draft
         */
        Draft evidence(String name, Object value);

        /**
         * Adds evidence that also distinguishes the finding in its key, such as a due date when
         * one activity is due several times.
         *
         * @param name  the name
         * @param value  the value
         * @return this draft
         */
        Draft keyEvidence(String name, Object value);

        /**
         * Sets the due date: adds it as key evidence {@code dueOn} and as the finding's due date.
         *
         * @param dueDate  the last day on which compliance was on time
         * @return this draft
         */
        Draft dueOn(LocalDate dueDate);

        /**
         * Marks the finding as upcoming: due within the horizon, not yet overdue. Its texts are
         * the DRL rule's {@code upcoming.message} and {@code upcoming.explanation} if it has them,
         * else its {@code message} and {@code explanation}.
         *
         * @return this draft
         */
        Draft upcoming();

        /**
         * Marks the finding as a duty done, but late: a current finding whose texts are the DRL
         * rule's {@code late.message} and {@code late.explanation} if it has them, else its
         * {@code message} and {@code explanation}. Its key is the one the finding had while the
         * duty was overdue.
         *
         * @return this draft
         */
        Draft late();

        /**
         * Adds the finding to the report.
         *
         * @throws IllegalStateException if a message names a placeholder the finding lacks
         */
        void emit();
    }
}

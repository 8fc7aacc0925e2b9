package org.nastavnik.testing;

import static org.nastavnik.testing.FindingFormat.NL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.nastavnik.common.Language;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Severity;

/**
 * AssertJ assertions on the findings of one rule in a report (the list of findings left after
 * the narrowing so far), made by {@link ReportAssert#hasFinding(String)}. Each method narrows the
 * findings to those that match, and fails, printing the candidates in full, if none is left; in
 * soft assertions the failure is collected and the rest of the chain is skipped:
 *
 * <pre>{@code
 * assertThat(report).hasFinding("PAIR_FORMED_LATE")
 *         .about("p1")
 *         .withEvidence("daysLate", "1")
 *         .withMessage("Пара p1 организации s1 сформирована 16.09.2022, позже срока 15.09.2022.");
 * }</pre>
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, List<Finding>> {

    private final ReportAssert report;
    private final String description;
    private final List<Finding> candidates;
    /** A failure before (collected by soft assertions): every assertion chained after it is skipped. */
    private final boolean failed;

    FindingAssert(ReportAssert report, String description, List<Finding> candidates, boolean failed) {
        super(List.copyOf(candidates), FindingAssert.class);
        this.report = report;
        this.description = description;
        this.candidates = List.copyOf(candidates);
        this.failed = failed;
    }

    /**
     * Narrows to the findings with a subject of this id (an organization, person, pair, roadmap or activity).
     *
     * @param subjectId  the id, such as {@code p1}
     * @return assertions on the findings about it
     * @throws AssertionError if none is about it
     */
    public FindingAssert about(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        return narrow(f -> f.isAbout(subjectId), "to be about:" + NL + "  " + subjectId, "about " + subjectId);
    }

    /**
     * Narrows to the findings that carry an evidence value. A date may be written
     * {@code 16.09.2022} or {@code 2022-09-16}; any other value is compared as text.
     *
     * @param name  the evidence name, such as {@code daysLate}
     * @param value  its value, such as {@code 1} or {@code "16.09.2022"}
     * @return assertions on the findings with that evidence
     * @throws AssertionError if none carries it
     */
    public FindingAssert withEvidence(String name, Object value) {
        Objects.requireNonNull(name, "name");
        String expected = evidenceText(value);
        return narrow(f -> expected.equals(f.evidence().get(name)), "to have evidence:" + NL + "  " + name + "=" + expected,
                "with " + name + "=" + expected);
    }

    /**
     * Narrows to the findings whose evidence is exactly this (every name, no other), in any
     * order. Values are compared as by {@link #withEvidence(String, Object)}.
     *
     * @param evidence  the names and values, not null
     * @return assertions on the findings with exactly that evidence
     * @throws AssertionError if none has it
     */
    public FindingAssert withEvidenceExactly(Map<String, ?> evidence) {
        Map<String, String> expected = new TreeMap<>();
        evidence.forEach((k, v) -> expected.put(k, evidenceText(v)));
        return narrow(f -> new TreeMap<>(f.evidence()).equals(expected),
                "to have exactly the evidence:" + NL + "  " + FindingFormat.evidence(expected), "with that evidence");
    }

    /**
     * Narrows to the findings of a severity.
     *
     * @param severity  the severity, not null
     * @return assertions on the findings of that severity
     * @throws AssertionError if none has it
     */
    public FindingAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(f -> f.severity() == severity, "to have severity:" + NL + "  " + severity, "of severity " + severity);
    }

    /**
     * Narrows to the finding with a key.
     *
     * @param key  the finding key, such as {@code PAIR_FORMED_LATE|organization:s1|mentorship:p1|dueOn=2022-09-15}
     * @return assertions on that finding
     * @throws AssertionError if no finding has the key
     */
    public FindingAssert withKey(String key) {
        Objects.requireNonNull(key, "key");
        return narrow(f -> f.key().equals(key), "to have key:" + NL + "  " + key, "with key " + key);
    }

    /**
     * Narrows to the findings whose Russian message is exactly this text.
     *
     * @param russian  the message in Russian
     * @return assertions on the findings with that message
     * @throws AssertionError if none has it
     */
    public FindingAssert withMessage(String russian) {
        return withMessage(Language.RU, russian);
    }

    /**
     * Narrows to the findings whose message in a language is exactly this text.
     *
     * @param language  the language, not null
     * @param message  the message
     * @return assertions on the findings with that message
     * @throws AssertionError if none has it
     */
    public FindingAssert withMessage(Language language, String message) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(message, "message");
        return narrow(f -> message.equals(f.message(language)),
                "to have the message (" + language + "):" + NL + "  " + message, "with that message");
    }

    /**
     * Narrows to the findings due on a day.
     *
     * @param date  such as {@code "15.09.2022"} or {@code "2022-09-15"}
     * @return assertions on the findings due that day
     * @throws AssertionError if none is
     */
    public FindingAssert dueOn(String date) {
        LocalDate due = Dates.parse(date, "due date");
        return narrow(f -> f.dueDate().filter(due::equals).isPresent(), "to be due on:" + NL + "  " + Dates.ru(due),
                "due on " + Dates.ru(due));
    }

    /**
     * Asserts how many findings are left after the narrowing so far.
     *
     * @param expected  the number of findings
     * @return this
     * @throws AssertionError listing them if the number differs
     */
    public FindingAssert times(int expected) {
        if (!failed && candidates.size() != expected) {
            fail(failure("to number:" + NL + "  " + expected, "but found " + candidates.size() + ":"));
        }
        return this;
    }

    /**
     * @return the only finding left after the narrowing so far
     * @throws AssertionError if more than one is left
     */
    public Finding finding() {
        if (failed || candidates.size() != 1) {
            throw failure("to number:" + NL + "  1", "but found " + candidates.size() + ":");
        }
        return candidates.get(0);
    }

    /** @return the findings left after the narrowing so far, in report order */
    public List<Finding> findings() {
        return candidates;
    }

    /** @return the assertions on the whole report, to go on */
    public ReportAssert and() {
        return report;
    }

    private FindingAssert narrow(Predicate<Finding> test, String expectation, String narrowed) {
        if (failed) {
            return this;
        }
        List<Finding> left = candidates.stream().filter(test).toList();
        if (left.isEmpty()) {
            fail(failure(expectation, candidates.size() == 1 ? "but found:" : "but found only:"));
            return new FindingAssert(report, description + " " + narrowed, left, true);
        }
        return new FindingAssert(report, description + " " + narrowed, left, false);
    }

    /** Throws or collects, as the report's assertions do, with this assertion's description first. */
    private void fail(AssertionError failure) {
        String own = info.descriptionText();
        report.fail(own == null || own.isEmpty() ? failure : new AssertionError("[" + own + "] " + failure.getMessage()));
    }

    private AssertionError failure(String expectation, String but) {
        return new AssertionError("Expecting " + description + NL + expectation + NL + but + NL
                + FindingFormat.list(candidates));
    }

    private static String evidenceText(Object value) {
        if (value instanceof String s && s.strip().matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
            return Dates.parse(s, "evidence date").toString();
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return "FindingAssert{" + description + ", " + candidates.size() + " findings}";
    }
}

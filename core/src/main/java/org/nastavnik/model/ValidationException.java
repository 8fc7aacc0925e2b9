package org.nastavnik.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown when input is not a valid model: a value built with a required attribute not set or
 * set to {@code null}, a snapshot with dangling references, duplicate ids or dates in impossible
 * order, or a JSON document with unknown fields or bad values. It lists every problem found, not
 * only the first, each with its path, the value found and the reason:
 *
 * <pre>
 * CuratorAppointment is invalid: 2 problems
 *   - order (): required, not set
 *   - personId (null): must not be null
 * </pre>
 */
public final class ValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String subject;
    private final transient List<Problem> problems;

    /**
     * @param subject  what was being read or built, such as "snapshot", not null
     * @param problems  every problem found, at least one, not null
     */
    public ValidationException(String subject, List<Problem> problems) {
        super(message(subject, problems));
        this.subject = subject;
        this.problems = List.copyOf(problems);
    }

    /**
     * Made by the model's generated builders (the Immutables style of this package names this
     * class for both cases): {@code Cannot build Type, some of required attributes are not set
     * [a, b]} when attributes were never set, or the bare name of a parameter that was null.
     * Turned into the same problems as every other validation.
     */
    ValidationException(String generatedMessage) {
        this(subjectOf(generatedMessage), problemsOf(generatedMessage));
    }

    private static final String CANNOT_BUILD = "Cannot build ";
    private static final String NOT_SET = ", some of required attributes are not set [";

    private static String subjectOf(String message) {
        int notSet = message.indexOf(NOT_SET);
        if (message.startsWith(CANNOT_BUILD) && notSet > 0) {
            return message.substring(CANNOT_BUILD.length(), notSet);
        }
        return Attributes.callerType();
    }

    private static List<Problem> problemsOf(String message) {
        int notSet = message.indexOf(NOT_SET);
        List<Problem> problems = new ArrayList<>();
        if (message.startsWith(CANNOT_BUILD) && notSet > 0 && message.endsWith("]")) {
            for (String name : message.substring(notSet + NOT_SET.length(), message.length() - 1).split(",")) {
                problems.add(Problem.of(name.strip(), "", Attributes.NOT_SET));
            }
        } else {
            problems.add(Problem.of(message, "null", Attributes.NOT_NULL));
        }
        return problems;
    }

    private static String message(String subject, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(subject).append(" is invalid: ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append("  - ").append(p);
        }
        return sb.toString();
    }

    /** @return what was being read or built, such as "snapshot" */
    public String subject() {
        return subject;
    }

    /** @return every problem found, in a stable order */
    public List<Problem> problems() {
        return problems;
    }
}

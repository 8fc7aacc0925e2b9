package org.nastavnik.model;

import java.util.List;

/**
 * Thrown when input is not a valid model: a snapshot with dangling references, duplicate ids or
 * dates in impossible order, or a JSON document with unknown fields or bad values. It lists
 * every problem found, not only the first.
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

package org.nastavnik.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.Severity;

/**
 * One duty of a report for people (одна обязанность): the findings of one rule about the same
 * subjects and of the same kind that differ only in their due date, such as the seventeen missed
 * months of one monthly activity. A report shows one row per duty with its dates; JSON keeps one
 * finding per occurrence.
 *
 * @param occurrences  the findings, by due date (those without one first), at least one
 */
record Duty(List<Finding> occurrences) {

    Duty {
        occurrences = List.copyOf(occurrences);
    }

    /**
     * Groups findings into duties, in the order of each duty's first finding (a report's order:
     * most serious first).
     *
     * @param findings  findings in report order
     * @return the duties
     */
    static List<Duty> group(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        }
        List<Duty> duties = new ArrayList<>(groups.size());
        for (List<Finding> g : groups.values()) {
            List<Finding> sorted = new ArrayList<>(g);
            sorted.sort(Comparator.comparing((Finding f) -> f.dueDate().orElse(LocalDate.MIN)));
            duties.add(new Duty(sorted));
        }
        return duties;
    }

    /**
     * The rule, kind, subjects, the distinguishing evidence other than the due date, and the
     * names of the evidence (a rule's variants, such as done late and not done, carry different
     * evidence and stay apart).
     */
    private static String key(Finding f) {
        StringBuilder k = new StringBuilder(f.ruleId()).append('|').append(f.kind()).append('|')
                .append(f.subjects());
        String due = f.dueDate().map(LocalDate::toString).orElse(null);
        for (String name : f.keyEvidence()) {
            String v = f.evidence().get(name);
            if (!name.equals("dueOn") && (due == null || !due.equals(v))) {
                k.append('|').append(name).append('=').append(v);
            }
        }
        return k.append('|').append(new TreeSet<>(f.evidence().keySet())).toString();
    }

    /** @return the finding a row shows: the latest missed date of a current duty, the nearest of an upcoming one */
    Finding shown() {
        return kind() == FindingKind.UPCOMING ? occurrences.get(0) : occurrences.get(occurrences.size() - 1);
    }

    Severity severity() {
        return occurrences.get(0).severity();
    }

    FindingKind kind() {
        return occurrences.get(0).kind();
    }

    String ruleId() {
        return occurrences.get(0).ruleId();
    }

    String organizationId() {
        return occurrences.get(0).organizationId();
    }

    int count() {
        return occurrences.size();
    }

    /** @return the due dates of the occurrences, in order, each once */
    List<LocalDate> dueDates() {
        return occurrences.stream().flatMap(f -> f.dueDate().stream()).distinct().toList();
    }
}

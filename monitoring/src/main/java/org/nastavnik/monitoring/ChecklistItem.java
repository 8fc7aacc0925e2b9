package org.nastavnik.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.common.Language;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.ParticipantRole;

/**
 * One item of a monitoring checklist (пункт формы мониторинга): a title and the source the
 * answer comes from. The source decides the kind of answer: a document's presence, a count or
 * an indicator. Sources, as written in a profile file:
 * <ul>
 *   <li>{@code localAct:<kind>}: a local act of a {@link LocalActKind} adopted by the date;</li>
 *   <li>{@code curatorOrder}: an order appointing a curator, in force on the date;</li>
 *   <li>{@code programme}: a mentoring programme approved (or started) by the date;</li>
 *   <li>{@code base:MENTOR}, {@code base:MENTEE}: an entry in the base of mentors or mentees;</li>
 *   <li>{@code pairsOrders}: an order fixing pairs or groups;</li>
 *   <li>{@code measure:<measure>}: a {@link Measure}, such as {@code measure:FIXED_BY_ORDER};</li>
 *   <li>{@code indicator:<kind>}: a computed share, such as {@code indicator:STUDENT_MENTEES};</li>
 *   <li>{@code notInModel:<what>}: something the model does not hold (a website section, an
 *   incentive document, best cases): always answered «нет данных».</li>
 * </ul>
 * Immutable.
 */
public final class ChecklistItem {

    /** What an item's answer is. */
    public enum Kind {
        /** Whether a document is there, with its number and date. */
        DOCUMENT,
        /** A number. */
        COUNT,
        /** A share with its numerator and denominator. */
        INDICATOR
    }

    private final String id;
    private final String title;
    private final String titleEn;
    private final String source;
    private final Kind kind;

    private ChecklistItem(String id, String title, String titleEn, String source) {
        this.id = id;
        this.title = title;
        this.titleEn = titleEn;
        this.source = source;
        this.kind = source.startsWith("measure:") ? Kind.COUNT
                : source.startsWith("indicator:") ? Kind.INDICATOR : Kind.DOCUMENT;
    }

    /**
     * @param id  the item's id, such as "01", not blank
     * @param title  the title in Russian, not blank
     * @param titleEn  the title in English, not blank
     * @param source  where the answer comes from (see the class description)
     * @return the item
     * @throws IllegalArgumentException listing every problem: blank fields, an unknown source
     */
    public static ChecklistItem of(String id, String title, String titleEn, String source) {
        List<String> problems = problems(id, title, titleEn, source);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("checklist item " + id + ": " + String.join("; ", problems));
        }
        return new ChecklistItem(id, title, titleEn, source);
    }

    static List<String> problems(String id, String title, String titleEn, String source) {
        List<String> problems = new ArrayList<>();
        if (id == null || id.isBlank()) {
            problems.add("id (" + id + "): must not be blank");
        }
        if (title == null || title.isBlank()) {
            problems.add("title (" + title + "): must not be blank");
        }
        if (titleEn == null || titleEn.isBlank()) {
            problems.add("titleEn (" + titleEn + "): must not be blank");
        }
        String why = sourceProblem(source);
        if (why != null) {
            problems.add("source (" + source + "): " + why);
        }
        return problems;
    }

    private static String sourceProblem(String source) {
        if (source == null || source.isBlank()) {
            return "must not be blank";
        }
        String[] p = source.split(":", 2);
        String arg = p.length > 1 ? p[1] : "";
        try {
            switch (p[0]) {
                case "curatorOrder", "programme", "pairsOrders":
                    return p.length == 1 ? null : p[0] + " takes no argument";
                case "localAct":
                    LocalActKind.valueOf(arg);
                    return null;
                case "base":
                    ParticipantRole.valueOf(arg);
                    return null;
                case "measure":
                    Measure.valueOf(arg);
                    return null;
                case "indicator":
                    Tally.share(IndicatorKind.valueOf(arg));
                    return null;
                case "notInModel":
                    return arg.isBlank() ? "notInModel needs a name, such as notInModel:website" : null;
                default:
                    return "unknown source; known: localAct:<" + names(LocalActKind.values()) + ">, curatorOrder, "
                            + "programme, base:<MENTOR|MENTEE>, pairsOrders, measure:<" + names(Measure.values())
                            + ">, indicator:<" + names(Tally.SHARES.toArray(new Enum<?>[0])) + ">, notInModel:<what>";
            }
        } catch (IllegalArgumentException e) {
            return "unknown " + p[0] + " \"" + arg + "\"";
        }
    }

    private static String names(Enum<?>[] values) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> v : values) {
            sb.append(sb.length() == 0 ? "" : "|").append(v.name());
        }
        return sb.toString();
    }

    /** @return the item's id */
    public String id() {
        return id;
    }

    /**
     * @param language  the language, not null
     * @return the title
     */
    public String title(Language language) {
        return language == Language.RU ? title : titleEn;
    }

    /** @return where the answer comes from, as a profile file writes it */
    public String source() {
        return source;
    }

    /** @return what the answer is */
    public Kind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChecklistItem c && id.equals(c.id) && title.equals(c.title) && titleEn.equals(c.titleEn)
                && source.equals(c.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, titleEn, source);
    }

    @Override
    public String toString() {
        return id + " " + source;
    }
}

package org.nastavnik.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.nastavnik.common.Language;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.Severity;
import org.nastavnik.rules.SubjectRef;
import org.nastavnik.rules.SubjectType;

/** The words reports use, in Russian and English. */
final class Labels {
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final Language language;

    Labels(Language language) {
        this.language = language;
    }

    boolean ru() {
        return language == Language.RU;
    }

    String t(String ru, String en) {
        return ru() ? ru : en;
    }

    String severity(Severity s) {
        return switch (s) {
            case VIOLATION -> t("НАРУШЕНИЕ", "VIOLATION");
            case WARNING -> t("ПРЕДУПРЕЖДЕНИЕ", "WARNING");
            case NOTICE -> t("ЗАМЕЧАНИЕ", "NOTICE");
        };
    }

    String severityPlural(Severity s) {
        return switch (s) {
            case VIOLATION -> t("нарушения", "violations");
            case WARNING -> t("предупреждения", "warnings");
            case NOTICE -> t("замечания", "notices");
        };
    }

    String kind(FindingKind k) {
        return k == FindingKind.CURRENT ? t("текущее", "current") : t("предстоит", "upcoming");
    }

    String date(LocalDate d) {
        return (ru() ? RU_DATE : EN_DATE).format(d);
    }

    String territory(Territory t) {
        if (t.isUnknown()) {
            return t("территория не указана", "territory not stated");
        }
        String region = t.region().map(r -> r.name().map(n -> n + " (" + r.code() + ")")
                .orElse(t("регион ", "region ") + r.code())).orElse(t("регион не указан", "region not stated"));
        return t.municipality().map(m -> m + ", " + region).orElse(region);
    }

    String noOrganization() {
        return t("Без организации (территория, дорожные карты)", "No organization (territory, roadmaps)");
    }

    /**
     * The subjects other than organizations, by id ({@code p2, s1-st-4}); a roadmap is left out
     * when one of its activities is named ({@code tashtagol-2021/1.2} says it).
     */
    static String otherSubjects(Finding f) {
        StringBuilder sb = new StringBuilder();
        for (SubjectRef s : f.subjects()) {
            if (s.type() == SubjectType.ORGANIZATION || s.type() == SubjectType.ROADMAP
                    && f.subjects().stream().anyMatch(a -> a.type() == SubjectType.ACTIVITY
                            && a.id().startsWith(s.id() + "/"))) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(s.id());
        }
        return sb.toString();
    }

    /**
     * The evidence that tells two findings of one rule about the same subjects apart, other than
     * the due date ({@code CURATORS}), joined by commas; empty if none.
     */
    static String keyValues(Finding f) {
        StringBuilder sb = new StringBuilder();
        for (String name : f.keyEvidence()) {
            String value = f.evidence().get(name);
            if (value == null || name.equals("dueOn") || f.dueDate().map(d -> d.toString().equals(value)).orElse(false)) {
                continue;
            }
            sb.append(sb.length() > 0 ? ", " : "").append(value);
        }
        return sb.toString();
    }
}

package org.nastavnik.examples.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.nastavnik.model.Language;
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
        String region = t.region().name().map(n -> n + " (" + t.region().code() + ")")
                .orElse(t("регион ", "region ") + t.region().code());
        return t.municipality().map(m -> m + ", " + region).orElse(region);
    }

    String noOrganization() {
        return t("Без организации (территория, дорожные карты)", "No organization (territory, roadmaps)");
    }

    /** The subjects other than organizations, by id: {@code p2, s1-st-4}. */
    static String otherSubjects(Finding f) {
        StringBuilder sb = new StringBuilder();
        for (SubjectRef s : f.subjects()) {
            if (s.type() == SubjectType.ORGANIZATION) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(s.id());
        }
        return sb.toString();
    }
}

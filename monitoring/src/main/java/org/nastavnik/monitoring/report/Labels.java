package org.nastavnik.monitoring.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.common.Language;
import org.nastavnik.monitoring.Checklist;
import org.nastavnik.monitoring.Indicators;
import org.nastavnik.monitoring.Measure;
import org.nastavnik.monitoring.MonitoringProfile;
import org.nastavnik.monitoring.Share;
import org.nastavnik.rules.Severity;

/** Russian words for the tables and the note: no code words reach a reader. */
final class Labels {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The measures shown as columns, in order. */
    static final List<Measure> COLUMNS = List.of(Measure.values());

    private Labels() {
    }

    static String share(IndicatorKind k, MonitoringProfile p) {
        return switch (k) {
            case STUDENT_MENTEES -> "Доля обучающихся " + p.studentAgeFrom() + "–" + p.studentAgeTo()
                    + " лет, вовлечённых в наставничество";
            case TEACHER_PARTICIPANTS -> "Доля педагогов, вовлечённых в наставничество";
            case YOUNG_SPECIALIST_MENTEES -> "Доля молодых специалистов (стаж до "
                    + p.youngSpecialistMaxExperienceYears() + " лет), вовлечённых в наставничество";
            case STUDENT_MENTORS -> "Доля обучающихся 15–19 лет — наставников";
            case ENTERPRISES_PROVIDING_MENTORS -> "Доля предприятий, предоставивших наставников";
            case COLLEGE_STUDENT_MENTEES -> "Доля студентов СПО, вовлечённых в наставничество";
        };
    }

    static String measure(Measure m) {
        String l = m.label(Language.RU);
        return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    static String severity(Severity s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case VIOLATION -> "нарушение";
            case WARNING -> "предупреждение";
            default -> "замечание";
        };
    }

    static String shareText(Share s) {
        return Checklist.Status.NO_DATA == status(s) ? "нет данных"
                : s.percent().get().toPlainString().replace('.', ',') + " % (" + s.involved() + " из " + s.total() + ")";
    }

    private static Checklist.Status status(Share s) {
        return s.percent().isEmpty() ? Checklist.Status.NO_DATA : Checklist.Status.VALUE;
    }

    static String scopeName(Indicators row) {
        return row.scope().name();
    }
}

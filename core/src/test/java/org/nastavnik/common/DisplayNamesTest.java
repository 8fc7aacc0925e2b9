package org.nastavnik.common;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.deadline.DeadlineStatus;
import org.nastavnik.duty.DutyStart;
import org.nastavnik.duty.JudgedOccurrence;
import org.nastavnik.duty.NotJudged;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.ListKind;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.MentoringSystem;
import org.nastavnik.model.MonitoringKind;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.ParticipantCategory;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.PeriodBasis;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.ProgrammeKind;
import org.nastavnik.model.ResponsibleKind;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.roadmap.FindingCode;
import org.nastavnik.roadmap.FindingLevel;

class DisplayNamesTest {

    private static final List<Class<? extends Enum<?>>> TYPES = List.of(ActivityOrigin.class, ConsentGiver.class,
            ConsentKind.class, DocumentKind.class, IndicatorKind.class, ListKind.class, LocalActKind.class,
            MeetingKind.class, MentoringForm.class, MentoringSystem.class, MonitoringKind.class,
            OrganizationKind.class, ParticipantCategory.class, ParticipantRole.class, PersonKind.class,
            ProgrammeKind.class, ResponsibleKind.class, RoadmapLevel.class, FindingCode.class, FindingLevel.class,
            DeadlineStatus.State.class, JudgedOccurrence.State.class, DutyStart.Basis.class, NotJudged.class,
            PeriodBasis.class);

    @Test
    void every_constant_that_can_reach_a_person_has_a_name_in_both_languages() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : TYPES) {
            for (Enum<?> e : type.getEnumConstants()) {
                for (Language l : Language.values()) {
                    if (DisplayNames.of(e, l).equals(e.name())) {
                        missing.add(type.getSimpleName() + "." + e.name() + " " + l);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void every_document_finding_code_is_explained_in_one_line_in_both_languages() {
        for (FindingCode c : FindingCode.values()) {
            for (Language l : Language.values()) {
                String e = DisplayNames.explanation(c, l).orElse("");
                assertTrue(!e.isBlank() && !e.contains("\n"), c + " " + l);
            }
        }
    }

    @Test
    void evidence_values_are_shown_by_name_dates_in_the_readers_form() {
        assertAll(
                () -> assertEquals("учитель – учитель", DisplayNames.value("form", "TEACHER_TEACHER", Language.RU)),
                () -> assertEquals("teacher – teacher", DisplayNames.value("form", "TEACHER_TEACHER", Language.EN)),
                () -> assertEquals("промежуточный мониторинг", DisplayNames.value("monitoring", "INTERIM", Language.RU)),
                () -> assertEquals("педагог, руководитель", DisplayNames.value("admittedKinds", "TEACHER, HEAD",
                        Language.RU)),
                () -> assertEquals("стаж", DisplayNames.value("exceeded", "experience", Language.RU)),
                () -> assertEquals("нет", DisplayNames.value("maxAge", "none", Language.RU)),
                () -> assertEquals("01.10.2022", DisplayNames.value("dueOn", "2022-10-01", Language.RU)),
                () -> assertEquals("1 Oct 2022", DisplayNames.value("dueOn", "2022-10-01", Language.EN)),
                () -> assertEquals("1 Oct 2022", DisplayNames.date(LocalDate.of(2022, 10, 1), Language.EN)),
                () -> assertEquals("s-12", DisplayNames.value("mentorOrganization", "s-12", Language.RU)),
                () -> assertEquals("2022-13-45", DisplayNames.value("x", "2022-13-45", Language.RU), "not a date"),
                () -> assertEquals("17", DisplayNames.value("count", "17", Language.RU)));
    }
}

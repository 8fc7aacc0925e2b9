package org.nastavnik.examples;

import java.time.LocalDate;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;

/**
 * The ten-line embedding example quoted in README: an education system maps its records onto
 * the model and asks for a compliance report.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /**
     * Checks one school whose pair was formed 15 days after the form was determined.
     *
     * @param records  the caller's own records, already mapped onto a snapshot builder's parts
     * @return the report
     */
    public static ComplianceReport check(SchoolRecords records) {
        // tag::embed[]
        Snapshot snapshot = Snapshot.builder()
                .asOf(LocalDate.of(2022, 10, 1))
                .territory(records.territory())
                .addAllOrganizations(records.organizations())
                .addAllPeople(records.people())
                .addAllCuratorAppointments(records.curators())
                .addAllFormAdoptions(records.formAdoptions())
                .addAllMentorships(records.mentorships())
                .build();                                  // validates: every problem at once
        ComplianceReport report = ComplianceEngine.federal().check(snapshot, LocalDate.of(2022, 10, 1));
        report.findings().forEach(f -> System.out.println(f.severity() + " " + f.message(Language.RU)));
        // end::embed[]
        return report;
    }

    /**
     * Runs the example on a small school.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        check(SchoolRecords.sample(MentoringForm.TEACHER_TEACHER));
    }
}

package org.nastavnik.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HeadcountTest {

    @Test
    void should_count_the_students_of_an_age_range() {
        Headcount h = Headcount.builder().asOf(LocalDate.of(2022, 9, 1))
                .addStudentsByAge(StudentsOfAge.of(9, 5), StudentsOfAge.of(10, 7), StudentsOfAge.of(18, 3),
                        StudentsOfAge.of(19, 100))
                .build();
        assertEquals(OptionalInt.of(10), h.studentsAged(10, 18));
        assertEquals(OptionalInt.empty(), Headcount.builder().asOf(LocalDate.of(2022, 9, 1)).build().studentsAged(10, 18));
    }

    @Test
    void should_list_every_problem_at_once() {
        ValidationException e = assertThrows(ValidationException.class, () -> Headcount.builder()
                .asOf(LocalDate.of(2022, 9, 1))
                .addStudentsByAge(StudentsOfAge.of(10, -1), StudentsOfAge.of(10, 2), StudentsOfAge.of(40, 1))
                .teachers(3).youngSpecialists(4).build());
        assertEquals(List.of("studentsByAge[0].count (-1): must not be negative",
                "studentsByAge[1].age (10): duplicate age: one entry per age",
                "studentsByAge[2].age (40): must be from 0 to 30 years",
                "youngSpecialists (4): must not exceed teachers (3)"),
                e.problems().stream().map(Problem::toString).sorted().toList());
    }
}

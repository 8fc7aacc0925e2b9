package org.nastavnik.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.MentoringForm;

/** FormedPairs answers «was a pair of the form formed between two days» as a scan of its days would. */
class FormedPairsTest {

    private static final LocalDate DAY0 = LocalDate.of(2022, 9, 1);

    @Test
    void should_count_both_ends_of_the_period() {
        FormedPairs pairs = new FormedPairs("s1", MentoringForm.TEACHER_TEACHER,
                new ArrayList<>(List.of(DAY0.plusDays(3), DAY0.plusDays(10))));

        assertEquals(true, pairs.anyFormedBetween(DAY0.plusDays(3), DAY0.plusDays(3)));
        assertEquals(true, pairs.anyFormedBetween(DAY0, DAY0.plusDays(3)));
        assertEquals(true, pairs.anyFormedBetween(DAY0.plusDays(10), DAY0.plusDays(20)));
        assertEquals(false, pairs.anyFormedBetween(DAY0.plusDays(4), DAY0.plusDays(9)));
        assertEquals(false, pairs.anyFormedBetween(DAY0.plusDays(11), DAY0.plusDays(30)));
        assertEquals(false, pairs.anyFormedBetween(DAY0, DAY0.plusDays(2)));
    }

    @Test
    void should_answer_as_a_scan_of_the_days_would_for_random_days_and_periods() {
        Random random = new Random(11);
        for (int run = 0; run < 500; run++) {
            List<LocalDate> days = new ArrayList<>();
            for (int d = 0; d < 40; d++) {
                if (random.nextInt(4) == 0) {
                    days.add(DAY0.plusDays(d));
                }
            }
            LocalDate from = DAY0.plusDays(random.nextInt(45) - 2);
            LocalDate to = from.plusDays(random.nextInt(10) - 1);
            boolean scan = days.stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to));

            assertEquals(scan, new FormedPairs("s1", MentoringForm.STUDENT_STUDENT, new ArrayList<>(days))
                    .anyFormedBetween(from, to), days + " " + from + ".." + to);
        }
    }
}

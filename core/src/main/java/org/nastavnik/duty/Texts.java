package org.nastavnik.duty;

import java.time.LocalDate;

/** Dates and counts in Russian and English for the duty texts. */
final class Texts {

    private static final String[] EN_MONTH = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};

    private Texts() {
    }

    static String ruDate(LocalDate date) {
        return String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static String enDate(LocalDate date) {
        return date.getDayOfMonth() + " " + EN_MONTH[date.getMonthValue() - 1] + " " + date.getYear();
    }
}

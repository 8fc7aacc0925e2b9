package org.nastavnik.duty;

import java.time.LocalDate;
import org.nastavnik.common.DisplayNames;
import org.nastavnik.common.Language;

/**
 * Dates in Russian and English for the duty texts: as every report writes them
 * ({@link DisplayNames#date}), «01.10.2022» and "1 Oct 2022", so that a finding's own dates and
 * the ones its evidence fills in read alike.
 */
final class Texts {

    private Texts() {
    }

    static String ruDate(LocalDate date) {
        return DisplayNames.date(date, Language.RU);
    }

    static String enDate(LocalDate date) {
        return DisplayNames.date(date, Language.EN);
    }
}

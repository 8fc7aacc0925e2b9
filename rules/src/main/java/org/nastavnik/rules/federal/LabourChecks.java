package org.nastavnik.rules.federal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.MentoringTerm;
import org.nastavnik.model.Mentorship;

/** What the labour rules ask of a mentor's agreement (ТК РФ ст. 351.8): helpers of {@code labour.drl}. */
public final class LabourChecks {

    private LabourChecks() {
    }

    /**
     * @param m  a pair or group, not null
     * @param asOf  the check date, not null
     * @return whether its mentor gave written consent on or before {@code asOf}
     */
    public static boolean consentGivenBy(Mentorship m, LocalDate asOf) {
        return m.mentorConsentOn().map(d -> !d.isAfter(asOf)).orElse(false);
    }

    /**
     * @param m  a pair or group, not null
     * @param asOf  the check date, not null
     * @return the terms its mentor's agreement, signed on or before {@code asOf}, does not set:
     *     all four if there is no such agreement (an agreement with no date counts as signed)
     */
    public static Set<MentoringTerm> termsMissing(Mentorship m, LocalDate asOf) {
        Set<MentoringTerm> missing = EnumSet.allOf(MentoringTerm.class);
        boolean signed = m.mentorAgreement().map(a -> a.date().map(d -> !d.isAfter(asOf)).orElse(true)).orElse(false);
        if (signed) {
            missing.removeAll(m.mentorAgreementTerms());
        }
        return missing;
    }

    /** @return the agreement's date as text, {@code none} without an agreement, {@code undated} without a date */
    public static String agreementDate(Mentorship m) {
        return m.mentorAgreement().map(DocumentRef::date)
                .map(d -> d.map(LocalDate::toString).orElse("undated")).orElse("none");
    }
}

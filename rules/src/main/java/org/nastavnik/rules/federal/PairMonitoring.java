package org.nastavnik.rules.federal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.nastavnik.deadline.ByDate;
import org.nastavnik.duty.DutyStart;
import org.nastavnik.duty.DutyStatus;
import org.nastavnik.model.Mentorship;
import org.nastavnik.rules.spi.CheckContext;
import org.nastavnik.rules.spi.DutyChecks;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * The monitoring of a pair or group (промежуточный и итоговый мониторинг), judged as a duty:
 * helpers of {@code organization-setup.drl}. A rule reads the occurrences it reports
 * {@code from} one call, rather than the duty's start, its status and then its occurrences
 * from three: in a session, whatever a rule reads {@code from} a fact is held, with a handle
 * and tuples, for as long as the fact is, for each of a region's 50,000 pairs.
 */
public final class PairMonitoring {

    private PairMonitoring() {
    }

    /**
     * @param m  an active pair or group, not null
     * @param reports  its interim monitoring reports, not null
     * @param ctx  the check, not null
     * @return the duty of interim monitoring, due the months of
     *     {@link RuleParameters#INTERIM_MONITORING_MONTHS} after the pair's formation, judged
     */
    public static DutyStatus interim(Mentorship m, Collection<?> reports, CheckContext ctx) {
        return DutyChecks.judge(ByDate.of(m.formedOn().plusMonths(ctx.parameters().getInt(
                RuleParameters.INTERIM_MONITORING_MONTHS))), start(DutyChecks.start(null, null, m.formedOn(),
                        "формирования пары (группы)", "the formation of the pair (group)")), null, reports, ctx);
    }

    /**
     * @param m  a completed pair or group, not null
     * @param reports  its final monitoring reports, not null
     * @param ctx  the check, not null
     * @return the duty of final monitoring, due the days of
     *     {@link RuleParameters#FINAL_MONITORING_DAYS} after the pair's completion, judged
     */
    public static DutyStatus completed(Mentorship m, Collection<?> reports, CheckContext ctx) {
        LocalDate completed = m.completedOn().orElseThrow();
        return DutyChecks.judge(ByDate.of(completed.plusDays(ctx.parameters().getInt(
                RuleParameters.FINAL_MONITORING_DAYS))), start(DutyChecks.start(null, null, completed,
                        "завершения пары (группы)", "the completion of the pair (group)")), null, reports, ctx);
    }

    private static DutyStart start(List<DutyStart> one) {
        return one.get(0); // an event's day is always known: the start is that day
    }
}

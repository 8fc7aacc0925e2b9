package org.nastavnik.monitoring;

import java.util.Arrays;
import java.util.List;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.MentoringForm;

/**
 * The numbers of one scope, summed from organizations: additive, so that a roll-up, a session's
 * running totals and the partial sums of partitions are all plain additions (and a changed
 * organization a subtraction and an addition). Mutable, not thread-safe.
 */
final class Tally {
    /** The shares computed, in column order. */
    static final List<IndicatorKind> SHARES = List.of(IndicatorKind.STUDENT_MENTEES,
            IndicatorKind.TEACHER_PARTICIPANTS, IndicatorKind.YOUNG_SPECIALIST_MENTEES);
    private static final int FORMS = MentoringForm.values().length;

    final int[] counts = new int[Measure.values().length];
    /** Per form: active pairs, active groups, completed pairs, completed groups. */
    final int[] byForm = new int[FORMS * 4];
    final int[] involved = new int[SHARES.size()];
    final int[] total = new int[SHARES.size()];
    final int[] measured = new int[SHARES.size()];
    final int[] unmeasured = new int[SHARES.size()];
    int organizations;

    static int share(IndicatorKind kind) {
        int i = SHARES.indexOf(kind);
        if (i < 0) {
            throw new IllegalArgumentException("indicator (" + kind + ") is not computed; computed: " + SHARES);
        }
        return i;
    }

    void add(Tally t) {
        plus(t, 1);
    }

    void subtract(Tally t) {
        plus(t, -1);
    }

    private void plus(Tally t, int sign) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += sign * t.counts[i];
        }
        for (int i = 0; i < byForm.length; i++) {
            byForm[i] += sign * t.byForm[i];
        }
        for (int i = 0; i < involved.length; i++) {
            involved[i] += sign * t.involved[i];
            total[i] += sign * t.total[i];
            measured[i] += sign * t.measured[i];
            unmeasured[i] += sign * t.unmeasured[i];
        }
        organizations += sign * t.organizations;
    }

    Tally copy() {
        Tally c = new Tally();
        c.add(this);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && Arrays.equals(counts, t.counts) && Arrays.equals(byForm, t.byForm)
                && Arrays.equals(involved, t.involved) && Arrays.equals(total, t.total)
                && Arrays.equals(measured, t.measured) && Arrays.equals(unmeasured, t.unmeasured)
                && organizations == t.organizations;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Arrays.hashCode(involved) * 7 + organizations;
    }
}

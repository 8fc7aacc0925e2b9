package org.nastavnik.suggest;

/**
 * How much a preference counts when pairs are suggested: {@link #MUST} makes it a hard
 * condition, the others weigh it against the rest, {@link #OFF} ignores it.
 */
public enum Weight {
    /** Обязательно: a pair that does not meet the preference is not suggested. */
    MUST(9),
    /** Высокий вес. */
    HIGH(9),
    /** Средний вес. */
    MEDIUM(3),
    /** Низкий вес. */
    LOW(1),
    /** Не учитывается. */
    OFF(0);

    private final int factor;

    Weight(int factor) {
        this.factor = factor;
    }

    /** @return the factor a penalty of the preference is multiplied by */
    int factor() {
        return factor;
    }
}

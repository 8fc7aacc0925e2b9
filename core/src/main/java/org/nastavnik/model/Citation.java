package org.nastavnik.model;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.nastavnik.common.Language;

/**
 * Where a document states an obligation: a row of its table («строка 2.2 таблицы»), a numbered item
 * of its order («п. 4.1 приказа») or an unnumbered dash item, cited by the item it stands under and
 * its position there («п. 2, абзац 3»). An obligation that the order restates from its table cites
 * both.
 */
@Value.Immutable
public abstract class Citation {

    /** @return whether the citation is a table row or an item of the order */
    public abstract ActivityOrigin origin();

    /**
     * @return the document's own number of the row or item («2.2», «4.1»); for an unnumbered dash
     *     item, the number of the item it stands under, or empty when it stands under none
     */
    public abstract String number();

    /** @return for an unnumbered dash item, its 1-based position among its siblings; 0 otherwise */
    @Value.Default
    public int position() {
        return 0;
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "origin", origin(), "number", number());
        List<Problem> problems = new ArrayList<>();
        if (position() < 0) {
            problems.add(Problem.of("position", Integer.toString(position()), "must not be negative"));
        }
        if (number().isBlank() && position() == 0) {
            problems.add(Problem.of("number", number(), "a citation needs a number or a position"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("Citation", problems);
        }
    }

    /**
     * A new builder. Required: {@code origin}, {@code number} (blank for a dash item under no numbered
     * item, with a position). {@code build()} throws one {@link ValidationException} listing every
     * required attribute not set, or else every attribute set to {@code null} and every other problem.
     *
     * @return a new builder
     */
    public static ImmutableCitation.Builder builder() {
        return ImmutableCitation.builder();
    }

    /**
     * @param number  the row's number as the table writes it, such as «2.2», not blank
     * @return a table row
     */
    public static Citation tableRow(String number) {
        return builder().origin(ActivityOrigin.TABLE).number(number).build();
    }

    /**
     * @param number  the item's number as the order writes it, such as «4.1», not blank
     * @return a numbered item of the order
     */
    public static Citation orderItem(String number) {
        return builder().origin(ActivityOrigin.ORDER_ITEM).number(number).build();
    }

    /**
     * @param parentNumber  the number of the item the dash item stands under, or "" for none
     * @param position  its 1-based position among the dash items there
     * @return an unnumbered dash item of the order
     */
    public static Citation dashItem(String parentNumber, int position) {
        return builder().origin(ActivityOrigin.ORDER_ITEM).number(parentNumber).position(position).build();
    }

    /**
     * @param language  the language, not null
     * @return the citation in words, such as «строка 2.2 таблицы», «п. 4.1 приказа», «п. 2, абзац 3 приказа»
     */
    public String toPhrase(Language language) {
        boolean ru = language == Language.RU;
        if (origin() == ActivityOrigin.TABLE) {
            return ru ? "строка " + number() + " таблицы" : "table row " + number();
        }
        if (position() == 0) {
            return ru ? "п. " + number() + " приказа" : "item " + number() + " of the order";
        }
        if (number().isEmpty()) {
            return ru ? "абзац " + position() + " приказа" : "paragraph " + position() + " of the order";
        }
        return ru ? "п. " + number() + ", абзац " + position() + " приказа"
                : "item " + number() + ", paragraph " + position() + " of the order";
    }
}

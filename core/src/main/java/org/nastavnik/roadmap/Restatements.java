package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ImmutableActivity;

/**
 * Merges an order's item that restates a row of its own table into one obligation: «4.1. В срок до
 * 07.03.2022 назначить ответственных …» and row 2.2 «Определение ответственных лиц …, до
 * 07.03.2022» are one duty, not two, so that a missed date is reported once.
 *
 * <p>An item restates a row when both state the same judged deadline and their titles share at
 * least one significant word stem (the first six letters of a word of four letters or more, the
 * words every roadmap of the model repeats — наставничество, система, целевая модель, внедрение,
 * реализация, образовательная организация … — left aside). Of several such rows the one sharing
 * most stems is taken, the first on a tie. The merged obligation keeps the row's number, title,
 * responsible and result and cites both the row and the item; it takes the item's addressees.
 * Items without a deadline are never merged: nothing but words would say they are the same duty.
 */
final class Restatements {
    private static final List<String> COMMON = List.of("настав", "систем", "целев", "модел", "внедр", "реализ",
            "образов", "общеобр", "организ", "учрежд", "меропр", "муницип", "рамках", "соответ", "течени", "период",
            "также", "котор", "обеспеч", "осущест", "провед", "провест", "отдельн", "вопрос", "срок", "года", "числ");

    private Restatements() {
    }

    static List<Activity> merge(List<OrderItemsReader.Obligation> items, List<Activity> table, Findings findings) {
        List<Activity> rows = new ArrayList<>(table);
        List<Activity> kept = new ArrayList<>();
        for (OrderItemsReader.Obligation o : items) {
            Activity item = o.activity();
            int best = -1;
            int bestShared = 0;
            if (item.hasStatedDeadline() && item.deadline().isJudged()) {
                Set<String> itemStems = stems(item.title());
                for (int i = 0; i < rows.size(); i++) {
                    Activity row = rows.get(i);
                    if (!row.deadline().equals(item.deadline())) {
                        continue;
                    }
                    Set<String> shared = stems(row.title());
                    shared.retainAll(itemStems);
                    if (shared.size() > bestShared) {
                        bestShared = shared.size();
                        best = i;
                    }
                }
            }
            if (best < 0) {
                kept.add(item);
                continue;
            }
            Activity row = rows.get(best);
            ImmutableActivity.Builder merged = Activity.builder().from(row).addAllCitations(item.citations())
                    .addAllAddressees(item.addressees());
            item.addressee().ifPresent(merged::addressee);
            rows.set(best, merged.build());
            String label = o.item().label();
            findings.add(FindingCode.ORDER_ITEM_RESTATES_ROW,
                    "пункт " + label + " приказа повторяет строку " + row.number() + " таблицы (срок «"
                            + item.deadlineText() + "»): это одно обязательство, оно учтено один раз",
                    "item " + label + " of the order restates table row " + row.number() + " (deadline «"
                            + item.deadlineText() + "»): one obligation, counted once",
                    o.item().line, row.number(), o.item().raw.toString());
        }
        List<Activity> all = new ArrayList<>(kept);
        all.addAll(rows);
        return all;
    }

    static Set<String> stems(String title) {
        Set<String> stems = new HashSet<>();
        String s = title.toLowerCase(Locale.ROOT).replace('ё', 'е');
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i - start < 4) {
                continue;
            }
            String stem = s.substring(start, Math.min(i, start + 6));
            if (!common(stem)) {
                stems.add(stem);
            }
        }
        return stems;
    }

    private static boolean common(String stem) {
        for (String c : COMMON) {
            if (stem.startsWith(c) || c.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}

package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.OrderContent;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;

/** IMPLEMENTATION_ORDER_INCOMPLETE: the order on implementation has its four parts (seed 001 row 1.3, seed 004 row 4). */
class ImplementationOrderIncompleteTest {

    private static final String RULE = "IMPLEMENTATION_ORDER_INCOMPLETE";

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot order(EnumSet<OrderContent> contents) {
        return Fixtures.school().addLocalActs(LocalAct.builder().organizationId("s1").kind(LocalActKind.IMPLEMENTATION_ORDER)
                .adoptedOn(date("01.09.2021")).contents(contents).build()).build();
    }

    @Test
    void seed_001_row_1_3_an_order_with_dates_and_results_but_no_responsible_lacks_one_part() {
        // seed 001 row 1.3 lists «сроки внедрения», «сроки проведения мониторинга», «планируемые результаты»;
        // seed 004 row 4 adds «назначение ответственных за реализацию ЦМН в ОО»
        Snapshot s = order(EnumSet.of(OrderContent.IMPLEMENTATION_DATES, OrderContent.MONITORING_DATES,
                OrderContent.PLANNED_RESULTS));
        List<Finding> found = engine.check(s, date("01.10.2021")).findings(RULE);
        assertEquals(1, found.size());
        assertEquals("RESPONSIBLE", found.get(0).evidence().get("missingContents"));
        assertEquals("В приказе организации s1 о внедрении целевой модели от 01.09.2021 не хватает частей: 1 из 4.",
                found.get(0).message(Language.RU));
    }

    @Test
    void an_order_with_every_part_or_with_its_parts_not_recorded_is_not_reported() {
        assertTrue(engine.check(order(EnumSet.allOf(OrderContent.class)), date("01.10.2021")).findings(RULE).isEmpty());
        assertTrue(engine.check(order(EnumSet.noneOf(OrderContent.class)), date("01.10.2021")).findings(RULE).isEmpty());
        assertTrue(engine.check(order(EnumSet.of(OrderContent.PLANNED_RESULTS)), date("31.08.2021")).findings(RULE)
                .isEmpty(), "not yet adopted");
    }

    @Test
    void contents_on_another_kind_of_act_are_a_validation_error() {
        ValidationException e = assertThrows(ValidationException.class, () -> LocalAct.builder().organizationId("s1")
                .kind(LocalActKind.ROADMAP).adoptedOn(date("01.09.2021")).contents(EnumSet.of(OrderContent.PLANNED_RESULTS))
                .build());
        assertTrue(e.getMessage().contains("contents"), e.getMessage());
    }
}

package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.RoadmapFixtures.roadmap;
import static org.nastavnik.rules.RoadmapFixtures.snapshot;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.common.Language;
import org.nastavnik.model.Roadmap;

/**
 * ROADMAP_APPROVAL_REFERENCE: the appendix's approval stamp gives the approving order's number and
 * date (seed 003: № 825 on the appendix, № 325 on the order).
 */
class RoadmapApprovalReferenceTest {

    private static final String RULE = "ROADMAP_APPROVAL_REFERENCE";
    private final ComplianceEngine engine = ComplianceEngine.federal();

    private List<Finding> check(DocumentRef order, DocumentRef appendix) {
        Roadmap rm = roadmap().approval(order).appendixReference(appendix).build();
        return engine.check(snapshot(rm).build(), date("15.01.2023")).findings(RULE);
    }

    @Test
    void should_report_an_appendix_number_that_disagrees_with_the_order() {
        // given
        List<Finding> found = check(DocumentRef.order("325", date("03.03.2022")), DocumentRef.order("825", date("03.03.2022")));
        // then
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals("ROADMAP_APPROVAL_REFERENCE|roadmap:rm", f.key());
        assertEquals(Map.of("differs", "number", "orderNumber", "325", "orderDate", "2022-03-03", "appendixNumber", "825",
                "appendixDate", "2022-03-03"), f.evidence());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Гриф приложения дорожной карты rm расходится с утверждающим приказом: № 825 от 03.03.2022 вместо "
                + "№ 325 от 03.03.2022.", f.message(Language.RU));
    }

    @Test
    void should_report_an_appendix_date_a_day_off() {
        // given
        List<Finding> found = check(DocumentRef.order("325", date("03.03.2022")), DocumentRef.order("325", date("04.03.2022")));
        // then
        assertEquals("date", found.get(0).evidence().get("differs"));
    }

    @Test
    void should_accept_the_same_number_written_with_other_spaces_or_case() {
        // given
        List<Finding> found = check(DocumentRef.order("26/1-ОД", date("03.03.2022")),
                DocumentRef.order(" 26/1-од", date("03.03.2022")));
        // then
        assertEquals(List.of(), found);
    }

    @Test
    void should_not_compare_a_blank_appendix_reference() {
        // given (the blank stamp is ROADMAP_APPROVAL_REFERENCE_BLANK's business)
        List<Finding> found = check(DocumentRef.order("60", date("06.03.2023")), DocumentRef.builder().build());
        // then
        assertEquals(List.of(), found);
    }
}

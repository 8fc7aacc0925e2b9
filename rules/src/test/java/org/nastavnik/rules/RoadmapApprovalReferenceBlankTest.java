package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.RoadmapFixtures.roadmap;
import static org.nastavnik.rules.RoadmapFixtures.snapshot;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.common.Language;
import org.nastavnik.model.Roadmap;

/**
 * ROADMAP_APPROVAL_REFERENCE_BLANK: the appendix's approval stamp fills in the number and date the
 * approving order has (seed 004: «от _____ № _____»).
 */
class RoadmapApprovalReferenceBlankTest {

    private static final String RULE = "ROADMAP_APPROVAL_REFERENCE_BLANK";
    private final ComplianceEngine engine = ComplianceEngine.federal();

    private List<Finding> check(DocumentRef order, DocumentRef appendix) {
        Roadmap rm = roadmap().approval(order).appendixReference(appendix).build();
        return engine.check(snapshot(rm).build(), date("15.01.2023")).findings(RULE);
    }

    @Test
    void should_report_a_stamp_left_blank() {
        // given
        List<Finding> found = check(DocumentRef.order("60", date("06.03.2023")),
                DocumentRef.builder().issuer("директора МКУ СЦРО").build());
        // then
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals("ROADMAP_APPROVAL_REFERENCE_BLANK|roadmap:rm", f.key());
        assertEquals(Map.of("blank", "number, date", "orderNumber", "60", "orderDate", "2023-03-06"), f.evidence());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("На грифе приложения дорожной карты rm не заполнены реквизиты приказа.", f.message(Language.RU));
    }

    @Test
    void should_report_a_stamp_with_the_date_only() {
        // given the number left blank
        List<Finding> found = check(DocumentRef.order("60", date("06.03.2023")),
                DocumentRef.builder().date(date("06.03.2023")).build());
        // then
        assertEquals("number", found.get(0).evidence().get("blank"));
    }

    @Test
    void should_accept_a_filled_stamp_and_a_blank_one_under_a_blank_order() {
        // given
        List<Finding> filled = check(DocumentRef.order("60", date("06.03.2023")), DocumentRef.order("60", date("06.03.2023")));
        List<Finding> nothingToCopy = check(DocumentRef.builder().kind(DocumentKind.OTHER).build(), DocumentRef.builder().build());
        // then
        assertEquals(List.of(), filled);
        assertEquals(List.of(), nothingToCopy);
    }
}

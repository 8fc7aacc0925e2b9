package org.nastavnik.roadmap;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.RoadmapKind;
import org.nastavnik.model.RoadmapLevel;

/**
 * Reads what a roadmap plans from its title, then from the order's title and header:
 *
 * <ul>
 *   <li>a plan that is itself one of support («План мероприятий … по сопровождению внедрения …»,
 *       «Дорожная карта сопровождения педагогов-наставников …»; not a department «методического
 *       сопровождения» named in the text) at the municipal level is a municipal support plan;
 *   <li>a plan for one organization («… в МБОУ СОШ № 5», «в образовательной организации» in the
 *       singular, or an organization-level roadmap) is a school plan;
 *   <li>a plan of implementation or realization (внедрения, реализации) at the municipal level is a
 *       municipal implementation plan;
 *   <li>anything else is unspecified.
 * </ul>
 */
final class RoadmapKinds {
    private static final Pattern SUPPORT = Pattern.compile("(?:по|о)\\s+(?:сопровождению|поддержке)(?![а-яё])"
            + "|(?:карт[аыуе]|план[ау]?|мероприятий)\\s+(?:\\([^()]{0,40}\\)\\s+)?(?:сопровождения|поддержки)(?![а-яё])");
    private static final Pattern SCHOOL = Pattern.compile("(?:в|для)\\s+(?:мбоу|маоу|мкоу|гбоу|моу|мбу|школ[еы]|сош|гимнази|лице"
            + "|образовательной\\s+организации|общеобразовательной\\s+организации|образовательном\\s+учреждении)(?![а-яё])");
    private static final Pattern IMPLEMENTATION = Pattern.compile("(?:внедрени|реализаци)[а-яё]*");

    private RoadmapKinds() {
    }

    static RoadmapKind read(RoadmapLevel level, @Nullable String title, @Nullable String orderTitle, String header) {
        for (String text : new String[] {title, orderTitle, header.length() > 3000 ? header.substring(0, 3000) : header}) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String s = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (level == RoadmapLevel.ORGANIZATION || SCHOOL.matcher(s).find() && !s.contains("организациях")) {
                return RoadmapKind.SCHOOL_PLAN;
            }
            if (level != RoadmapLevel.MUNICIPAL) {
                return RoadmapKind.UNSPECIFIED;
            }
            if (SUPPORT.matcher(s).find()) {
                return RoadmapKind.MUNICIPAL_SUPPORT_PLAN;
            }
            if (IMPLEMENTATION.matcher(s).find()) {
                return RoadmapKind.MUNICIPAL_IMPLEMENTATION_PLAN;
            }
        }
        return level == RoadmapLevel.ORGANIZATION ? RoadmapKind.SCHOOL_PLAN : RoadmapKind.UNSPECIFIED;
    }
}

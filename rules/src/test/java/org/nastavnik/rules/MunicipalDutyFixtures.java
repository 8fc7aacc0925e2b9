package org.nastavnik.rules;

import static org.nastavnik.rules.Fixtures.date;

import java.util.List;
import java.util.stream.Collectors;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;

/** Snapshots of a seed roadmap and the schools of its territory, for the rules of municipal duties. */
final class MunicipalDutyFixtures {

    static final String DONETSK = "город Донецк";
    static final String BELGOROD = "город Белгород";
    static final String SASOVO = "Сасовский муниципальный район";
    static final String TASHTAGOL = "Таштагольский муниципальный район";

    private MunicipalDutyFixtures() {
    }

    static Organization school(String id, String region, String municipality) {
        return Organization.builder().id(id).name("School " + id).kind(OrganizationKind.SCHOOL)
                .region(RegionCode.of(region)).municipality(municipality).build();
    }

    /** The seed's roadmap in its territory with schools s1 (in it) and x1 (in another municipality of the region). */
    static ImmutableSnapshot.Builder seed(String file, String region, String municipality) {
        Roadmap r = RoadmapFixtures.seed(file, region, municipality);
        return Snapshot.builder().asOf(date("01.06.2023")).territory(Territory.municipality(region, municipality))
                .addRoadmaps(r)
                .addOrganizations(school("s1", region, municipality), school("x1", region, "другой район"));
    }

    /** @return «rule organization row evidence…» per finding, in report order */
    static List<String> rows(List<Finding> found, String... evidence) {
        return found.stream().map(f -> {
            StringBuilder sb = new StringBuilder(f.ruleId()).append(' ').append(f.organizationId());
            f.subjects().stream().filter(s -> s.type() == SubjectType.ACTIVITY)
                    .forEach(s -> sb.append(' ').append(s.id()));
            for (String e : evidence) {
                sb.append(' ').append(f.evidence().get(e));
            }
            return sb.toString();
        }).sorted().collect(Collectors.toList());
    }
}

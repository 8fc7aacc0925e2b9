package org.nastavnik.rules;

import static org.nastavnik.rules.Fixtures.date;

import java.util.List;
import java.util.stream.Collectors;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;

/** Snapshots for the region profile tests: a school s1 that did nothing, and a mentoring centre mc1. */
final class RegionFixtures {

    private RegionFixtures() {
    }

    /** A school s1 with teachers t1..t3 and no acts, reports or lists, plus mentoring centre mc1. */
    static ImmutableSnapshot.Builder idle(String region) {
        return Snapshot.builder()
                .asOf(date("01.01.2025"))
                .territory(Territory.region(region))
                .addOrganizations(organization("s1", OrganizationKind.SCHOOL, region),
                        organization("mc1", OrganizationKind.MENTORING_CENTRE, region))
                .addPeople(Fixtures.teacher("t1", "s1"), Fixtures.teacher("t2", "s1"), Fixtures.teacher("t3", "s1"));
    }

    static Organization organization(String id, OrganizationKind kind, String region) {
        return Organization.builder().id(id).name(kind + " " + id).kind(kind).region(RegionCode.of(region)).build();
    }

    /** @return the keys of the findings (current and upcoming) of a report, in report order */
    static List<String> keys(ComplianceReport report) {
        return java.util.stream.Stream.concat(report.findings().stream(), report.upcoming().stream())
                .map(Finding::key).collect(Collectors.toList());
    }

    /** @return the keys found under {@code profile} that the federal report does not have, and the reverse */
    static List<String> difference(ComplianceReport federal, ComplianceReport profile) {
        List<String> f = keys(federal);
        List<String> p = keys(profile);
        List<String> out = p.stream().filter(k -> !f.contains(k)).map(k -> "+" + k).collect(Collectors.toList());
        f.stream().filter(k -> !p.contains(k)).map(k -> "-" + k).forEach(out::add);
        return out;
    }
}

package org.nastavnik.examples.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.Headcount;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.StudentsOfAge;
import org.nastavnik.rules.Partition;

/**
 * Gives the generated organizations a headcount (the generator has none): a tenth of them none
 * at all, the others students of ages 7 to 18 and teachers, from the id alone.
 */
public final class Headcounts {
    private Headcounts() {
    }

    static Organization with(Organization o) {
        int h = o.id().hashCode() & 0x7fffffff;
        if (h % 10 == 0) {
            return o;
        }
        org.nastavnik.model.ImmutableHeadcount.Builder b = Headcount.builder().asOf(LocalDate.of(2022, 9, 1));
        for (int age = 7; age <= 18; age++) {
            b.addStudentsByAge(StudentsOfAge.of(age, 10 + (h >>> age) % 25));
        }
        return Organization.builder().from(o).headcount(b.teachers(70 + h % 30).youngSpecialists(40 + h % 20).build())
                .build();
    }

    /** @return the snapshot with headcounts */
    public static Snapshot with(Snapshot s) {
        List<Organization> orgs = s.organizations().stream().map(Headcounts::with).toList();
        return ImmutableSnapshot.copyOf(s).withOrganizations(orgs);
    }

    /** @return the generator's partitions (organizations, then municipalities) with headcounts */
    public static IntFunction<Partition> partitions(TerritoryGenerator g, Scale scale) {
        return i -> i < scale.organizations() ? Partition.organization(with(g.organizationSnapshot(i)))
                : g.territoryPartition(i - scale.organizations());
    }
}

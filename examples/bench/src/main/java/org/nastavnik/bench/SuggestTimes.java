package org.nastavnik.bench;

import java.time.LocalDate;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nastavnik.model.Agreement;
import org.nastavnik.model.Consent;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.ImmutableRegistryEntry;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.ParticipantCategory;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.suggest.PairSuggester;
import org.nastavnik.suggest.Preferences;
import org.nastavnik.suggest.Scope;
import org.nastavnik.suggest.Suggestions;

/**
 * Times pair suggestions: a school of 2,000 students and 150 teachers (target under 1 s for both
 * forms), and a municipality of 50 such schools (target under 10 s for both forms across the
 * municipality: «ученик – ученик» stays inside each school, «учитель – учитель» takes outside
 * mentors from neighbouring schools under agreements).
 *
 * <p>Each line gives the median wall time, then the median CPU time of the whole process (every
 * thread: the suggester judges and assigns in parallel; also the collector's and compiler's), and
 * the system load average before and after: on a shared, loaded machine the wall time grows with
 * the load, the CPU time much less.
 *
 * <p>The bases: a third of the students of grades 5–8 are mentees of «ученик – ученик», a third of
 * grades 9–11 mentors with a stated capacity of 1–3 (a few without); young specialists are
 * mentees of «учитель – учитель» and a third of the other teachers mentors. Topics, classes and
 * some requests are filled in; 3 % of consents are missing. Run:
 * {@code java -cp examples/bench/target/benchmarks.jar org.nastavnik.bench.SuggestTimes [runs]}.
 */
public final class SuggestTimes {
    static final LocalDate YEAR = LocalDate.of(2022, 9, 1);
    static final LocalDate DAY = LocalDate.of(2022, 9, 10);
    private static final List<String> SUBJECTS = List.of("математика", "физика", "русский язык", "история", "химия",
            "биология", "информатика", "литература");

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private SuggestTimes() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        ComplianceEngine engine = ComplianceEngine.federal();
        PairSuggester suggester = PairSuggester.of(engine);
        Snapshot school = territory(1, 2000, 150, 1);
        Snapshot municipality = territory(50, 2000, 150, 2);
        System.out.printf("school: %d people, %d base entries; municipality: %d people, %d base entries%n",
                school.people().size(), school.registry().size(), municipality.people().size(), municipality.registry().size());
        for (int w = 0; w < 3; w++) {
            schoolRun(suggester, school);
        }
        double load = OS.getSystemLoadAverage();
        double[] s = new double[runs];
        double[] sCpu = new double[runs];
        Suggestions last = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long c = OS.getProcessCpuTime();
            last = schoolRun(suggester, school);
            s[i] = (System.nanoTime() - t) / 1e6;
            sCpu[i] = (OS.getProcessCpuTime() - c) / 1e6;
        }
        System.out.printf("school, both forms: median %.1f ms (CPU %.1f ms) of %d runs %s, load average %.1f -> %.1f "
                + "(teacher form: %d suggested, %d unmatched)%n", median(s), median(sCpu), runs,
                Arrays.toString(round(s)), load, OS.getSystemLoadAverage(), last.suggestions().size(),
                last.unmatched().size());
        municipalityRun(suggester, municipality);
        int mRuns = Math.max(3, runs / 2);
        double[] m = new double[mRuns];
        double[] mCpu = new double[mRuns];
        load = OS.getSystemLoadAverage();
        for (int i = 0; i < mRuns; i++) {
            long t = System.nanoTime();
            long c = OS.getProcessCpuTime();
            municipalityRun(suggester, municipality);
            m[i] = (System.nanoTime() - t) / 1e6;
            mCpu[i] = (OS.getProcessCpuTime() - c) / 1e6;
        }
        System.out.printf("municipality of 50 schools, both forms municipality-wide: median %.0f ms (CPU %.0f ms) of %d runs "
                + "%s, load average %.1f -> %.1f, %d cores%n", median(m), median(mCpu), mRuns, Arrays.toString(round(m)),
                load, OS.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    private static Suggestions schoolRun(PairSuggester suggester, Snapshot school) {
        suggester.suggest(school, "o0", MentoringForm.STUDENT_STUDENT, DAY, Preferences.defaults());
        return suggester.suggest(school, "o0", MentoringForm.TEACHER_TEACHER, DAY, Preferences.defaults());
    }

    private static void municipalityRun(PairSuggester suggester, Snapshot municipality) {
        suggester.suggest(municipality, Scope.municipality("Муниципалитет"), MentoringForm.STUDENT_STUDENT, DAY,
                Preferences.defaults());
        suggester.suggest(municipality, Scope.municipality("Муниципалитет"), MentoringForm.TEACHER_TEACHER, DAY,
                Preferences.defaults());
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    private static long[] round(double[] v) {
        return Arrays.stream(v).mapToLong(Math::round).toArray();
    }

    /** Schools of {@code students} and {@code teachers} each, in one municipality, neighbours under agreements. */
    static Snapshot territory(int schools, int students, int teachers, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ImmutableSnapshot.Builder b = Snapshot.builder().asOf(DAY).territory(Territory.municipality("01", "Муниципалитет"));
        for (int o = 0; o < schools; o++) {
            String org = "o" + o;
            b.addOrganizations(Organization.builder().id(org).name("Школа № " + (o + 1)).kind(OrganizationKind.SCHOOL)
                    .region(RegionCode.of("01")).municipality("Муниципалитет").build());
            b.addFormAdoptions(FormAdoption.builder().organizationId(org).form(MentoringForm.STUDENT_STUDENT).adoptedOn(YEAR).build());
            b.addFormAdoptions(FormAdoption.builder().organizationId(org).form(MentoringForm.TEACHER_TEACHER).adoptedOn(YEAR).build());
            if (o > 0) {
                b.addAgreements(Agreement.builder().id("a" + o).organizationId(org).partnerId("o" + (o - 1))
                        .signedOn(YEAR.minusDays(60)).build());
            }
            for (int i = 0; i < students; i++) {
                String id = org + "-s" + i;
                int grade = 1 + i % 11;
                b.addPeople(Person.builder().id(id).kind(PersonKind.SCHOOL_STUDENT).organizationId(org).grade(grade)
                        .unit(grade + "АБВ".substring(i % 3, i % 3 + 1))
                        .birthDate(LocalDate.of(2015 - grade, 1 + r.nextInt(12), 1 + r.nextInt(28))).build());
                consent(b, r, id, ConsentGiver.LEGAL_REPRESENTATIVE, false);
                ImmutableRegistryEntry.Builder e = RegistryEntry.builder().personId(id).organizationId(org)
                        .includedOn(YEAR).form(MentoringForm.STUDENT_STUDENT);
                if (grade >= 5 && grade <= 8 && r.nextInt(3) == 0) {
                    e.role(ParticipantRole.MENTEE).addTopics(SUBJECTS.get(r.nextInt(SUBJECTS.size())));
                    b.addRegistry(e.build());
                } else if (grade >= 9 && r.nextInt(3) == 0) {
                    e.role(ParticipantRole.MENTOR).addTopics(SUBJECTS.get(r.nextInt(SUBJECTS.size())));
                    if (r.nextInt(10) != 0) {
                        e.capacity(1 + r.nextInt(3));
                    }
                    b.addRegistry(e.build());
                }
            }
            for (int i = 0; i < teachers; i++) {
                String id = org + "-t" + i;
                int experience = i % 10 == 0 ? r.nextInt(4) : 4 + r.nextInt(30);
                org.nastavnik.model.ImmutablePerson.Builder p = Person.builder().id(id).kind(PersonKind.TEACHER)
                        .organizationId(org).experienceYears(experience).birthDate(LocalDate.of(1998 - experience, 6, 1))
                        .unit("МО " + SUBJECTS.get(i % 4)).addSubjects(SUBJECTS.get(r.nextInt(SUBJECTS.size())));
                if (experience <= 3) {
                    p.addCategories(ParticipantCategory.YOUNG_SPECIALIST);
                }
                b.addPeople(p.build());
                consent(b, r, id, ConsentGiver.SELF, true);
                ImmutableRegistryEntry.Builder e = RegistryEntry.builder().personId(id).organizationId(org)
                        .includedOn(YEAR).form(MentoringForm.TEACHER_TEACHER);
                if (experience <= 3) {
                    e.role(ParticipantRole.MENTEE).addTopics(SUBJECTS.get(i % 4));
                    if (r.nextInt(4) == 0) {
                        e.addPartnerRequests(org + "-t" + (i + 1));
                    }
                    b.addRegistry(e.build());
                } else if (r.nextInt(3) == 0) {
                    b.addRegistry(e.role(ParticipantRole.MENTOR).build());
                }
            }
        }
        return b.build();
    }

    private static void consent(ImmutableSnapshot.Builder b, SplittableRandom r, String id, ConsentGiver giver, boolean teacher) {
        if (r.nextInt(100) < 3) {
            return;
        }
        b.addConsents(Consent.builder().personId(id).kind(ConsentKind.PERSONAL_DATA).givenBy(giver).givenOn(YEAR.minusDays(10)).build());
        if (teacher) {
            b.addConsents(Consent.builder().personId(id).kind(ConsentKind.EXTRA_DUTIES).givenBy(ConsentGiver.SELF)
                    .givenOn(YEAR.minusDays(10)).build());
        }
    }

}

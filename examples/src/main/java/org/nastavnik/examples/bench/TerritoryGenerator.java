package org.nastavnik.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.nastavnik.deadline.ByDate;
import org.nastavnik.model.Activity;
import org.nastavnik.model.Completion;
import org.nastavnik.model.Consent;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.MentorTraining;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.ParticipantCategory;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Responsible;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.Partition;
import org.nastavnik.rules.RuleParameters;

/**
 * A synthetic territory, the same for the same scale and seed: schools with curators (some
 * missing or expired), forms adopted on dates, pairs formed mostly on time and some late, a few
 * with the mentor among the mentees, meetings with gaps and missing feedback, completed pairs
 * (some without a final meeting), consents, trainings, local acts, and per municipality a
 * roadmap with some activities overdue.
 *
 * <p>Each organization is generated from the seed and its index alone, so a territory is
 * streamed organization by organization ({@link #partitions()}) without ever being in memory
 * whole; {@link #snapshot()} builds one snapshot up to region scale. The generator knows how
 * many findings it planted for {@link #PLANTED_RULES} ({@link #expectedCounts()}).
 *
 * <pre>{@code
 * TerritoryGenerator region = TerritoryGenerator.of(Scale.REGION, 42);
 * ComplianceReport report = engine.check(region.snapshot(), TerritoryGenerator.AS_OF);
 * }</pre>
 */
public final class TerritoryGenerator {

    /** The day the generated data is as of and meant to be checked as of. */
    public static final LocalDate AS_OF = LocalDate.of(2022, 12, 1);

    /** The rules whose findings the generator plants and counts. */
    public static final List<String> PLANTED_RULES = List.of("COMPLETED_WITHOUT_FINAL", "CURATOR_MISSING",
            "PAIR_FORMED_LATE", "PAIR_INCOMPLETE", "WORKING_MEETING_NO_FEEDBACK");

    private static final LocalDate YEAR_START = LocalDate.of(2021, 9, 1);

    private final Scale scale;
    private final long seed;
    private final int window = RuleParameters.federal().pairWindowDays();

    private TerritoryGenerator(Scale scale, long seed) {
        this.scale = Objects.requireNonNull(scale, "scale");
        this.seed = seed;
    }

    /**
     * @param scale  the size, not null
     * @param seed  any number; the same seed gives the same territory
     * @return the generator
     */
    public static TerritoryGenerator of(Scale scale, long seed) {
        return new TerritoryGenerator(scale, seed);
    }

    /** @return the size */
    public Scale scale() {
        return scale;
    }

    /**
     * The whole territory as one snapshot, with the municipalities' roadmaps.
     *
     * @return the snapshot as of {@link #AS_OF}
     * @throws IllegalStateException at country scale: stream {@link #partitions()} instead
     */
    public Snapshot snapshot() {
        if (scale == Scale.COUNTRY) {
            throw new IllegalStateException("the country does not fit one snapshot; stream partitions() instead");
        }
        return snapshot(scale.organizations());
    }

    /**
     * The first organizations of the territory as one snapshot, with the roadmaps of their
     * municipalities: a territory of any size between the named scales.
     *
     * @param organizations  how many, 1 to {@code scale().organizations()}, at most 10,000
     * @return the snapshot as of {@link #AS_OF}
     * @throws IllegalArgumentException if the number is out of range
     */
    public Snapshot snapshot(int organizations) {
        if (organizations < 1 || organizations > Math.min(scale.organizations(), 10_000)) {
            throw new IllegalArgumentException("organizations (" + organizations + ") must be from 1 to "
                    + Math.min(scale.organizations(), 10_000) + " for one snapshot at " + scale + " scale");
        }
        ImmutableSnapshot.Builder b = Snapshot.builder().asOf(AS_OF)
                .territory(organizations <= Scale.MUNICIPALITY_SIZE ? territoryOf(0) : Territory.region(regionCode(0)));
        for (int i = 0; i < organizations; i++) {
            organization(i).addTo(b);
        }
        if (organizations > 1) {
            for (int m = 0; m < (organizations + Scale.MUNICIPALITY_SIZE - 1) / Scale.MUNICIPALITY_SIZE; m++) {
                addTerritoryRecords(b, m);
            }
        }
        return b.build();
    }

    /**
     * The territory in partitions: one per organization, then (above school scale) one
     * territory partition per municipality with its roadmap and completions. Lazy: each
     * partition is generated when the stream reaches it.
     *
     * @return the partitions
     */
    public Stream<Partition> partitions() {
        Stream<Partition> orgs = IntStream.range(0, scale.organizations()).mapToObj(this::organizationSnapshot)
                .map(Partition::organization);
        if (scale == Scale.SCHOOL) {
            return orgs;
        }
        return Stream.concat(orgs, IntStream.range(0, scale.municipalities()).mapToObj(this::territoryPartition));
    }

    /**
     * @param municipality  the municipality's index, 0 to {@code scale().municipalities() - 1}
     * @return its territory partition: its roadmap and the completions, no organizations
     * @throws IllegalArgumentException if the index is out of range
     */
    public Partition territoryPartition(int municipality) {
        if (municipality < 0 || municipality >= scale.municipalities()) {
            throw new IllegalArgumentException("municipality index (" + municipality + ") must be from 0 to "
                    + (scale.municipalities() - 1));
        }
        return Partition.territory(municipalitySnapshot(municipality));
    }

    /**
     * @param index  the organization's index, 0 to {@code scale().organizations() - 1}
     * @return one organization with all its records
     * @throws IllegalArgumentException if the index is out of range
     */
    public Snapshot organizationSnapshot(int index) {
        if (index < 0 || index >= scale.organizations()) {
            throw new IllegalArgumentException("organization index (" + index + ") must be from 0 to "
                    + (scale.organizations() - 1));
        }
        ImmutableSnapshot.Builder b = Snapshot.builder().asOf(AS_OF).territory(territoryOf(index / Scale.MUNICIPALITY_SIZE));
        organization(index).addTo(b);
        return b.build();
    }

    /**
     * @param municipality  the municipality's index
     * @return its roadmap and completions, no organizations
     */
    Snapshot municipalitySnapshot(int municipality) {
        ImmutableSnapshot.Builder b = Snapshot.builder().asOf(AS_OF).territory(territoryOf(municipality));
        addTerritoryRecords(b, municipality);
        return b.build();
    }

    /**
     * Counts the findings planted, by rule, for {@link #PLANTED_RULES}. Generates every
     * organization once (streaming).
     *
     * @return the expected number of findings by rule id
     */
    public SortedMap<String, Integer> expectedCounts() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        PLANTED_RULES.forEach(r -> counts.put(r, 0));
        for (int i = 0; i < scale.organizations(); i++) {
            organization(i).expected.forEach((rule, n) -> counts.merge(rule, n, Integer::sum));
        }
        return counts;
    }

    private Territory territoryOf(int municipality) {
        return Territory.municipality(regionCode(municipality), "Муниципалитет " + (municipality + 1));
    }

    private String regionCode(int municipality) {
        int region = scale == Scale.COUNTRY ? municipality / Scale.REGION_SIZE : 0;
        return String.format("%02d", 1 + region);
    }

    private void addTerritoryRecords(ImmutableSnapshot.Builder b, int municipality) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L - municipality - 1);
        String id = "rm" + municipality;
        org.nastavnik.model.ImmutableRoadmap.Builder roadmap = Roadmap.builder().id(id).title("План мероприятий по внедрению ЦМН")
                .level(RoadmapLevel.MUNICIPAL).territory(territoryOf(municipality))
                .approval(DocumentRef.order("2" + municipality, YEAR_START.minusDays(20)));
        for (int a = 1; a <= 12; a++) {
            LocalDate due = YEAR_START.plusDays(30L * a);
            roadmap.addActivities(Activity.builder().number(Integer.toString(a)).title("Мероприятие " + a)
                    .deadlineText("до " + due).deadline(ByDate.of(due))
                    .addResponsible(Responsible.role("МНЦ")).build());
            if (r.nextInt(100) < 75 && !due.isAfter(AS_OF)) {
                b.addCompletions(Completion.builder().roadmapId(id).activityNumber(Integer.toString(a))
                        .completedOn(due.minusDays(r.nextInt(10))).build());
            }
        }
        b.addRoadmaps(roadmap.build());
    }

    /** One organization's records and the findings planted in them. */
    static final class Generated {
        final List<Organization> organizations = new ArrayList<>();
        final List<Person> people = new ArrayList<>();
        final List<CuratorAppointment> curators = new ArrayList<>();
        final List<Consent> consents = new ArrayList<>();
        final List<MentorTraining> trainings = new ArrayList<>();
        final List<LocalAct> acts = new ArrayList<>();
        final List<FormAdoption> adoptions = new ArrayList<>();
        final List<Mentorship> mentorships = new ArrayList<>();
        final List<Meeting> meetings = new ArrayList<>();
        final Map<String, Integer> expected = new TreeMap<>();

        void addTo(ImmutableSnapshot.Builder b) {
            b.addAllOrganizations(organizations).addAllPeople(people).addAllCuratorAppointments(curators)
                    .addAllConsents(consents).addAllTrainings(trainings).addAllLocalActs(acts)
                    .addAllFormAdoptions(adoptions).addAllMentorships(mentorships).addAllMeetings(meetings);
        }

        void plant(String rule) {
            expected.merge(rule, 1, Integer::sum);
        }
    }

    /** Generates organization {@code index} from the seed and the index alone. */
    Generated organization(int index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Generated g = new Generated();
        String o = "o" + index;
        int municipality = index / Scale.MUNICIPALITY_SIZE;
        g.organizations.add(Organization.builder().id(o).name("Школа № " + (index + 1)).kind(OrganizationKind.SCHOOL)
                .region(RegionCode.of(regionCode(municipality))).municipality("Муниципалитет " + (municipality + 1))
                .build());
        for (LocalActKind kind : List.of(LocalActKind.IMPLEMENTATION_ORDER, LocalActKind.MENTORING_REGULATION,
                LocalActKind.TEACHER_SYSTEM_REGULATION, LocalActKind.ROADMAP)) {
            g.acts.add(LocalAct.builder().organizationId(o).kind(kind).adoptedOn(YEAR_START.minusDays(10)).build());
        }

        // the curator: 5 % none, 3 % ended before the check date
        String curator = o + "-cur";
        g.people.add(teacher(curator, o, 10 + r.nextInt(20)));
        g.consents.add(consent(curator, ConsentGiver.SELF));
        int c = r.nextInt(100);
        if (c < 5) {
            g.plant("CURATOR_MISSING");
        } else {
            org.nastavnik.model.ImmutableCuratorAppointment.Builder a = CuratorAppointment.builder().personId(curator).organizationId(o)
                    .order(DocumentRef.order(index + "/к", YEAR_START.minusDays(120)))
                    .appointedOn(YEAR_START.minusDays(120 - r.nextInt(90)));
            if (c < 8) {
                a.endedOn(LocalDate.of(2022, 6, 30));
                g.plant("CURATOR_MISSING");
            }
            g.curators.add(a.build());
        }

        int mean = scale.meanPairsPerOrganization();
        int pairs = mean / 2 + r.nextInt(mean + 1);
        int teacherPairs = pairs * 2 / 5;
        LocalDate ttAdopted = YEAR_START.plusDays(r.nextInt(21));
        LocalDate ssAdopted = YEAR_START.plusDays(9 + r.nextInt(21));
        g.adoptions.add(FormAdoption.builder().organizationId(o).form(MentoringForm.TEACHER_TEACHER).adoptedOn(ttAdopted).build());
        g.adoptions.add(FormAdoption.builder().organizationId(o).form(MentoringForm.STUDENT_STUDENT).adoptedOn(ssAdopted).build());
        if (r.nextInt(100) < 3) {
            // a form determined and never followed by a pair
            g.adoptions.add(FormAdoption.builder().organizationId(o).form(MentoringForm.HEAD_TEACHER)
                    .adoptedOn(LocalDate.of(2022, 3, 1).plusDays(r.nextInt(100))).build());
            g.plant("PAIR_FORMED_LATE");
        }

        int teacherMentors = Math.max(1, teacherPairs / 2);
        for (int t = 0; t < teacherMentors; t++) {
            String id = o + "-tm" + t;
            g.people.add(teacher(id, o, 5 + r.nextInt(26)));
            g.consents.add(consent(id, ConsentGiver.SELF));
            g.trainings.add(MentorTraining.builder().personId(id).completedOn(YEAR_START.minusDays(7)).build());
        }
        int studentMentors = Math.max(1, (pairs - teacherPairs) / 2);
        for (int s = 0; s < studentMentors; s++) {
            String id = o + "-sm" + s;
            g.people.add(student(id, o, 10 + r.nextInt(2), r));
            g.consents.add(consent(id, ConsentGiver.LEGAL_REPRESENTATIVE));
            g.trainings.add(MentorTraining.builder().personId(id).completedOn(YEAR_START.minusDays(7)).build());
        }
        int mentee = 0;
        for (int p = 0; p < pairs; p++) {
            boolean teachers = p < teacherPairs;
            MentoringForm form = teachers ? MentoringForm.TEACHER_TEACHER : MentoringForm.STUDENT_STUDENT;
            String mentor = teachers ? o + "-tm" + r.nextInt(teacherMentors) : o + "-sm" + r.nextInt(studentMentors);
            int size = r.nextInt(100) < (teachers ? 10 : 15) ? 2 + r.nextInt(2) : 1;
            List<String> mentees = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                String id = o + "-e" + mentee++;
                if (teachers) {
                    g.people.add(Person.builder().id(id).kind(PersonKind.TEACHER).organizationId(o)
                            .birthDate(LocalDate.of(1997 + r.nextInt(4), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                            .experienceYears(r.nextInt(4)).addCategories(ParticipantCategory.YOUNG_SPECIALIST).build());
                    g.consents.add(consent(id, ConsentGiver.SELF));
                } else {
                    g.people.add(student(id, o, 5 + r.nextInt(4), r));
                    g.consents.add(consent(id, ConsentGiver.LEGAL_REPRESENTATIVE));
                }
                mentees.add(id);
            }
            String pairId = o + "-p" + p;
            if (r.nextInt(1000) < 5) {
                mentees.add(mentor); // the mentor listed among the mentees
                g.plant("PAIR_INCOMPLETE");
            }
            LocalDate adopted = teachers ? ttAdopted : ssAdopted;
            int offset = r.nextInt(100) < 88 ? r.nextInt(window + 1) : window + 1 + r.nextInt(30);
            if (offset > window) {
                g.plant("PAIR_FORMED_LATE");
            }
            LocalDate formed = adopted.plusDays(offset);
            LocalDate completed = r.nextInt(100) < 30 ? formed.plusDays(240 + r.nextInt(30)) : null;
            org.nastavnik.model.ImmutableMentorship.Builder m = Mentorship.builder().id(pairId).organizationId(o).form(form).mentorId(mentor)
                    .menteeIds(mentees).formedOn(formed)
                    .approvalOrder(DocumentRef.order(p + "-н", formed));
            if (completed != null) {
                m.completedOn(completed);
            }
            g.mentorships.add(m.build());
            meetings(g, r, pairId, formed, completed);
        }
        return g;
    }

    private static void meetings(Generated g, SplittableRandom r, String pairId, LocalDate formed, LocalDate completed) {
        LocalDate last = completed == null ? AS_OF : completed;
        LocalDate day = formed.plusDays(1 + r.nextInt(5));
        g.meetings.add(meeting(pairId + "-a", pairId, MeetingKind.ACQUAINTANCE, day, true));
        day = day.plusDays(5 + r.nextInt(9));
        g.meetings.add(meeting(pairId + "-pl", pairId, MeetingKind.PLANNING, day, true));
        int working = r.nextInt(5);
        for (int w = 0; w < working; w++) {
            day = day.plusDays(14 + r.nextInt(r.nextInt(10) == 0 ? 90 : 20)); // now and then a long gap
            if (day.isAfter(last)) {
                break;
            }
            boolean feedback = r.nextInt(10) != 0;
            if (!feedback && day.isBefore(AS_OF)) {
                g.plant("WORKING_MEETING_NO_FEEDBACK");
            }
            g.meetings.add(meeting(pairId + "-w" + w, pairId, MeetingKind.WORKING, day, feedback));
        }
        if (completed != null && r.nextInt(100) < 8) {
            g.plant("COMPLETED_WITHOUT_FINAL");
        } else if (completed != null) {
            g.meetings.add(Meeting.builder().id(pairId + "-f").mentorshipId(pairId).kind(MeetingKind.FINAL)
                    .date(completed).reflectionRecorded(true).feedbackRecorded(true).build());
        }
    }

    private static Meeting meeting(String id, String pairId, MeetingKind kind, LocalDate date, boolean feedback) {
        return Meeting.builder().id(id).mentorshipId(pairId).kind(kind).date(date).confirmationFormFilled(feedback)
                .feedbackRecorded(feedback).build();
    }

    private static Person teacher(String id, String org, int experience) {
        return Person.builder().id(id).kind(PersonKind.TEACHER).organizationId(org)
                .birthDate(LocalDate.of(1995 - experience, 3, 1)).experienceYears(experience).build();
    }

    private static Person student(String id, String org, int grade, SplittableRandom r) {
        return Person.builder().id(id).kind(PersonKind.SCHOOL_STUDENT).organizationId(org).grade(grade)
                .birthDate(LocalDate.of(2021 - 7 - grade, 1 + r.nextInt(12), 1 + r.nextInt(28))).build();
    }

    private static Consent consent(String personId, ConsentGiver giver) {
        return Consent.builder().personId(personId).kind(ConsentKind.PERSONAL_DATA).givenBy(giver)
                .givenOn(YEAR_START.minusDays(14)).build();
    }
}

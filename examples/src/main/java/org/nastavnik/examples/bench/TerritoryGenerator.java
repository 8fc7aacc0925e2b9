package org.nastavnik.examples.bench;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.nastavnik.model.DateRange;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.ListKind;
import org.nastavnik.model.ListUpdate;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.MentorTraining;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.MonitoringKind;
import org.nastavnik.model.MonitoringReport;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.ParticipantCategory;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.Programme;
import org.nastavnik.model.ProgrammeKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Responsible;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.facts.Participants;
import org.nastavnik.rules.Partition;
import org.nastavnik.rules.facts.ReportingPeriods;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * A synthetic territory, the same for the same scale and seed: schools with curators (some
 * missing or expired), forms adopted on dates, pairs formed mostly on time and some late, a few
 * with the mentor among the mentees, meetings with gaps and missing feedback, completed pairs
 * (some without a final meeting), consents, trainings, local acts, and per municipality a
 * roadmap with some activities overdue. The paperwork of a compliant school is there too, each
 * with a small share of planted defects: the orders that fix pairs, personal-data consents (an
 * adult's own, a minor's by a legal representative), teachers' consents to extra duties,
 * personalised programmes of teacher pairs, interim and final monitoring reports, yearly list
 * refreshes and quarterly personified accounting.
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

    /**
     * The rules whose findings the generator plants and counts, sorted. Every other rule of the
     * federal catalogue finds nothing in a generated territory.
     */
    public static final List<String> PLANTED_RULES = List.of("ADULT_PD_CONSENT_MISSING", "COMPLETED_WITHOUT_FINAL",
            "CURATOR_LIST_NOT_REFRESHED", "CURATOR_MISSING", "EXTRA_DUTY_CONSENT_MISSING", "LOCAL_ACT_MISSING",
            "LOCAL_ROADMAP_MISSING", "MENTEE_WAITING_TOO_LONG", "MENTOR_NOT_TRAINED", "MINOR_PD_CONSENT_MISSING",
            "MONITORING_MISSING",
            "PAIR_FORMED_LATE", "PAIR_INCOMPLETE", "PAIR_NOT_APPROVED", "PERSONALISED_PROGRAM_DURATION",
            "PERSONALISED_PROGRAM_MISSING", "PERSONIFIED_ACCOUNTING_STALE", "ROADMAP_ACTIVITY_OVERDUE",
            "ROADMAP_STAGE_MISSING", "WORKING_MEETING_NO_FEEDBACK");

    private static final LocalDate YEAR_START = LocalDate.of(2021, 9, 1);

    /** The age of majority, as the rules on consents count it. */
    private static final int ADULT_AGE = 18;
    /** The titles of a municipal roadmap's activities, in order. */
    private static final List<String> ACTIVITY_TITLES = List.of(
            "Назначение куратора внедрения целевой модели наставничества",
            "Разработка и утверждение локальных актов о наставничестве",
            "Информирование педагогического сообщества о программе наставничества",
            "Формирование базы наставников",
            "Формирование базы наставляемых",
            "Обучение наставников",
            "Формирование наставнических пар и групп",
            "Организация работы наставнических пар и групп",
            "Мониторинг реализации программы наставничества",
            "Методическая поддержка наставников",
            "Завершение программы наставничества, итоговые встречи",
            "Подведение итогов и популяризация практик наставничества");
    /** The indexes in {@link #ACTIVITY_TITLES} of the one activity of each stage of the model. */
    private static final List<Integer> STAGE_ACTIVITIES = List.of(0, 1, 3, 4, 6, 8);
    private static final RuleParameters FEDERAL = RuleParameters.federal();

    private final Scale scale;
    private final long seed;
    private final int window = FEDERAL.pairWindowDays();
    private final int trainingDays = FEDERAL.mentorTrainingDays();
    private final int waitingDays = FEDERAL.menteeWaitingDays();
    private final int programmeMinMonths = FEDERAL.programmeMinMonths();
    private final int interimMonths = FEDERAL.interimMonitoringMonths();
    private final int finalMonitoringDays = FEDERAL.finalMonitoringDays();
    private final int accountingMonths = FEDERAL.personifiedAccountingMonths();
    private final MonthDay listRefreshBy = FEDERAL.listRefreshBy();

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
        if (scale != Scale.SCHOOL) {
            ImmutableSnapshot.Builder unused = Snapshot.builder();
            for (int m = 0; m < scale.municipalities(); m++) {
                addTerritoryRecords(unused, m).forEach((rule, n) -> counts.merge(rule, n, Integer::sum));
            }
        }
        return counts;
    }

    private Territory territoryOf(int municipality) {
        return Territory.municipality(regionCode(municipality), "Муниципалитет " + (municipality + 1));
    }

    private String regionCode(int municipality) {
        int region = scale == Scale.COUNTRY ? municipality / Scale.REGION_SIZE : 0;
        return region < 9 ? "0" + (1 + region) : Integer.toString(1 + region); // as "%02d" formats it
    }

    /**
     * Adds a municipality's roadmap, its activities titled after the stages of the model (15 % of
     * roadmaps miss one stage), and its completions (a quarter of the activities due by the check
     * date not completed).
     *
     * @return the findings planted, by rule
     */
    private Map<String, Integer> addTerritoryRecords(ImmutableSnapshot.Builder b, int municipality) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L - municipality - 1);
        SplittableRandom q = new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL + 31L * municipality + 5);
        Map<String, Integer> planted = new TreeMap<>();
        int unplanned = q.nextInt(100) < 15 ? STAGE_ACTIVITIES.get(q.nextInt(STAGE_ACTIVITIES.size())) : -1;
        if (unplanned >= 0) {
            planted.merge("ROADMAP_STAGE_MISSING", 1, Integer::sum);
        }
        String id = "rm" + municipality;
        org.nastavnik.model.ImmutableRoadmap.Builder roadmap = Roadmap.builder().id(id).title("План мероприятий по внедрению ЦМН")
                .level(RoadmapLevel.MUNICIPAL).territory(territoryOf(municipality))
                .approval(DocumentRef.order("2" + municipality, YEAR_START.minusDays(20)));
        for (int a = 1; a <= ACTIVITY_TITLES.size(); a++) {
            LocalDate due = YEAR_START.plusDays(30L * a);
            String title = a - 1 == unplanned ? "Мероприятие " + a : ACTIVITY_TITLES.get(a - 1);
            roadmap.addActivities(Activity.builder().number(Integer.toString(a)).title(title)
                    .deadlineText("до " + due).deadline(ByDate.of(due))
                    .addResponsible(Responsible.role("МНЦ")).build());
            if (r.nextInt(100) < 75 && !due.isAfter(AS_OF)) {
                b.addCompletions(Completion.builder().roadmapId(id).activityNumber(Integer.toString(a))
                        .completedOn(due.minusDays(r.nextInt(10))).build());
            } else if (AS_OF.isAfter(due.plusDays(FEDERAL.graceDays()))) {
                planted.merge("ROADMAP_ACTIVITY_OVERDUE", 1, Integer::sum);
            }
        }
        b.addRoadmaps(roadmap.build());
        return planted;
    }

    /** One organization's records and the findings planted in them. */
    static final class Generated {
        final List<Organization> organizations = new ArrayList<>(1);
        final ArrayList<Person> people = new ArrayList<>();
        final List<CuratorAppointment> curators = new ArrayList<>(1);
        final ArrayList<Consent> consents = new ArrayList<>();
        final ArrayList<MentorTraining> trainings = new ArrayList<>();
        final List<LocalAct> acts = new ArrayList<>(4);
        final List<FormAdoption> adoptions = new ArrayList<>(3);
        final ArrayList<Mentorship> mentorships = new ArrayList<>();
        final ArrayList<Meeting> meetings = new ArrayList<>();
        final ArrayList<Programme> programmes = new ArrayList<>();
        final ArrayList<MonitoringReport> reports = new ArrayList<>();
        final List<ListUpdate> listUpdates = new ArrayList<>();
        final ArrayList<RegistryEntry> registry = new ArrayList<>();
        /** The findings planted, by rule; in no order (the counts are summed into a sorted map). */
        final Map<String, Integer> expected = new HashMap<>();

        /** Makes room for an organization of {@code pairs} pairs, so that the lists do not grow step by step. */
        void expect(int pairs) {
            people.ensureCapacity(2 * pairs + 2);
            consents.ensureCapacity(3 * pairs + 2);
            trainings.ensureCapacity(pairs + 2);
            mentorships.ensureCapacity(pairs);
            meetings.ensureCapacity(6 * pairs);
            programmes.ensureCapacity(pairs);
            reports.ensureCapacity(2 * pairs);
            registry.ensureCapacity(pairs + pairs / 5 + 4);
        }

        void addTo(ImmutableSnapshot.Builder b) {
            b.addAllOrganizations(organizations).addAllPeople(people).addAllCuratorAppointments(curators)
                    .addAllConsents(consents).addAllTrainings(trainings).addAllLocalActs(acts)
                    .addAllFormAdoptions(adoptions).addAllMentorships(mentorships).addAllMeetings(meetings)
                    .addAllProgrammes(programmes).addAllMonitoringReports(reports).addAllListUpdates(listUpdates)
                    .addAllRegistry(registry);
        }

        void plant(String rule) {
            expected.merge(rule, 1, Integer::sum);
        }
    }

    /**
     * Generates organization {@code index} from the seed and the index alone. The pairs, meetings
     * and curators come from one random stream and the paperwork added later (programmes,
     * monitoring, extra-duty consents, list updates, late trainings, missing acts and orders)
     * from a second one, so that the first stream, and the findings of the first five planted
     * rules, stay what they were.
     */
    Generated organization(int index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        SplittableRandom q = new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL - 31L * index - 7);
        Generated g = new Generated();
        String o = "o" + index;
        int municipality = index / Scale.MUNICIPALITY_SIZE;
        g.organizations.add(Organization.builder().id(o).name("Школа № " + (index + 1)).kind(OrganizationKind.SCHOOL)
                .region(RegionCode.of(regionCode(municipality))).municipality("Муниципалитет " + (municipality + 1))
                .build());
        // 2 % without the regulation of the teacher system, 2 % without their own road map
        int missingAct = q.nextInt(100);
        for (LocalActKind kind : List.of(LocalActKind.IMPLEMENTATION_ORDER, LocalActKind.MENTORING_REGULATION,
                LocalActKind.TEACHER_SYSTEM_REGULATION, LocalActKind.ROADMAP)) {
            if (missingAct < 2 && kind == LocalActKind.TEACHER_SYSTEM_REGULATION) {
                g.plant("LOCAL_ACT_MISSING"); // the school determines «педагог – педагог» below
            } else if (missingAct >= 2 && missingAct < 4 && kind == LocalActKind.ROADMAP) {
                g.plant("LOCAL_ROADMAP_MISSING");
            } else {
                g.acts.add(LocalAct.builder().organizationId(o).kind(kind).adoptedOn(YEAR_START.minusDays(10)).build());
            }
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
        g.expect(pairs);
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

        // mentors: trained a week before the year (2 % only in the winter), teachers consent to the extra duties
        Map<String, LocalDate> trainedOn = new HashMap<>();
        int teacherMentors = Math.max(1, teacherPairs / 2);
        for (int t = 0; t < teacherMentors; t++) {
            String id = o + "-tm" + t;
            g.people.add(teacher(id, o, 5 + r.nextInt(26)));
            g.consents.add(consent(id, ConsentGiver.SELF));
            g.consents.add(Consent.builder().personId(id).kind(ConsentKind.EXTRA_DUTIES).givenBy(ConsentGiver.SELF)
                    .givenOn(YEAR_START.minusDays(7)).build());
            trainedOn.put(id, training(g, q, id));
        }
        int studentMentors = Math.max(1, (pairs - teacherPairs) / 2);
        for (int s = 0; s < studentMentors; s++) {
            String id = o + "-sm" + s;
            Person mentor = student(id, o, 10 + r.nextInt(2), r);
            g.people.add(mentor);
            g.consents.add(consent(id, ConsentGiver.LEGAL_REPRESENTATIVE));
            // a student mentor who comes of age gives their own consent on the birthday
            LocalDate adult = mentor.birthDate().orElseThrow().plusYears(ADULT_AGE);
            if (!adult.isAfter(AS_OF)) {
                g.consents.add(Consent.builder().personId(id).kind(ConsentKind.PERSONAL_DATA).givenBy(ConsentGiver.SELF)
                        .givenOn(adult).build());
            }
            trainedOn.put(id, training(g, q, id));
        }
        int mentee = 0;
        for (int p = 0; p < pairs; p++) {
            boolean teachers = p < teacherPairs;
            MentoringForm form = teachers ? MentoringForm.TEACHER_TEACHER : MentoringForm.STUDENT_STUDENT;
            String mentor = teachers ? o + "-tm" + r.nextInt(teacherMentors) : o + "-sm" + r.nextInt(studentMentors);
            int size = r.nextInt(100) < (teachers ? 10 : 15) ? 2 + r.nextInt(2) : 1;
            List<String> mentees = new ArrayList<>();
            List<Person> newcomers = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                String id = o + "-e" + mentee++;
                Person person;
                if (teachers) {
                    person = Person.builder().id(id).kind(PersonKind.TEACHER).organizationId(o)
                            .birthDate(LocalDate.of(1997 + r.nextInt(4), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                            .experienceYears(r.nextInt(4)).addCategories(ParticipantCategory.YOUNG_SPECIALIST).build();
                } else {
                    person = student(id, o, 5 + r.nextInt(4), r);
                }
                g.people.add(person);
                newcomers.add(person);
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
                    .menteeIds(mentees).formedOn(formed);
            if (completed != null) {
                m.completedOn(completed);
            }
            if (q.nextInt(1000) < 8) {
                g.plant("PAIR_NOT_APPROVED"); // 0.8 % without the order that fixes the pair
            } else {
                m.approvalOrder(DocumentRef.order(p + "-н", formed));
            }
            boolean active = !formed.isAfter(AS_OF) && (completed == null || !completed.isBefore(AS_OF));
            for (Person person : newcomers) {
                consents(g, q, person, teachers, formed);
            }
            if (teachers) {
                programme(g, q, m, o, pairId, formed, active);
            }
            LocalDate trained = trainedOn.get(mentor);
            LocalDate trainingDue = formed.plusDays(trainingDays);
            if (active && AS_OF.isAfter(trainingDue) && trained.isAfter(trainingDue)) {
                g.plant("MENTOR_NOT_TRAINED");
            }
            g.mentorships.add(m.build());
            monitoring(g, q, pairId, o, formed, completed, active);
            meetings(g, r, pairId, formed, completed);
        }
        lists(g, q, o);
        base(g, index, o, ttAdopted.isBefore(ssAdopted) ? ttAdopted : ssAdopted, mentee);
        return g;
    }

    /**
     * The base of mentees (база наставляемых): every mentee of a pair entered it up to three weeks
     * before the pair was formed, and 0 to 3 students are in it waiting for a pair, entered in the
     * last 60 days; those waiting past menteeWaitingDays are planted. From a third random stream,
     * so that the records of the first two stay what they were.
     */
    private void base(Generated g, int index, String o, LocalDate firstAdoption, int mentees) {
        SplittableRandom b = new SplittableRandom(seed * 0x165667B19E3779F9L + 17L * index + 3);
        for (Mentorship m : g.mentorships) {
            for (String id : m.menteeIds()) {
                if (!id.equals(m.mentorId())) {
                    g.registry.add(RegistryEntry.builder().personId(id).organizationId(o).role(ParticipantRole.MENTEE)
                            .includedOn(m.formedOn().minusDays(b.nextInt(22))).build());
                }
            }
        }
        int waiting = b.nextInt(4);
        for (int w = 0; w < waiting; w++) {
            String id = o + "-e" + (mentees + w);
            g.people.add(student(id, o, 5 + b.nextInt(4), b));
            LocalDate included = AS_OF.minusDays(b.nextInt(60));
            g.registry.add(RegistryEntry.builder().personId(id).organizationId(o).role(ParticipantRole.MENTEE)
                    .includedOn(included).build());
            LocalDate from = included.isAfter(firstAdoption) ? included : firstAdoption;
            if (AS_OF.isAfter(from.plusDays(waitingDays))) {
                g.plant("MENTEE_WAITING_TOO_LONG");
            }
        }
    }

    /** A mentor's training: 98 % a week before the school year, 2 % in the winter, late for their pairs. */
    private static LocalDate training(Generated g, SplittableRandom q, String personId) {
        LocalDate on = q.nextInt(100) < 2 ? LocalDate.of(2022, 1, 10).plusDays(q.nextInt(60)) : YEAR_START.minusDays(7);
        g.trainings.add(MentorTraining.builder().personId(personId).completedOn(on).build());
        return on;
    }

    /**
     * A new mentee's consents: personal data (1 % missing), and for teachers the extra duties
     * given up to a week before the pair is formed (1.5 % missing, 1.5 % given only after it).
     */
    private static void consents(Generated g, SplittableRandom q, Person person, boolean teachers, LocalDate formed) {
        String id = person.id();
        if (q.nextInt(1000) < 10) {
            if (teachers ? Participants.isAdultOn(person, formed) : person.isMinorOn(formed)) {
                g.plant(teachers ? "ADULT_PD_CONSENT_MISSING" : "MINOR_PD_CONSENT_MISSING");
            }
        } else {
            g.consents.add(consent(id, teachers ? ConsentGiver.SELF : ConsentGiver.LEGAL_REPRESENTATIVE));
        }
        if (!teachers) {
            return;
        }
        int e = q.nextInt(1000);
        LocalDate given = e < 15 ? null : e < 30 ? formed.plusDays(1 + q.nextInt(10)) : formed.minusDays(q.nextInt(7));
        if (given != null && !given.isAfter(AS_OF)) {
            g.consents.add(Consent.builder().personId(id).kind(ConsentKind.EXTRA_DUTIES).givenBy(ConsentGiver.SELF)
                    .givenOn(given).build());
        }
        if (e < 30) {
            g.plant("EXTRA_DUTY_CONSENT_MISSING");
        }
    }

    /**
     * A teacher pair's personalised programme from the day it is formed, of 6 to 11 months; 2.5 %
     * have none and 1 % one of only 2 months.
     */
    private void programme(Generated g, SplittableRandom q, org.nastavnik.model.ImmutableMentorship.Builder m,
            String o, String pairId, LocalDate formed, boolean active) {
        int x = q.nextInt(1000);
        if (x < 25) {
            if (active) {
                g.plant("PERSONALISED_PROGRAM_MISSING");
            }
            return;
        }
        int months = x < 35 ? 2 : 6 + q.nextInt(6);
        if (months < programmeMinMonths) {
            g.plant("PERSONALISED_PROGRAM_DURATION");
        }
        String id = pairId + "-pp";
        g.programmes.add(Programme.builder().id(id).organizationId(o)
                .kind(ProgrammeKind.PERSONALISED_PROGRAMME).period(DateRange.of(formed, formed.plusMonths(months).minusDays(1)))
                .approvedOn(formed).build());
        m.programmeId(id);
    }

    /**
     * The monitoring of a pair: the interim report up to two weeks before it has run the interim
     * months (2 % missing), the final one within three weeks of its completion (2.5 % missing).
     */
    private void monitoring(Generated g, SplittableRandom q, String pairId, String o, LocalDate formed,
            LocalDate completed, boolean active) {
        LocalDate interimDue = formed.plusMonths(interimMonths);
        LocalDate last = completed == null || completed.isAfter(AS_OF) ? AS_OF : completed;
        boolean interim = false;
        if (q.nextInt(1000) >= 20) {
            LocalDate on = interimDue.minusDays(q.nextInt(14));
            if (!on.isAfter(last)) {
                g.reports.add(MonitoringReport.builder().id(pairId + "-mi").organizationId(o).kind(MonitoringKind.INTERIM)
                        .submittedOn(on).mentorshipId(pairId).build());
                interim = true;
            }
        }
        if (active && AS_OF.isAfter(interimDue) && !interim) {
            g.plant("MONITORING_MISSING");
        }
        if (completed == null) {
            return;
        }
        LocalDate finalDue = completed.plusDays(finalMonitoringDays);
        boolean done = false;
        if (q.nextInt(1000) >= 25) {
            LocalDate on = completed.plusDays(q.nextInt(21));
            if (!on.isAfter(AS_OF)) {
                g.reports.add(MonitoringReport.builder().id(pairId + "-mf").organizationId(o).kind(MonitoringKind.FINAL)
                        .submittedOn(on).mentorshipId(pairId).build());
                done = true;
            }
        }
        if (AS_OF.isAfter(finalDue) && !done) {
            g.plant("MONITORING_MISSING");
        }
    }

    /**
     * The lists an organization keeps: curators and mentors and mentees refreshed each September
     * (4 % of each list miss the last refresh), personified accounting updated near the end of
     * every quarter (4 % of organizations miss one quarter).
     */
    private void lists(Generated g, SplittableRandom q, String o) {
        LocalDate first = AS_OF;
        for (FormAdoption a : g.adoptions) {
            first = a.adoptedOn().isBefore(first) ? a.adoptedOn() : first;
        }
        LocalDate refreshDue = ReportingPeriods.lastYearlyDatePassed(listRefreshBy, AS_OF);
        for (ListKind list : List.of(ListKind.CURATORS, ListKind.MENTORS_AND_MENTEES)) {
            g.listUpdates.add(ListUpdate.builder().organizationId(o).list(list)
                    .updatedOn(refreshDue.minusYears(1).minusDays(1 + q.nextInt(20))).build());
            if (q.nextInt(100) < 4) {
                if (!first.isAfter(refreshDue)) {
                    g.plant("CURATOR_LIST_NOT_REFRESHED");
                }
            } else {
                g.listUpdates.add(ListUpdate.builder().organizationId(o).list(list)
                        .updatedOn(refreshDue.minusDays(1 + q.nextInt(20))).build());
            }
        }
        List<DateRange> quarters = ReportingPeriods.periodsEnded(first, accountingMonths, AS_OF);
        int skip = q.nextInt(100) < 4 && !quarters.isEmpty() ? q.nextInt(quarters.size()) : -1;
        for (int i = 0; i < quarters.size(); i++) {
            DateRange quarter = quarters.get(i);
            if (i != skip) {
                g.listUpdates.add(ListUpdate.builder().organizationId(o).list(ListKind.PERSONIFIED_ACCOUNTING)
                        .updatedOn(quarter.endInclusive().minusDays(q.nextInt(10))).build());
            } else if (g.mentorships.stream()
                    .anyMatch(m -> ReportingPeriods.activeDuring(m.formedOn(), m.completedOn(), quarter))) {
                g.plant("PERSONIFIED_ACCOUNTING_STALE");
            }
        }
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

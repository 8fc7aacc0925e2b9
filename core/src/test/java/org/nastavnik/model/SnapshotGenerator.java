package org.nastavnik.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.nastavnik.common.DateRange;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.pbt.Draw;
import org.nastavnik.pbt.Gens;
import org.quicktheories.core.Gen;

/**
 * Generates valid snapshots of varied size for property tests: every entity, optional fields
 * set at random, ids and texts with Cyrillic, quotes, backslashes, control characters and
 * characters outside the BMP, and roadmaps whose activities have real deadline phrases.
 *
 * <p>Every choice is a {@link Draw}, so a failing snapshot shrinks: fewer elements, absent optional
 * fields, shorter texts, earlier dates, first enum constants. QuickTheories shrinks the sequence
 * of draws place by place, so the generator makes the same number of draws in the same places
 * whatever it draws: every count first, then every element of a list up to the largest size
 * (those past the count are made and dropped), each text seven characters long cut to its
 * length, each optional value drawn when it is absent too. A shrunk count or flag therefore
 * never shifts the draws of anything else.
 */
public final class SnapshotGenerator {
    private static final LocalDate BASE = LocalDate.of(2019, 1, 1);
    private static final String CHARS = "azAZ09 -_./№«»\"\\\n\tЯяЁёЖж\u0001\u00a0";
    private static final String[] EMOJI = {"😀", "𝔸"};
    private static final int TEXT_MAX = 7;
    private static final int TEXT_RADIX = 12 * CHARS.length();
    private static final long TEXT_VALUES = (long) Math.pow(TEXT_RADIX, TEXT_MAX);
    private static final List<String> DEADLINES = List.of("08.10.2020", "До 07.03.2022 года",
            "до 1 января 2021 года", "Май 2021 г.", "Март Июнь Октябрь 2021", "Март-апрель 2023 года",
            "4 квартал 2022 года", "В течение 2022 года", "ежеквартально", "Ежемесячно 25 числа каждого месяца",
            "Ежегодно, до 01 октября", "на 15.12.2020, ежеквартально",
            "В течение двух недель с даты определения модели", "Постоянно",
            "В течение всего периода реализации ЦМН", "По графику ГБОУ ИРО", "по отдельному графику",
            "2021-2022 учебный год", "по мере необходимости", "когда-нибудь потом", "2020-2024 гг.",
            "I полугодие 2021");
    /** The deadlines of {@link #DEADLINES}, read once. */
    private static final Map<String, Deadline> READ = DEADLINES.stream()
            .collect(Collectors.toMap(c -> c, c -> DeadlineParser.parse(c, DeadlineContext.none())));
    private static final List<String> REGIONS = List.of("61", "42", "62", "31", "23", "01", "99");

    /** The largest size: how many of each kind of element, at most. */
    static final int MAX_SIZE = 6;

    private final Draw r;
    private final int size;

    private SnapshotGenerator(Draw draw, int size) {
        this.r = draw;
        this.size = size;
    }

    /** @return valid snapshots, from nearly empty to a few dozen elements, described by {@link #describe} */
    public static Gen<Snapshot> snapshots() {
        return Gens.of(d -> new SnapshotGenerator(d, d.between(0, MAX_SIZE)).snapshot())
                .describedAs(SnapshotGenerator::describe);
    }

    /**
     * A snapshot as its {@code toString}, but with every attribute of each person, which
     * {@link Person#toString} leaves out as personal data (generated data has none).
     *
     * @param snapshot  a snapshot
     * @return its description for a failure report
     */
    public static String describe(Snapshot snapshot) {
        String text = snapshot.toString();
        for (Person p : snapshot.people()) {
            text = text.replace(p.toString(), "Person{id=" + p.id() + ", kind=" + p.kind() + ", organizationId="
                    + p.organizationId() + p.fullName().map(n -> ", fullName=" + n).orElse("")
                    + p.birthDate().map(d -> ", birthDate=" + d).orElse("")
                    + (p.grade().isPresent() ? ", grade=" + p.grade().getAsInt() : "")
                    + (p.experienceYears().isPresent() ? ", experienceYears=" + p.experienceYears().getAsInt() : "")
                    + (p.categories().isEmpty() ? "" : ", categories=" + p.categories()) + "}");
        }
        return text;
    }

    /** @return valid roadmaps */
    public static Gen<Roadmap> roadmaps() {
        return Gens.of(d -> new SnapshotGenerator(d, d.between(0, MAX_SIZE)).roadmap("r"));
    }

    // ------------------------------------------------------------------ draws of a fixed number

    /** One draw: 0 to the size. */
    private int count() {
        return r.below(size + 1);
    }

    /** One draw. */
    private boolean maybe() {
        return r.maybe();
    }

    /** One draw. */
    private <T> T pick(List<T> items) {
        return r.pick(items);
    }

    /** One draw, also when there is nothing to pick. */
    private <T> Optional<T> pickAny(List<T> items) {
        int i = r.below(Math.max(1, items.size()));
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(i));
    }

    /** One draw. */
    private <E extends Enum<E>> E pick(Class<E> type) {
        return r.pick(type);
    }

    /** One draw more than the value's, which is drawn also when absent. */
    private <T> Optional<T> optional(Supplier<T> value) {
        boolean present = maybe();
        T t = value.get();
        return present ? Optional.of(t) : Optional.empty();
    }

    /**
     * The elements of a list: {@code max} of them made, the first {@code count} kept.
     *
     * @param count    how many to keep
     * @param max      how many to make, whatever the count
     * @param element  makes the element of an index, with the same draws for every index
     */
    private static <T> List<T> slots(int count, int max, IntFunction<T> element) {
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < max; i++) {
            T t = element.apply(i);
            if (i < count) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Two draws: the length, then the {@value #TEXT_MAX} characters as the digits of one number, each
     * one in 12 outside the BMP (shrinking the number turns the last characters into {@code a} first).
     */
    private String text() {
        int length = r.below(TEXT_MAX + 1);
        long digits = r.between(0L, TEXT_VALUES - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int c = (int) (digits % TEXT_RADIX);
            digits /= TEXT_RADIX;
            if (c >= 11 * CHARS.length()) {
                sb.append(EMOJI[(c - 11 * CHARS.length()) % EMOJI.length]);
            } else {
                sb.append(CHARS.charAt(c % CHARS.length()));
            }
        }
        return sb.toString();
    }

    private String id(String prefix, int index) {
        return prefix + index + optional(this::text).map(t -> "-" + t).orElse("");
    }

    private LocalDate date() {
        return BASE.plusDays(r.below(2000));
    }

    private LocalDate notBefore(LocalDate date) {
        return date.plusDays(r.below(400));
    }

    private Optional<String> optionalText() {
        return optional(this::text);
    }

    private Optional<LocalDate> optionalDate() {
        return optional(this::date);
    }

    private DateRange range() {
        LocalDate start = date();
        return DateRange.of(start, notBefore(start));
    }

    private Optional<LocalDate> optionalNotBefore(LocalDate date) {
        return optional(() -> notBefore(date));
    }

    private DocumentRef document() {
        ImmutableDocumentRef.Builder b = DocumentRef.builder().number(optionalText()).date(optionalDate())
                .issuer(optionalText()).title(optionalText());
        optional(() -> pick(DocumentKind.class)).ifPresent(b::kind);
        return b.build();
    }

    private Optional<DocumentRef> optionalDocument() {
        return optional(this::document);
    }

    private Territory territory() {
        return Territory.builder().region(RegionCode.of(pick(REGIONS))).municipality(optionalText()).build();
    }

    // ------------------------------------------------------------------ the values

    Roadmap roadmap(String id) {
        int sectionCount = count();
        int workingGroupCount = count();
        int activityCount = count();
        ImmutableRoadmap.Builder b = Roadmap.builder().id(id).title(text()).issuer(optionalText())
                .level(pick(RoadmapLevel.class)).territory(territory()).approval(document())
                .appendixReference(optionalDocument()).period(optional(this::range))
                .place(optionalText()).signer(optionalText());
        b.addAllSections(slots(sectionCount, MAX_SIZE,
                i -> Section.builder().number(optionalText()).title(text()).build()));
        b.addAllWorkingGroup(slots(workingGroupCount, MAX_SIZE, i -> WorkingGroupMember.of(text(), text())));
        b.addAllActivities(slots(activityCount, MAX_SIZE, i -> {
            String cell = pick(DEADLINES);
            ImmutableActivity.Builder a = Activity.builder().number((1 + i / 3) + "." + (1 + i % 3))
                    .sectionNumber(optionalText()).title(text()).deadlineText(cell)
                    .deadline(READ.get(cell))
                    .expectedResult(optionalText()).addressee(optionalText());
            a.addAllResponsible(slots(r.below(3), 2,
                    j -> maybe() ? Responsible.person(text()) : Responsible.role(text())));
            optional(() -> pick(ActivityOrigin.class)).ifPresent(a::origin);
            return a.build();
        }));
        return b.build();
    }

    Snapshot snapshot() {
        int roadmapCount = r.below(3);
        int orgCount = 1 + count();
        int peopleCount = 1 + count() * 2;
        int curatorCount = count();
        int registryCount = count();
        int consentCount = count();
        int adoptionCount = count();
        int programmeCount = count();
        int mentorshipCount = count();
        int meetingCount = count() * 2;
        int trainingCount = count();
        int monitoringCount = count();
        int listUpdateCount = count();
        int localActCount = count();
        int agreementCount = count();
        int completionCount = count();
        int targetCount = count();
        int valueCount = count();

        LocalDate asOf = BASE.plusDays(1000 + r.below(1000));
        ImmutableSnapshot.Builder b = Snapshot.builder().asOf(asOf).territory(territory());

        List<Roadmap> roadmaps = slots(roadmapCount, 2, i -> roadmap(id("rm", i + 1)));
        b.addAllRoadmaps(roadmaps);

        List<Organization> organizations = slots(orgCount, 1 + MAX_SIZE, i -> {
            ImmutableOrganization.Builder o = Organization.builder().id(id("org", i)).name(text())
                    .kind(pick(OrganizationKind.class)).region(RegionCode.of(pick(REGIONS)))
                    .municipality(optionalText());
            optional(this::maybe).ifPresent(o::implementsModel);
            return o.build();
        });
        b.addAllOrganizations(organizations);
        List<String> orgs = organizations.stream().map(Organization::id).collect(Collectors.toList());

        List<Person> persons = slots(peopleCount, 1 + 2 * MAX_SIZE, i -> {
            ImmutablePerson.Builder p = Person.builder().id(id("p", i)).fullName(optionalText())
                    .kind(pick(PersonKind.class)).organizationId(pick(orgs));
            optional(() -> asOf.minusDays(r.below(20000))).ifPresent(p::birthDate);
            optional(() -> 1 + r.below(11)).ifPresent(p::grade);
            optional(() -> r.below(40)).ifPresent(p::experienceYears);
            Set<ParticipantCategory> categories = EnumSet.noneOf(ParticipantCategory.class);
            categories.addAll(slots(r.below(3), 2, j -> pick(ParticipantCategory.class)));
            return p.categories(categories).build();
        });
        b.addAllPeople(persons);
        List<String> people = persons.stream().map(Person::id).collect(Collectors.toList());

        b.addAllCuratorAppointments(slots(curatorCount, MAX_SIZE, i -> {
            LocalDate on = date();
            return CuratorAppointment.builder().personId(pick(people)).organizationId(pick(orgs))
                    .order(document()).appointedOn(on).endedOn(optionalNotBefore(on)).build();
        }));
        b.addAllRegistry(slots(registryCount, MAX_SIZE, i -> {
            LocalDate on = date();
            return RegistryEntry.builder().personId(pick(people)).organizationId(pick(orgs))
                    .role(pick(ParticipantRole.class)).form(optional(() -> pick(MentoringForm.class)))
                    .includedOn(on).excludedOn(optionalNotBefore(on)).build();
        }));
        b.addAllConsents(slots(consentCount, MAX_SIZE, i -> {
            LocalDate on = date();
            return Consent.builder().personId(pick(people)).kind(pick(ConsentKind.class))
                    .givenBy(pick(ConsentGiver.class)).givenOn(on).withdrawnOn(optionalNotBefore(on)).build();
        }));
        b.addAllFormAdoptions(slots(adoptionCount, MAX_SIZE, i -> FormAdoption.builder().organizationId(pick(orgs))
                .form(pick(MentoringForm.class)).adoptedOn(date()).order(optionalDocument()).build()));

        List<Programme> programmeList = slots(programmeCount, MAX_SIZE, i -> Programme.builder()
                .id(id("prog", i)).organizationId(pick(orgs)).kind(pick(ProgrammeKind.class)).period(range())
                .approvedOn(optionalDate()).build());
        b.addAllProgrammes(programmeList);
        List<String> programmes = programmeList.stream().map(Programme::id).collect(Collectors.toList());

        List<Mentorship> mentorships = slots(mentorshipCount, MAX_SIZE, i -> {
            LocalDate formed = date();
            return Mentorship.builder().id(id("pair", i)).organizationId(pick(orgs))
                    .form(pick(MentoringForm.class)).mentorId(pick(people)).menteeIds(mentees(people))
                    .formedOn(formed).completedOn(optionalNotBefore(formed))
                    .approvalOrder(optionalDocument())
                    .programmeId(optional(() -> pickAny(programmes)).flatMap(x -> x))
                    .build();
        });
        b.addAllMentorships(mentorships);

        b.addAllMeetings(slots(mentorships.isEmpty() ? 0 : meetingCount, 2 * MAX_SIZE, i -> {
            String id = id("meet", i);
            Optional<Mentorship> pair = pickAny(mentorships);
            int day = r.below(1 + 400);
            MeetingKind kind = pick(MeetingKind.class);
            boolean recorded = maybe();
            boolean confirmed = maybe();
            boolean feedback = maybe();
            boolean reflection = maybe();
            if (pair.isEmpty()) {
                return null;
            }
            Mentorship m = pair.get();
            LocalDate last = m.completedOn().orElse(m.formedOn().plusDays(300));
            long span = last.toEpochDay() - m.formedOn().toEpochDay();
            ImmutableMeeting.Builder meeting = Meeting.builder().id(id).mentorshipId(m.id()).kind(kind)
                    .date(m.formedOn().plusDays(day % (span + 1)));
            if (recorded) {
                meeting.confirmationFormFilled(confirmed).feedbackRecorded(feedback).reflectionRecorded(reflection);
            }
            return meeting.build();
        }));
        b.addAllTrainings(slots(trainingCount, MAX_SIZE, i -> MentorTraining.builder().personId(pick(people))
                .completedOn(date()).course(optionalText()).build()));
        b.addAllMonitoringReports(slots(monitoringCount, MAX_SIZE, i -> MonitoringReport.builder()
                .id(id("mon", i)).organizationId(pick(orgs)).kind(pick(MonitoringKind.class)).submittedOn(date())
                .mentorshipId(optional(() -> pickAny(mentorships)).flatMap(x -> x).map(Mentorship::id))
                .covers(optional(this::range)).build()));
        b.addAllListUpdates(slots(listUpdateCount, MAX_SIZE, i -> ListUpdate.builder().organizationId(pick(orgs))
                .list(pick(ListKind.class)).updatedOn(date()).build()));
        b.addAllLocalActs(slots(localActCount, MAX_SIZE, i -> LocalAct.builder().organizationId(pick(orgs))
                .kind(pick(LocalActKind.class)).adoptedOn(date()).document(optionalDocument()).build()));
        b.addAllAgreements(slots(agreementCount, MAX_SIZE, i -> {
            LocalDate on = date();
            return Agreement.builder().id(id("agr", i)).organizationId(pick(orgs)).partnerId(pick(orgs))
                    .signedOn(on).validUntil(optionalNotBefore(on)).build();
        }));
        List<Roadmap> withActivities = roadmaps.stream().filter(x -> !x.activities().isEmpty())
                .collect(Collectors.toList());
        b.addAllCompletions(slots(withActivities.isEmpty() ? 0 : completionCount, MAX_SIZE, i -> {
            Optional<Roadmap> rm = pickAny(withActivities);
            int activity = r.below(MAX_SIZE);
            Optional<String> organization = optional(() -> pick(orgs));
            LocalDate on = date();
            Optional<DocumentRef> document = optionalDocument();
            return rm.map(x -> Completion.builder().roadmapId(x.id())
                    .activityNumber(x.activities().get(activity % x.activities().size()).number())
                    .organizationId(organization).completedOn(on).document(document).build()).orElse(null);
        }));
        b.addAllTargetIndicators(slots(targetCount, MAX_SIZE, i -> {
            int scale = r.below(3);
            int unscaled = r.below(100 * (int) Math.pow(10, scale) + 1);
            return TargetIndicator.builder().indicator(pick(IndicatorKind.class)).year(2019 + r.below(6))
                    .targetPercent(BigDecimal.valueOf(unscaled, scale)).build();
        }));
        b.addAllIndicatorValues(slots(valueCount, MAX_SIZE, i -> {
            int total = r.below(1000);
            return IndicatorValue.builder().indicator(pick(IndicatorKind.class)).year(2019 + r.below(6))
                    .organizationId(optional(() -> pick(orgs))).total(total).involved(r.below(total + 1)).build();
        }));
        return b.build();
    }

    /** Four draws: one to three different people (fewer if there are fewer). */
    private List<String> mentees(List<String> people) {
        int count = 1 + r.below(3);
        List<String> out = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            int start = r.below(people.size());
            if (out.size() < Math.min(count, people.size())) {
                for (int k = 0; k < people.size(); k++) {
                    String candidate = people.get((start + k) % people.size());
                    if (!out.contains(candidate)) {
                        out.add(candidate);
                        break;
                    }
                }
            }
        }
        return out;
    }
}

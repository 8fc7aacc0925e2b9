package org.nastavnik.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.nastavnik.common.DateRange;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParser;

/**
 * Generates valid snapshots of varied size for property tests: every entity, optional fields
 * set at random, ids and texts with Cyrillic, quotes, backslashes, control characters and
 * characters outside the BMP, and roadmaps whose activities have real deadline phrases.
 */
public final class SnapshotGenerator {
    private static final LocalDate BASE = LocalDate.of(2019, 1, 1);
    private static final String CHARS = "azAZ09 -_./№«»\"\\\n\tЯяЁёЖж\u0001\u00a0";
    private static final String[] EMOJI = {"😀", "𝔸"};
    private static final List<String> DEADLINES = List.of("08.10.2020", "До 07.03.2022 года",
            "до 1 января 2021 года", "Май 2021 г.", "Март Июнь Октябрь 2021", "Март-апрель 2023 года",
            "4 квартал 2022 года", "В течение 2022 года", "ежеквартально", "Ежемесячно 25 числа каждого месяца",
            "Ежегодно, до 01 октября", "на 15.12.2020, ежеквартально",
            "В течение двух недель с даты определения модели", "Постоянно",
            "В течение всего периода реализации ЦМН", "По графику ГБОУ ИРО", "по отдельному графику",
            "2021-2022 учебный год", "по мере необходимости", "когда-нибудь потом", "2020-2024 гг.",
            "I полугодие 2021");
    private static final List<String> REGIONS = List.of("61", "42", "62", "31", "23", "01", "99");

    private final Random r;
    private final int size;

    private SnapshotGenerator(Random random, int size) {
        this.r = random;
        this.size = size;
    }

    /** @return valid snapshots, from nearly empty to a few dozen elements */
    public static Arbitrary<Snapshot> snapshots() {
        return Arbitraries.integers().between(0, 6)
                .flatMap(size -> Arbitraries.randomValue(random -> new SnapshotGenerator(random, size).snapshot()));
    }

    /** @return valid roadmaps */
    public static Arbitrary<Roadmap> roadmaps() {
        return Arbitraries.integers().between(0, 6)
                .flatMap(size -> Arbitraries.randomValue(random -> new SnapshotGenerator(random, size).roadmap("r")));
    }

    private int count() {
        return r.nextInt(size + 1);
    }

    private boolean maybe() {
        return r.nextBoolean();
    }

    private <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    private String text() {
        StringBuilder sb = new StringBuilder();
        int length = r.nextInt(8);
        for (int i = 0; i < length; i++) {
            if (r.nextInt(12) == 0) {
                sb.append(EMOJI[r.nextInt(EMOJI.length)]);
            } else {
                sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
            }
        }
        return sb.toString();
    }

    private String id(String prefix, int index) {
        return prefix + index + (maybe() ? "" : "-" + text());
    }

    private LocalDate date() {
        return BASE.plusDays(r.nextInt(2000));
    }

    private LocalDate notBefore(LocalDate date) {
        return date.plusDays(r.nextInt(400));
    }

    private Optional<String> optionalText() {
        return maybe() ? Optional.of(text()) : Optional.empty();
    }

    private Optional<LocalDate> optionalDate() {
        return maybe() ? Optional.of(date()) : Optional.empty();
    }

    private DateRange range() {
        LocalDate start = date();
        return DateRange.of(start, notBefore(start));
    }

    private DocumentRef document() {
        ImmutableDocumentRef.Builder b = DocumentRef.builder().number(optionalText()).date(optionalDate())
                .issuer(optionalText()).title(optionalText());
        if (maybe()) {
            b.kind(pick(DocumentKind.class));
        }
        return b.build();
    }

    private Optional<DocumentRef> optionalDocument() {
        return maybe() ? Optional.of(document()) : Optional.empty();
    }

    private Territory territory() {
        return Territory.builder().region(RegionCode.of(pick(REGIONS))).municipality(optionalText()).build();
    }

    Roadmap roadmap(String id) {
        ImmutableRoadmap.Builder b = Roadmap.builder().id(id).title(text()).issuer(optionalText())
                .level(pick(RoadmapLevel.class)).territory(territory()).approval(document())
                .appendixReference(optionalDocument()).period(maybe() ? Optional.of(range()) : Optional.empty())
                .place(optionalText()).signer(optionalText());
        for (int i = count(); i > 0; i--) {
            b.addSections(Section.builder().number(optionalText()).title(text()).build());
        }
        for (int i = count(); i > 0; i--) {
            b.addWorkingGroup(WorkingGroupMember.of(text(), text()));
        }
        for (int i = 0, n = count(); i < n; i++) {
            String cell = pick(DEADLINES);
            ImmutableActivity.Builder a = Activity.builder().number((1 + i / 3) + "." + (1 + i % 3))
                    .sectionNumber(optionalText()).title(text()).deadlineText(cell)
                    .deadline(DeadlineParser.parse(cell, DeadlineContext.none()))
                    .expectedResult(optionalText()).addressee(optionalText());
            for (int j = r.nextInt(3); j > 0; j--) {
                a.addResponsible(maybe() ? Responsible.person(text()) : Responsible.role(text()));
            }
            if (maybe()) {
                a.origin(pick(ActivityOrigin.class));
            }
            b.addActivities(a.build());
        }
        return b.build();
    }

    Snapshot snapshot() {
        LocalDate asOf = BASE.plusDays(1000 + r.nextInt(1000));
        ImmutableSnapshot.Builder b = Snapshot.builder().asOf(asOf).territory(territory());

        List<Roadmap> roadmaps = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            roadmaps.add(roadmap(id("rm", i)));
        }
        b.addAllRoadmaps(roadmaps);

        List<String> orgs = new ArrayList<>();
        for (int i = 0, n = 1 + count(); i < n; i++) {
            String id = id("org", i);
            orgs.add(id);
            ImmutableOrganization.Builder o = Organization.builder().id(id).name(text())
                    .kind(pick(OrganizationKind.class)).region(RegionCode.of(pick(REGIONS)))
                    .municipality(optionalText());
            if (maybe()) {
                o.implementsModel(maybe());
            }
            b.addOrganizations(o.build());
        }

        List<String> people = new ArrayList<>();
        for (int i = 0, n = 1 + count() * 2; i < n; i++) {
            String id = id("p", i);
            people.add(id);
            ImmutablePerson.Builder p = Person.builder().id(id).fullName(optionalText()).kind(pick(PersonKind.class))
                    .organizationId(pick(orgs));
            if (maybe()) {
                p.birthDate(asOf.minusDays(r.nextInt(20000)));
            }
            if (maybe()) {
                p.grade(1 + r.nextInt(11));
            }
            if (maybe()) {
                p.experienceYears(r.nextInt(40));
            }
            Set<ParticipantCategory> categories = EnumSet.noneOf(ParticipantCategory.class);
            for (int j = r.nextInt(3); j > 0; j--) {
                categories.add(pick(ParticipantCategory.class));
            }
            b.addPeople(p.categories(categories).build());
        }

        for (int i = count(); i > 0; i--) {
            LocalDate on = date();
            b.addCuratorAppointments(CuratorAppointment.builder().personId(pick(people)).organizationId(pick(orgs))
                    .order(document()).appointedOn(on)
                    .endedOn(maybe() ? Optional.of(notBefore(on)) : Optional.empty()).build());
        }
        for (int i = count(); i > 0; i--) {
            LocalDate on = date();
            b.addRegistry(RegistryEntry.builder().personId(pick(people)).organizationId(pick(orgs))
                    .role(pick(ParticipantRole.class))
                    .form(maybe() ? Optional.of(pick(MentoringForm.class)) : Optional.empty()).includedOn(on)
                    .excludedOn(maybe() ? Optional.of(notBefore(on)) : Optional.empty()).build());
        }
        for (int i = count(); i > 0; i--) {
            LocalDate on = date();
            b.addConsents(Consent.builder().personId(pick(people)).kind(pick(ConsentKind.class))
                    .givenBy(pick(ConsentGiver.class)).givenOn(on)
                    .withdrawnOn(maybe() ? Optional.of(notBefore(on)) : Optional.empty()).build());
        }
        for (int i = count(); i > 0; i--) {
            b.addFormAdoptions(FormAdoption.builder().organizationId(pick(orgs)).form(pick(MentoringForm.class))
                    .adoptedOn(date()).order(optionalDocument()).build());
        }

        List<String> programmes = new ArrayList<>();
        for (int i = 0, n = count(); i < n; i++) {
            String id = id("prog", i);
            programmes.add(id);
            b.addProgrammes(Programme.builder().id(id).organizationId(pick(orgs)).kind(pick(ProgrammeKind.class))
                    .period(range()).approvedOn(optionalDate()).build());
        }

        List<Mentorship> mentorships = new ArrayList<>();
        for (int i = 0, n = count(); i < n; i++) {
            LocalDate formed = date();
            List<String> mentees = new ArrayList<>(people);
            java.util.Collections.shuffle(mentees, r);
            Mentorship m = Mentorship.builder().id(id("pair", i)).organizationId(pick(orgs))
                    .form(pick(MentoringForm.class)).mentorId(pick(people))
                    .menteeIds(mentees.subList(0, 1 + r.nextInt(Math.min(3, mentees.size()))))
                    .formedOn(formed).completedOn(maybe() ? Optional.of(notBefore(formed)) : Optional.empty())
                    .approvalOrder(optionalDocument())
                    .programmeId(maybe() && !programmes.isEmpty() ? Optional.of(pick(programmes)) : Optional.empty())
                    .build();
            mentorships.add(m);
        }
        b.addAllMentorships(mentorships);

        if (!mentorships.isEmpty()) {
            for (int i = 0, n = count() * 2; i < n; i++) {
                Mentorship m = pick(mentorships);
                LocalDate last = m.completedOn().orElse(m.formedOn().plusDays(300));
                LocalDate on = m.formedOn().plusDays(r.nextInt((int) (last.toEpochDay() - m.formedOn().toEpochDay()) + 1));
                ImmutableMeeting.Builder meeting = Meeting.builder().id(id("meet", i)).mentorshipId(m.id())
                        .kind(pick(MeetingKind.class)).date(on);
                if (maybe()) {
                    meeting.confirmationFormFilled(maybe()).feedbackRecorded(maybe()).reflectionRecorded(maybe());
                }
                b.addMeetings(meeting.build());
            }
        }
        for (int i = count(); i > 0; i--) {
            b.addTrainings(MentorTraining.builder().personId(pick(people)).completedOn(date()).course(optionalText())
                    .build());
        }
        for (int i = 0, n = count(); i < n; i++) {
            b.addMonitoringReports(MonitoringReport.builder().id(id("mon", i)).organizationId(pick(orgs))
                    .kind(pick(MonitoringKind.class)).submittedOn(date())
                    .mentorshipId(maybe() && !mentorships.isEmpty() ? Optional.of(pick(mentorships).id())
                            : Optional.empty())
                    .covers(maybe() ? Optional.of(range()) : Optional.empty()).build());
        }
        for (int i = count(); i > 0; i--) {
            b.addListUpdates(ListUpdate.builder().organizationId(pick(orgs)).list(pick(ListKind.class))
                    .updatedOn(date()).build());
        }
        for (int i = count(); i > 0; i--) {
            b.addLocalActs(LocalAct.builder().organizationId(pick(orgs)).kind(pick(LocalActKind.class))
                    .adoptedOn(date()).document(optionalDocument()).build());
        }
        for (int i = 0, n = count(); i < n; i++) {
            LocalDate on = date();
            b.addAgreements(Agreement.builder().id(id("agr", i)).organizationId(pick(orgs)).partnerId(pick(orgs))
                    .signedOn(on).validUntil(maybe() ? Optional.of(notBefore(on)) : Optional.empty()).build());
        }
        List<Roadmap> withActivities = roadmaps.stream().filter(x -> !x.activities().isEmpty())
                .collect(java.util.stream.Collectors.toList());
        if (!withActivities.isEmpty()) {
            for (int i = count(); i > 0; i--) {
                Roadmap rm = pick(withActivities);
                b.addCompletions(Completion.builder().roadmapId(rm.id()).activityNumber(pick(rm.activities()).number())
                        .organizationId(maybe() ? Optional.of(pick(orgs)) : Optional.empty()).completedOn(date())
                        .document(optionalDocument()).build());
            }
        }
        for (int i = count(); i > 0; i--) {
            int scale = r.nextInt(3);
            int unscaled = r.nextInt(100 * (int) Math.pow(10, scale) + 1);
            b.addTargetIndicators(TargetIndicator.builder().indicator(pick(IndicatorKind.class))
                    .year(2019 + r.nextInt(6)).targetPercent(BigDecimal.valueOf(unscaled, scale)).build());
        }
        for (int i = count(); i > 0; i--) {
            int total = r.nextInt(1000);
            b.addIndicatorValues(IndicatorValue.builder().indicator(pick(IndicatorKind.class))
                    .year(2019 + r.nextInt(6)).organizationId(maybe() ? Optional.of(pick(orgs)) : Optional.empty())
                    .total(total).involved(r.nextInt(total + 1)).build());
        }
        return b.build();
    }
}

package org.nastavnik.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.model.Activity;
import org.nastavnik.model.Agreement;
import org.nastavnik.model.Completion;
import org.nastavnik.model.Consent;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.model.CuratorAppointment;
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
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.Responsible;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;

/**
 * Builds a {@link Snapshot} for a test in a few readable lines, with defaults for everything
 * the test does not care about.
 *
 * <pre>{@code
 * Snapshot s = Scenario.in(region("31"))
 *         .school("s1").curator("c1", "01.09.2022").adopts(TEACHER_TEACHER, "01.09.2022")
 *         .pair("p1", mentor("t1"), mentee("t2"), formed("20.09.2022"))
 *         .asOf("01.10.2022");
 * }</pre>
 *
 * <p>Conventions:
 * <ul>
 *   <li>Dates are written as the seed documents write them ({@code "01.09.2022"}) or in ISO
 *       form ({@code "2022-09-01"}).</li>
 *   <li>An organization ({@link #school}, {@link #college}, {@link #centre}, {@link #enterprise})
 *       becomes the <em>current</em> one: curators, forms, pairs, local acts and the like that
 *       follow belong to it.</li>
 *   <li>People are created on first mention, in the current organization, with a kind that
 *       suits the role: a mentor or mentee gets the first kind the pair's form admits (a
 *       teacher for {@code TEACHER_TEACHER}), a curator or a trained mentor a teacher, anyone
 *       else a teacher. {@link #person(String, PersonKind)} declares one explicitly.</li>
 *   <li>A pair's form defaults to the form its organization adopted last, else
 *       {@code TEACHER_TEACHER}; its formation date to that adoption's date, else the start
 *       date ({@link #DEFAULT_START}, 01.09.2022, unless {@link #startingOn(String)} says
 *       otherwise). A curator, form, act, list update or training without a date is dated the
 *       start date too.</li>
 *   <li>Records the test does not name get ids such as {@code pair-1}, {@code meeting-1},
 *       {@code report-1}, {@code agreement-1}, never one the test used.</li>
 *   <li>The snapshot is validated as a whole when it is made: a bad scenario (a meeting of an
 *       unknown pair, a date in impossible order) throws the model's
 *       {@link org.nastavnik.model.ValidationException}, naming the field and value.</li>
 * </ul>
 *
 * <p>A scenario is a mutable builder, not thread-safe; the snapshots it makes are immutable.
 * It needs no test framework, so property-based tests of any library can make one scenario per
 * generated value (see the package description).
 */
public final class Scenario {

    /** The start date used where a test gives none: 1 September 2022, the start of a school year. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2022, 9, 1);

    private final Territory territory;
    private LocalDate start = DEFAULT_START;
    private LocalDate latest;
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private String current;
    private final Map<String, PersonSpec> people = new LinkedHashMap<>();
    private final List<CuratorAppointment> curators = new ArrayList<>();
    private final List<FormAdoption> adoptions = new ArrayList<>();
    private final List<PairSpec> pairs = new ArrayList<>();
    private final List<MeetingSpec> meetings = new ArrayList<>();
    private final List<Consent> consents = new ArrayList<>();
    private final List<MentorTraining> trainings = new ArrayList<>();
    private final List<LocalAct> localActs = new ArrayList<>();
    private final List<AgreementSpec> agreements = new ArrayList<>();
    private final List<ReportSpec> reports = new ArrayList<>();
    private final List<ListUpdate> listUpdates = new ArrayList<>();
    private final List<Roadmap> roadmaps = new ArrayList<>();
    private final List<Completion> completions = new ArrayList<>();
    private final List<Consumer<ImmutableSnapshot.Builder>> extras = new ArrayList<>();

    private Scenario(Territory territory) {
        this.territory = Objects.requireNonNull(territory, "territory");
    }

    // ---------------------------------------------------------------- starting points

    /**
     * Starts a scenario in a territory.
     *
     * @param territory  the territory of the snapshot, such as {@code region("31")}, not null
     * @return a new scenario with no organizations
     */
    public static Scenario in(Territory territory) {
        return new Scenario(territory);
    }

    /**
     * Starts a scenario in a region.
     *
     * @param regionCode  the official region code, such as {@code "31"}, not null
     * @return a new scenario with no organizations
     * @throws IllegalArgumentException if the code is not two digits from 01 to 99
     */
    public static Scenario in(String regionCode) {
        return new Scenario(region(regionCode));
    }

    /**
     * @param regionCode  the official region code, such as {@code "31"} (Belgorod), not null
     * @return the territory of the whole region
     * @throws IllegalArgumentException if the code is not two digits from 01 to 99
     */
    public static Territory region(String regionCode) {
        return Territory.region(regionCode);
    }

    /**
     * @param regionCode  the official region code, not null
     * @param municipality  the municipality's name, such as {@code "Таштагольский район"}, not null
     * @return the territory of a municipality
     */
    public static Territory municipality(String regionCode, String municipality) {
        return Territory.municipality(regionCode, municipality);
    }

    /**
     * @param text  a date such as {@code "01.09.2022"} or {@code "2022-09-01"}, not null
     * @return the date
     * @throws IllegalArgumentException if the text is not a date in either form
     */
    public static LocalDate date(String text) {
        return Dates.parse(text, "date");
    }

    /**
     * Sets the date used where the test gives none (see the class description).
     *
     * @param date  such as {@code "01.09.2023"}, not null
     * @return this scenario
     */
    public Scenario startingOn(String date) {
        this.start = seen(Dates.parse(date, "start date"));
        return this;
    }

    // ---------------------------------------------------------------- organizations

    /**
     * Adds a school and makes it the current organization.
     *
     * @param id  its id, not blank
     * @return this scenario
     * @throws IllegalArgumentException if an organization with this id was added already
     */
    public Scenario school(String id) {
        return organization(id, OrganizationKind.SCHOOL, "Школа " + id);
    }

    /**
     * Adds a college (СПО) and makes it the current organization.
     *
     * @param id  its id, not blank
     * @return this scenario
     * @throws IllegalArgumentException if an organization with this id was added already
     */
    public Scenario college(String id) {
        return organization(id, OrganizationKind.COLLEGE, "Колледж " + id);
    }

    /**
     * Adds a mentoring centre (МНЦ) and makes it the current organization.
     *
     * @param id  its id, not blank
     * @return this scenario
     * @throws IllegalArgumentException if an organization with this id was added already
     */
    public Scenario centre(String id) {
        return organization(id, OrganizationKind.MENTORING_CENTRE, "Центр наставничества " + id);
    }

    /**
     * Adds an enterprise (a partner employer) and makes it the current organization.
     *
     * @param id  its id, not blank
     * @return this scenario
     * @throws IllegalArgumentException if an organization with this id was added already
     */
    public Scenario enterprise(String id) {
        return organization(id, OrganizationKind.ENTERPRISE, "Предприятие " + id);
    }

    /**
     * Adds an organization of any kind and makes it the current one. It lies in the scenario's
     * region and municipality and implements the model if it is educational.
     *
     * @param id  its id, not blank
     * @param kind  its kind, not null
     * @param name  its name, not blank
     * @return this scenario
     * @throws IllegalArgumentException if the id or name is blank, or an organization with this
     *     id was added already
     */
    public Scenario organization(String id, OrganizationKind kind, String name) {
        requireId(id, "organization id");
        Objects.requireNonNull(kind, "kind");
        requireId(name, "organization name");
        if (organizations.containsKey(id)) {
            throw new IllegalArgumentException("organization (" + id + ") was added twice; to switch to it, use at(\"" + id + "\")");
        }
        organizations.put(id, newOrganization(id, kind, name));
        current = id;
        return this;
    }

    private Organization newOrganization(String id, OrganizationKind kind, String name) {
        var b = Organization.builder().id(id).name(name).kind(kind).region(territory.region().orElseThrow(
                () -> new IllegalStateException("organization " + id + ": the scenario's territory has no region code; "
                        + "start it with Scenario.in(Territory.region(\"31\")) or similar")));
        territory.municipality().ifPresent(b::municipality);
        return b.build();
    }

    /**
     * Makes an organization added earlier the current one again.
     *
     * @param organizationId  the id of an organization of this scenario
     * @return this scenario
     * @throws IllegalArgumentException if no organization has this id
     */
    public Scenario at(String organizationId) {
        if (!organizations.containsKey(organizationId)) {
            throw new IllegalArgumentException("no organization has id (" + organizationId + "); known: "
                    + organizations.keySet());
        }
        current = organizationId;
        return this;
    }

    // ---------------------------------------------------------------- people

    /**
     * Declares a person of the current organization with a kind, overriding the kind a later or
     * earlier mention would give.
     *
     * @param id  the person's id, not blank
     * @param kind  the kind, not null
     * @return this scenario
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario person(String id, PersonKind kind) {
        requireId(id, "person id");
        Objects.requireNonNull(kind, "kind");
        PersonSpec p = people.computeIfAbsent(id, k -> new PersonSpec(id, kind, currentOrganization("person " + id)));
        p.kind = kind;
        return this;
    }

    /**
     * Declares a school student of the current organization, born on a date.
     *
     * @param id  the person's id, not blank
     * @param birthDate  such as {@code "15.03.2010"}, not null
     * @return this scenario
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario student(String id, String birthDate) {
        person(id, PersonKind.SCHOOL_STUDENT);
        people.get(id).birthDate = Dates.parse(birthDate, "birth date of " + id);
        return this;
    }

    /**
     * Declares a teacher of the current organization with years of experience.
     *
     * @param id  the person's id, not blank
     * @param experienceYears  years of teaching experience, not negative
     * @return this scenario
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario teacher(String id, int experienceYears) {
        person(id, PersonKind.TEACHER);
        people.get(id).experienceYears = experienceYears;
        return this;
    }

    private PersonSpec mention(String id, PersonKind kindIfNew) {
        requireId(id, "person id");
        return people.computeIfAbsent(id, k -> new PersonSpec(id, kindIfNew, currentOrganization("person " + id)));
    }

    // ---------------------------------------------------------------- set-up of an organization

    /**
     * Appoints a curator of the current organization by an order of that date, in force from then on.
     *
     * @param personId  the curator's id; a teacher is created if not mentioned before
     * @param from  the day of appointment, such as {@code "01.09.2022"}, not null
     * @return this scenario
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario curator(String personId, String from) {
        return curator(personId, from, null);
    }

    /**
     * Appoints a curator of the current organization for a time.
     *
     * @param personId  the curator's id; a teacher is created if not mentioned before
     * @param from  the day of appointment, not null
     * @param until  the last day in force, or null for open-ended
     * @return this scenario
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario curator(String personId, String from, String until) {
        String org = currentOrganization("curator " + personId);
        mention(personId, PersonKind.TEACHER);
        LocalDate on = seen(Dates.parse(from, "appointment date of curator " + personId));
        var b = CuratorAppointment.builder().personId(personId).organizationId(org)
                .order(DocumentRef.order(String.valueOf(curators.size() + 1), on)).appointedOn(on);
        if (until != null) {
            b.endedOn(seen(Dates.parse(until, "end date of curator " + personId)));
        }
        curators.add(b.build());
        return this;
    }

    /**
     * Records that the current organization determined (adopted) a form on a day: the start of
     * the pair-formation window.
     *
     * @param form  the form, not null
     * @param on  the day, such as {@code "01.09.2022"}, not null
     * @return this scenario
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario adopts(MentoringForm form, String on) {
        Objects.requireNonNull(form, "form");
        String org = currentOrganization("form adoption " + form);
        adoptions.add(FormAdoption.builder().organizationId(org).form(form)
                .adoptedOn(seen(Dates.parse(on, "adoption date of " + form))).build());
        return this;
    }

    /**
     * Records a local act of the current organization adopted on a day.
     *
     * @param kind  the kind of act, not null
     * @param adoptedOn  such as {@code "25.08.2022"}, not null
     * @return this scenario
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario localAct(LocalActKind kind, String adoptedOn) {
        Objects.requireNonNull(kind, "kind");
        String org = currentOrganization("local act " + kind);
        localActs.add(LocalAct.builder().organizationId(org).kind(kind)
                .adoptedOn(seen(Dates.parse(adoptedOn, "adoption date of " + kind))).build());
        return this;
    }

    /**
     * Records a cooperation agreement of the current organization with a partner; an
     * enterprise with the partner's id is added (without becoming current) if none exists.
     *
     * @param partnerId  the partner organization's id, not blank
     * @param signedOn  such as {@code "01.09.2022"}, not null
     * @return this scenario
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario agreement(String partnerId, String signedOn) {
        requireId(partnerId, "partner id");
        String org = currentOrganization("agreement with " + partnerId);
        agreements.add(new AgreementSpec(org, partnerId, seen(Dates.parse(signedOn, "signing date with " + partnerId))));
        return this;
    }

    /**
     * Records a monitoring report of the current organization.
     *
     * @param kind  interim, final or periodic, not null
     * @param submittedOn  such as {@code "25.10.2022"}, not null
     * @return this scenario
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario monitoring(MonitoringKind kind, String submittedOn) {
        return monitoring(kind, submittedOn, null);
    }

    /**
     * Records a monitoring report of the current organization about one pair or group.
     *
     * @param kind  interim, final or periodic, not null
     * @param submittedOn  such as {@code "25.10.2022"}, not null
     * @param mentorshipId  the pair's id, or null if the report is about the organization
     * @return this scenario
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario monitoring(MonitoringKind kind, String submittedOn, String mentorshipId) {
        Objects.requireNonNull(kind, "kind");
        String org = currentOrganization("monitoring report");
        reports.add(new ReportSpec(org, kind, seen(Dates.parse(submittedOn, "submission date of " + kind + " report")),
                mentorshipId));
        return this;
    }

    /**
     * Records that the current organization refreshed a list on a day.
     *
     * @param list  which list, not null
     * @param updatedOn  such as {@code "01.10.2022"}, not null
     * @return this scenario
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario listUpdate(ListKind list, String updatedOn) {
        Objects.requireNonNull(list, "list");
        String org = currentOrganization("list update " + list);
        listUpdates.add(ListUpdate.builder().organizationId(org).list(list)
                .updatedOn(seen(Dates.parse(updatedOn, "update date of " + list))).build());
        return this;
    }

    // ---------------------------------------------------------------- people's records

    /**
     * Records a consent given by the person themself (or, for a school student, by a legal
     * representative).
     *
     * @param personId  the person; a teacher is created if not mentioned before
     * @param kind  personal data or extra duties, not null
     * @param givenOn  such as {@code "05.09.2022"}, not null
     * @return this scenario
     */
    public Scenario consent(String personId, ConsentKind kind, String givenOn) {
        PersonSpec p = mention(personId, PersonKind.TEACHER);
        ConsentGiver giver = p.kind == PersonKind.SCHOOL_STUDENT ? ConsentGiver.LEGAL_REPRESENTATIVE : ConsentGiver.SELF;
        return consent(personId, kind, giver, givenOn);
    }

    /**
     * Records a consent.
     *
     * @param personId  the person; a teacher is created if not mentioned before
     * @param kind  personal data or extra duties, not null
     * @param givenBy  who gave it, not null
     * @param givenOn  such as {@code "05.09.2022"}, not null
     * @return this scenario
     */
    public Scenario consent(String personId, ConsentKind kind, ConsentGiver givenBy, String givenOn) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(givenBy, "givenBy");
        mention(personId, PersonKind.TEACHER);
        consents.add(Consent.builder().personId(personId).kind(kind).givenBy(givenBy)
                .givenOn(seen(Dates.parse(givenOn, "consent date of " + personId))).build());
        return this;
    }

    /**
     * Records that a mentor completed mentor training (Школа наставника).
     *
     * @param personId  the mentor; a teacher is created if not mentioned before
     * @param completedOn  such as {@code "30.08.2022"}, not null
     * @return this scenario
     */
    public Scenario training(String personId, String completedOn) {
        mention(personId, PersonKind.TEACHER);
        trainings.add(MentorTraining.builder().personId(personId)
                .completedOn(seen(Dates.parse(completedOn, "training date of " + personId))).build());
        return this;
    }

    // ---------------------------------------------------------------- pairs, groups, meetings

    /**
     * Adds a pair (or group, with several mentees) in the current organization.
     *
     * @param id  the pair's id, not blank
     * @param details  at least a {@link #mentor} and usually a {@link #mentee}; optionally
     *     {@link #formed}, {@link #completed}, {@link #form}
     * @return this scenario
     * @throws IllegalArgumentException if a detail is repeated or does not apply to a pair,
     *     or the mentor is missing
     * @throws IllegalStateException if no organization was added yet
     */
    public Scenario pair(String id, Detail... details) {
        requireId(id, "pair id");
        return addPair(id, details);
    }

    /**
     * Adds a pair with a generated id ({@code pair-1}, …).
     *
     * @param details  as for {@link #pair(String, Detail...)}
     * @return this scenario
     */
    public Scenario pair(Detail... details) {
        return addPair(null, details);
    }

    /**
     * Adds a group: the same as a pair, written for several mentees
     * ({@code group("g1", mentor("t1"), mentees("t2", "t3"))}).
     *
     * @param id  the group's id, not blank
     * @param details  as for {@link #pair(String, Detail...)}
     * @return this scenario
     */
    public Scenario group(String id, Detail... details) {
        return pair(id, details);
    }

    private Scenario addPair(String id, Detail[] details) {
        String org = currentOrganization("pair " + (id == null ? "" : id));
        PairSpec p = new PairSpec(id, org);
        for (Detail d : details) {
            Objects.requireNonNull(d, "detail");
            switch (d.kind) {
                case MENTOR -> p.mentor = once(p.mentor, d.text, d, id);
                case MENTEES -> p.mentees.addAll(d.texts);
                case FORMED -> p.formed = once(p.formed, d.date, d, id);
                case COMPLETED -> p.completed = once(p.completed, d.date, d, id);
                case FORM -> p.form = once(p.form, d.form, d, id);
                default -> throw new IllegalArgumentException(d + " applies to a meeting, not to pair ("
                        + (id == null ? "unnamed" : id) + ")");
            }
        }
        if (p.mentor == null) {
            throw new IllegalArgumentException("pair (" + (id == null ? "unnamed" : id) + ") has no mentor; add mentor(\"t1\")");
        }
        if (p.form == null) {
            p.form = adoptions.stream().filter(a -> a.organizationId().equals(org)).reduce((a, b) -> b)
                    .map(FormAdoption::form).orElse(MentoringForm.TEACHER_TEACHER);
        }
        if (p.formed == null) {
            MentoringForm form = p.form;
            p.formed = adoptions.stream().filter(a -> a.organizationId().equals(org) && a.form() == form)
                    .reduce((a, b) -> b).map(FormAdoption::adoptedOn).orElse(start);
        }
        seen(p.formed);
        if (p.completed != null) {
            seen(p.completed);
        }
        mention(p.mentor, first(p.form.mentorKinds()));
        p.mentees.forEach(m -> mention(m, first(p.form.menteeKinds())));
        pairs.add(p);
        return this;
    }

    private static <T> T once(T previous, T value, Detail d, String pairId) {
        if (previous != null) {
            throw new IllegalArgumentException(d + " is given twice for pair (" + (pairId == null ? "unnamed" : pairId) + ")");
        }
        return value;
    }

    private static PersonKind first(Set<PersonKind> kinds) {
        return Arrays.stream(PersonKind.values()).filter(kinds::contains).findFirst().orElse(PersonKind.OTHER);
    }

    /**
     * Records a meeting of a pair or group (the id is generated: {@code meeting-1}, …).
     *
     * @param mentorshipId  the pair's id, not blank
     * @param kind  the kind of meeting, not null
     * @param on  such as {@code "15.10.2022"}, not null
     * @param details  optionally {@link #confirmed()}, {@link #feedback()}, {@link #reflection()}
     * @return this scenario
     * @throws IllegalArgumentException if a detail applies to a pair, not a meeting
     */
    public Scenario meeting(String mentorshipId, MeetingKind kind, String on, Detail... details) {
        requireId(mentorshipId, "meeting's pair id");
        Objects.requireNonNull(kind, "kind");
        MeetingSpec m = new MeetingSpec(mentorshipId, kind, seen(Dates.parse(on, kind + " meeting date of " + mentorshipId)));
        for (Detail d : details) {
            switch (Objects.requireNonNull(d, "detail").kind) {
                case CONFIRMED -> m.confirmed = true;
                case FEEDBACK -> m.feedback = true;
                case REFLECTION -> m.reflection = true;
                default -> throw new IllegalArgumentException(d + " applies to a pair, not to a meeting of (" + mentorshipId + ")");
            }
        }
        meetings.add(m);
        return this;
    }

    // ---------------------------------------------------------------- roadmaps

    /**
     * Adds a roadmap as it is.
     *
     * @param roadmap  a roadmap, such as one read by {@link org.nastavnik.roadmap.RoadmapReader}, not null
     * @return this scenario
     */
    public Scenario roadmap(Roadmap roadmap) {
        roadmaps.add(Objects.requireNonNull(roadmap, "roadmap"));
        return this;
    }

    /**
     * Adds a minimal roadmap of the scenario's territory: municipal if the territory is a
     * municipality, else regional; approved by order № 1 on the start date; no period.
     *
     * @param id  the roadmap's id, not blank
     * @param activities  its activities, such as {@code activity("1.1", "Назначить кураторов", "до 01.10.2022")}
     * @return this scenario
     */
    public Scenario roadmap(String id, Activity... activities) {
        requireId(id, "roadmap id");
        roadmaps.add(Roadmap.builder().id(id).title("Дорожная карта " + id)
                .level(territory.municipality().isPresent() ? RoadmapLevel.MUNICIPAL : RoadmapLevel.REGIONAL)
                .territory(territory).approval(DocumentRef.order("1", start))
                .addActivities(activities).build());
        return this;
    }

    /**
     * A roadmap activity with every field a quality rule looks for: a responsible role
     * («Руководители ОО») and an expected result («Приказ»).
     *
     * @param number  such as {@code "1.1"}, not blank
     * @param title  what is to be done, not blank
     * @param deadline  the deadline as a document writes it, such as {@code "до 01.10.2022"} or {@code "Ежеквартально"}
     * @return the activity; an unreadable deadline is kept as unrecognized
     */
    public static Activity activity(String number, String title, String deadline) {
        return Activity.builder().number(number).title(title).deadlineText(deadline)
                .deadline(DeadlineParser.parse(deadline)).addResponsible(Responsible.role("Руководители ОО"))
                .expectedResult("Приказ").build();
    }

    /**
     * Records that an activity of a roadmap was done.
     *
     * @param roadmapId  the roadmap's id, not blank
     * @param activityNumber  the activity's number, such as {@code "1.1"}, not blank
     * @param on  such as {@code "30.09.2022"}, not null
     * @return this scenario
     */
    public Scenario completion(String roadmapId, String activityNumber, String on) {
        completions.add(Completion.builder().roadmapId(roadmapId).activityNumber(activityNumber)
                .completedOn(seen(Dates.parse(on, "completion date of " + roadmapId + "/" + activityNumber))).build());
        return this;
    }

    /**
     * Changes the snapshot builder directly, for records this class has no method for (the
     * registry, programmes, indicators). Runs when the snapshot is made, after everything else
     * is added.
     *
     * @param change  the change, not null
     * @return this scenario
     */
    public Scenario with(Consumer<ImmutableSnapshot.Builder> change) {
        extras.add(Objects.requireNonNull(change, "change"));
        return this;
    }

    // ---------------------------------------------------------------- details of pairs and meetings

    /**
     * @param personId  the mentor's id
     * @return the mentor of a pair
     */
    public static Detail mentor(String personId) {
        return new Detail(DetailKind.MENTOR, requireId(personId, "mentor id"), null, null, null);
    }

    /**
     * @param personId  a mentee's id
     * @return a mentee of a pair; several may be given
     */
    public static Detail mentee(String personId) {
        return new Detail(DetailKind.MENTEES, null, List.of(requireId(personId, "mentee id")), null, null);
    }

    /**
     * @param personIds  the mentees' ids
     * @return the mentees of a group
     */
    public static Detail mentees(String... personIds) {
        List<String> ids = List.of(personIds);
        ids.forEach(id -> requireId(id, "mentee id"));
        return new Detail(DetailKind.MENTEES, null, ids, null, null);
    }

    /**
     * @param date  such as {@code "20.09.2022"}
     * @return the day a pair was formed
     * @throws IllegalArgumentException if the text is not a date
     */
    public static Detail formed(String date) {
        return new Detail(DetailKind.FORMED, null, null, Dates.parse(date, "formation date"), null);
    }

    /**
     * @param date  such as {@code "31.05.2023"}
     * @return the day a pair completed its programme
     * @throws IllegalArgumentException if the text is not a date
     */
    public static Detail completed(String date) {
        return new Detail(DetailKind.COMPLETED, null, null, Dates.parse(date, "completion date"), null);
    }

    /**
     * @param form  the form of a pair, not null
     * @return the form, when it is not the one adopted last
     */
    public static Detail form(MentoringForm form) {
        return new Detail(DetailKind.FORM, null, null, null, Objects.requireNonNull(form, "form"));
    }

    /** @return a meeting whose confirmation form was filled in */
    public static Detail confirmed() {
        return new Detail(DetailKind.CONFIRMED, null, null, null, null);
    }

    /** @return a meeting whose feedback was recorded */
    public static Detail feedback() {
        return new Detail(DetailKind.FEEDBACK, null, null, null, null);
    }

    /** @return a (final) meeting whose reflection was recorded */
    public static Detail reflection() {
        return new Detail(DetailKind.REFLECTION, null, null, null, null);
    }

    /** A detail of a pair or a meeting, made by the static methods of {@link Scenario}. */
    public static final class Detail {
        private final DetailKind kind;
        private final String text;
        private final List<String> texts;
        private final LocalDate date;
        private final MentoringForm form;

        private Detail(DetailKind kind, String text, List<String> texts, LocalDate date, MentoringForm form) {
            this.kind = kind;
            this.text = text;
            this.texts = texts;
            this.date = date;
            this.form = form;
        }

        /** @return the detail as the test wrote it, such as {@code formed(2022-09-20)} */
        @Override
        public String toString() {
            Object value = text != null ? text : texts != null ? texts : date != null ? date : form != null ? form : "";
            return kind.name().toLowerCase(java.util.Locale.ROOT) + "(" + value + ")";
        }
    }

    private enum DetailKind { MENTOR, MENTEES, FORMED, COMPLETED, FORM, CONFIRMED, FEEDBACK, REFLECTION }

    // ---------------------------------------------------------------- making the snapshot

    /**
     * Makes the snapshot as of the latest date the scenario mentions (or the start date if none).
     *
     * @return the snapshot
     * @throws org.nastavnik.model.ValidationException if the scenario is not a valid snapshot;
     *     the message lists every problem with its field and value
     */
    public Snapshot snapshot() {
        return build(latest == null ? start : latest);
    }

    /**
     * Makes the snapshot as of a date.
     *
     * @param date  such as {@code "01.10.2022"}, not null
     * @return the snapshot
     * @throws org.nastavnik.model.ValidationException if the scenario is not a valid snapshot
     */
    public Snapshot asOf(String date) {
        return build(Dates.parse(date, "snapshot date"));
    }

    /**
     * Checks the scenario as of a date with the engine of its region, found as for
     * {@link NastavnikTest#region()}: its built-in profile, a profile or packs on the class path;
     * a region with none of these is refused, never checked against the federal rules silently.
     *
     * @param date  the day to check as of, such as {@code "01.10.2022"}, not null
     * @return the report
     * @throws org.nastavnik.model.ValidationException if the scenario is not a valid snapshot
     * @throws IllegalArgumentException if the region has no rules of its own
     */
    public ComplianceReport checkAsOf(String date) {
        return check(RegionEngines.engineFor(territory.region().orElse(null)), date);
    }

    /**
     * Checks the scenario as of a date with an engine.
     *
     * @param engine  the engine, not null
     * @param date  the day to check as of, such as {@code "01.10.2022"}, not null
     * @return the report
     * @throws org.nastavnik.model.ValidationException if the scenario is not a valid snapshot
     */
    public ComplianceReport check(ComplianceEngine engine, String date) {
        Objects.requireNonNull(engine, "engine");
        Snapshot s = asOf(date);
        return engine.check(s, s.asOf());
    }

    private Snapshot build(LocalDate asOf) {
        ImmutableSnapshot.Builder b = Snapshot.builder().asOf(asOf).territory(territory);
        Map<String, Organization> orgs = new LinkedHashMap<>(organizations);
        for (AgreementSpec a : agreements) {
            orgs.computeIfAbsent(a.partnerId, id -> newOrganization(id, OrganizationKind.ENTERPRISE, "Предприятие " + id));
        }
        b.addAllOrganizations(orgs.values());
        for (PersonSpec p : people.values()) {
            var pb = Person.builder().id(p.id).kind(p.kind).organizationId(p.organizationId);
            if (p.birthDate != null) {
                pb.birthDate(p.birthDate);
            }
            if (p.experienceYears != null) {
                pb.experienceYears(p.experienceYears);
            }
            b.addPeople(pb.build());
        }
        b.addAllCuratorAppointments(curators).addAllFormAdoptions(adoptions);
        Ids pairIds = new Ids("pair-", pairs.stream().map(p -> p.id).filter(Objects::nonNull).toList());
        for (PairSpec p : pairs) {
            var mb = Mentorship.builder().id(p.id != null ? p.id : pairIds.next()).organizationId(p.organizationId)
                    .form(p.form).mentorId(p.mentor).menteeIds(p.mentees).formedOn(p.formed);
            if (p.completed != null) {
                mb.completedOn(p.completed);
            }
            b.addMentorships(mb.build());
        }
        Ids meetingIds = new Ids("meeting-", List.of());
        for (MeetingSpec m : meetings) {
            b.addMeetings(Meeting.builder().id(meetingIds.next()).mentorshipId(m.mentorshipId).kind(m.kind).date(m.date)
                    .confirmationFormFilled(m.confirmed).feedbackRecorded(m.feedback).reflectionRecorded(m.reflection)
                    .build());
        }
        b.addAllConsents(consents).addAllTrainings(trainings).addAllLocalActs(localActs);
        Ids agreementIds = new Ids("agreement-", List.of());
        for (AgreementSpec a : agreements) {
            b.addAgreements(Agreement.builder().id(agreementIds.next()).organizationId(a.organizationId)
                    .partnerId(a.partnerId).signedOn(a.signedOn).build());
        }
        Ids reportIds = new Ids("report-", List.of());
        for (ReportSpec r : reports) {
            var rb = MonitoringReport.builder().id(reportIds.next()).organizationId(r.organizationId).kind(r.kind)
                    .submittedOn(r.submittedOn);
            if (r.mentorshipId != null) {
                rb.mentorshipId(r.mentorshipId);
            }
            b.addMonitoringReports(rb.build());
        }
        b.addAllListUpdates(listUpdates).addAllRoadmaps(roadmaps).addAllCompletions(completions);
        extras.forEach(e -> e.accept(b));
        return b.build();
    }

    // ---------------------------------------------------------------- helpers

    private String currentOrganization(String what) {
        if (current == null) {
            throw new IllegalStateException(what + " needs an organization; add one first, such as school(\"s1\")");
        }
        return current;
    }

    private LocalDate seen(LocalDate date) {
        if (latest == null || date.isAfter(latest)) {
            latest = date;
        }
        return date;
    }

    private static String requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " (" + id + ") must not be blank");
        }
        return id;
    }

    /** Generated ids: prefix and a counter, skipping the ids the test named. */
    private static final class Ids {
        private final String prefix;
        private final List<String> taken;
        private int n;

        Ids(String prefix, List<String> taken) {
            this.prefix = prefix;
            this.taken = taken;
        }

        String next() {
            String id;
            do {
                id = prefix + ++n;
            } while (taken.contains(id));
            return id;
        }
    }

    private static final class PersonSpec {
        final String id;
        final String organizationId;
        PersonKind kind;
        LocalDate birthDate;
        Integer experienceYears;

        PersonSpec(String id, PersonKind kind, String organizationId) {
            this.id = id;
            this.kind = kind;
            this.organizationId = organizationId;
        }
    }

    private static final class PairSpec {
        final String id;
        final String organizationId;
        String mentor;
        final List<String> mentees = new ArrayList<>();
        LocalDate formed;
        LocalDate completed;
        MentoringForm form;

        PairSpec(String id, String organizationId) {
            this.id = id;
            this.organizationId = organizationId;
        }
    }

    private static final class MeetingSpec {
        final String mentorshipId;
        final MeetingKind kind;
        final LocalDate date;
        boolean confirmed;
        boolean feedback;
        boolean reflection;

        MeetingSpec(String mentorshipId, MeetingKind kind, LocalDate date) {
            this.mentorshipId = mentorshipId;
            this.kind = kind;
            this.date = date;
        }
    }

    private record AgreementSpec(String organizationId, String partnerId, LocalDate signedOn) {
    }

    private record ReportSpec(String organizationId, MonitoringKind kind, LocalDate submittedOn, String mentorshipId) {
    }
}

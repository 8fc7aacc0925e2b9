package org.nastavnik.model;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything known about one territory as of a date: its roadmaps, organizations, people and
 * their roles, forms adopted, mentorships, meetings, trainings, programmes, monitoring, local
 * acts, agreements, completions of roadmap activities and indicators. The unit that the
 * compliance rules check.
 *
 * <p>Building a snapshot validates it as a whole: dangling references, duplicate ids and dates
 * in impossible order make {@link ImmutableSnapshot.Builder#build()} throw one
 * {@link ValidationException} that lists every problem with the path of the offending field.
 *
 * <pre>{@code
 * Snapshot snapshot = Snapshot.builder()
 *         .asOf(LocalDate.of(2022, 10, 1))
 *         .territory(Territory.municipality("31", "город Белгород"))
 *         .addOrganizations(Organization.builder().id("s1").name("МБОУ СОШ № 12")
 *                 .kind(OrganizationKind.SCHOOL).region("31").build())
 *         .addPeople(Person.builder().id("t1").kind(PersonKind.TEACHER).organizationId("s1").build())
 *         .build();                        // ValidationException: every problem, with its path
 * Snapshot read = JsonDocument.SNAPSHOT.read(Path.of("snapshot.json"));   // the same, from JSON
 * }</pre>
 */
@Value.Immutable
public abstract class Snapshot {

    /** @return the day the data is as of */
    public abstract LocalDate asOf();

    /** @return the territory the data covers */
    public abstract Territory territory();

    /** @return the roadmaps in force on the territory */
    public abstract List<Roadmap> roadmaps();

    /** @return the organizations */
    public abstract List<Organization> organizations();

    /** @return the people */
    public abstract List<Person> people();

    /** @return the curators' appointments */
    public abstract List<CuratorAppointment> curatorAppointments();

    /** @return the entries of the bases of mentors and mentees */
    public abstract List<RegistryEntry> registry();

    /** @return the consents given */
    public abstract List<Consent> consents();

    /** @return the forms determined by organizations */
    public abstract List<FormAdoption> formAdoptions();

    /** @return the mentoring pairs and groups */
    public abstract List<Mentorship> mentorships();

    /** @return the meetings of pairs and groups */
    public abstract List<Meeting> meetings();

    /** @return the mentors' trainings */
    public abstract List<MentorTraining> trainings();

    /** @return the mentoring programmes and personalised programmes */
    public abstract List<Programme> programmes();

    /** @return the monitoring reports */
    public abstract List<MonitoringReport> monitoringReports();

    /** @return the updates of lists the organizations keep */
    public abstract List<ListUpdate> listUpdates();

    /** @return the local acts adopted */
    public abstract List<LocalAct> localActs();

    /** @return the cooperation agreements with partners */
    public abstract List<Agreement> agreements();

    /** @return the completions of roadmap activities */
    public abstract List<Completion> completions();

    /** @return the target values of indicators */
    public abstract List<TargetIndicator> targetIndicators();

    /** @return the measured values of indicators */
    public abstract List<IndicatorValue> indicatorValues();

    /**
     * A new builder. Required: {@code asOf}, {@code territory}; every other attribute is optional or has a default.
     * {@code build()} throws one {@link ValidationException} listing every required attribute not set, or else every
     * attribute or element set to {@code null} and every other problem of the value.
     *
     * @return a new builder
     */
    public static ImmutableSnapshot.Builder builder() {
        return ImmutableSnapshot.builder();
    }

    @Value.Check
    void validate() {
        Attributes.require(this, "asOf", asOf(), "territory", territory(), "roadmaps", roadmaps(),
                "organizations", organizations(), "people", people(), "curatorAppointments", curatorAppointments(),
                "registry", registry(), "consents", consents(), "formAdoptions", formAdoptions(),
                "mentorships", mentorships(), "meetings", meetings(), "trainings", trainings(),
                "programmes", programmes(), "monitoringReports", monitoringReports(), "listUpdates", listUpdates(),
                "localActs", localActs(), "agreements", agreements(), "completions", completions(),
                "targetIndicators", targetIndicators(), "indicatorValues", indicatorValues());
        List<Problem> problems = SnapshotValidator.validate(this);
        if (!problems.isEmpty()) {
            throw new ValidationException("snapshot", problems);
        }
    }
}

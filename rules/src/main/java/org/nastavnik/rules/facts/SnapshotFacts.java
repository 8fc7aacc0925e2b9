package org.nastavnik.rules.facts;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.nastavnik.model.Agreement;
import org.nastavnik.model.Completion;
import org.nastavnik.model.Consent;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.IndicatorValue;
import org.nastavnik.model.ListUpdate;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MentorTraining;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.MonitoringReport;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Person;
import org.nastavnik.model.Programme;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.TargetIndicator;
import org.nastavnik.model.Territory;

/**
 * The records of a snapshot that go into a session, kind by kind in a fixed order. Rules match
 * these types and the facts {@link DerivedFacts} derives from them.
 */
final class SnapshotFacts {

    /** A kind of record: the model type rules are written against, and where a snapshot holds them. */
    private record Kind(Class<?> type, Function<Snapshot, List<?>> records) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(Organization.class, Snapshot::organizations),
            new Kind(Person.class, Snapshot::people),
            new Kind(CuratorAppointment.class, Snapshot::curatorAppointments),
            new Kind(RegistryEntry.class, Snapshot::registry),
            new Kind(Consent.class, Snapshot::consents),
            new Kind(FormAdoption.class, Snapshot::formAdoptions),
            new Kind(Mentorship.class, Snapshot::mentorships),
            new Kind(Meeting.class, Snapshot::meetings),
            new Kind(MentorTraining.class, Snapshot::trainings),
            new Kind(Programme.class, Snapshot::programmes),
            new Kind(MonitoringReport.class, Snapshot::monitoringReports),
            new Kind(ListUpdate.class, Snapshot::listUpdates),
            new Kind(LocalAct.class, Snapshot::localActs),
            new Kind(Agreement.class, Snapshot::agreements),
            new Kind(Completion.class, Snapshot::completions),
            new Kind(TargetIndicator.class, Snapshot::targetIndicators),
            new Kind(IndicatorValue.class, Snapshot::indicatorValues),
            new Kind(Roadmap.class, Snapshot::roadmaps));

    private SnapshotFacts() {
    }

    /**
     * Adds the records of the kinds some rule matches, list by list: a record no rule matches is
     * not even looked at (a check of a few rules would otherwise read every person and consent).
     * Rules are written against the model's types ({@code Meeting}, not its implementation), so
     * a list's declared type decides.
     */
    static void addMatched(Snapshot s, FactTypes types, List<Object> facts) {
        if (types.matchesClass(Territory.class)) {
            facts.add(s.territory());
        }
        for (Kind k : KINDS) {
            List<?> records = k.records().apply(s);
            if (!records.isEmpty() && types.matchesClass(k.type())) {
                facts.addAll(records);
            }
        }
    }

    /** Passes every record of the snapshot on, the territory first. */
    static void insert(Snapshot s, Consumer<Object> insert) {
        insert.accept(s.territory());
        for (Kind k : KINDS) {
            k.records().apply(s).forEach(insert);
        }
    }
}

package org.nastavnik.rules.facts;

import java.util.List;
import java.util.function.Consumer;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.nastavnik.model.Snapshot;

/**
 * The facts a check puts into a Drools session: the snapshot's records of the kinds some rule
 * matches, and the facts derived from them ({@link RoadmapActivity}, {@link MentorshipMeetings},
 * {@link PairedMentee}, {@link PairParticipant}, {@link FormedPairs}, {@link RecordedEvents}).
 * The one entry of this package's machinery, called by the engine; rule authors only match the
 * derived facts.
 */
public final class Facts {

    private final FactTypes types;

    private Facts(FactTypes types) {
        this.types = types;
    }

    /**
     * @param kieBase  a knowledge base, not null
     * @return the facts that the rules of the knowledge base match; others are never inserted
     */
    public static Facts matchedBy(KieBase kieBase) {
        return new Facts(FactTypes.of(kieBase));
    }

    /**
     * Adds the facts of a one-shot check: the records some rule matches, then the facts derived
     * from the whole snapshot.
     *
     * @param snapshot  the snapshot, not null
     * @param out  receives the facts
     */
    public void addAll(Snapshot snapshot, List<Object> out) {
        SnapshotFacts.addMatched(snapshot, types, out); // a fact no rule matches would only cost time and memory
        DerivedFacts.of(types).insertAll(snapshot, out::add);
    }

    /**
     * @param record  a record of a snapshot, not null
     * @return whether some rule may match it, so that it is worth inserting
     */
    public boolean matches(Object record) {
        return types.matches(record);
    }

    /**
     * Passes every record of a snapshot on, the territory first, kind by kind in a fixed order.
     *
     * @param snapshot  the snapshot, not null
     * @param record  receives each record
     */
    public static void forEachRecord(Snapshot snapshot, Consumer<Object> record) {
        SnapshotFacts.insert(snapshot, record);
    }

    /** @return fresh derivations for a long-lived session, which counts records in and out */
    public Live live() {
        return new Live(DerivedFacts.of(types));
    }

    /**
     * The derived facts of a long-lived session: records are counted in and out as they change,
     * and {@link #flush(KieSession)} inserts, updates and deletes only the derived facts that
     * changed. Not thread-safe.
     */
    public static final class Live {

        private final DerivedFacts derived;

        private Live(DerivedFacts derived) {
            this.derived = derived;
        }

        /**
         * Counts a record in.
         *
         * @param record  the record, not null
         */
        public void add(Object record) {
            derived.add(record);
        }

        /**
         * Counts a record out; it must have been counted in.
         *
         * @param record  the record, not null
         */
        public void remove(Object record) {
            derived.remove(record);
        }

        /**
         * Brings the session's derived facts up to date with the records counted since the last flush.
         *
         * @param session  the session, not null
         */
        public void flush(KieSession session) {
            derived.flush(session);
        }
    }
}

package org.nastavnik.rules;

import java.util.Objects;
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
import org.nastavnik.model.TargetIndicator;

/**
 * One change to the data a {@link ComplianceSession} holds: a record put (added, or replacing
 * the record with the same identity) or removed. Immutable.
 *
 * <p>A record's identity is its id for records that have one (organizations, people,
 * mentorships, meetings, programmes, monitoring reports, agreements, roadmaps); the person,
 * organization and start date for a curator's appointment; the organization, form and date for
 * a form adoption; the whole value for every other record. So a pair that completes is
 * {@code put} again with its {@code completedOn}, and a curator whose appointment ends is
 * {@code put} again with its {@code endedOn}.
 *
 * <pre>{@code
 * session.apply(Change.put(meeting));
 * session.apply(Change.remove(oldAppointment));
 * }</pre>
 */
public final class Change {

    /** What a change does. */
    public enum Kind {
        /** Adds the record, or replaces the record with the same identity. */
        PUT,
        /** Removes the record with the same identity. */
        REMOVE
    }

    private final Kind kind;
    private final Object record;

    private Change(Kind kind, Object record) {
        this.kind = kind;
        this.record = requireRecord(record);
    }

    /**
     * @param record  a record of a snapshot, such as a {@link Mentorship} or a {@link Meeting}, not null
     * @return a change that adds the record or replaces the one with the same identity
     * @throws IllegalArgumentException if the record is not of a type a snapshot holds
     */
    public static Change put(Object record) {
        return new Change(Kind.PUT, record);
    }

    /**
     * @param record  a record of a snapshot, not null; only its identity matters
     * @return a change that removes the record with the same identity
     * @throws IllegalArgumentException if the record is not of a type a snapshot holds
     */
    public static Change remove(Object record) {
        return new Change(Kind.REMOVE, record);
    }

    /**
     * @param mentorship  the pair or group formed (or changed, such as completed), not null
     * @return a change that puts it
     */
    public static Change pairFormed(Mentorship mentorship) {
        return put(mentorship);
    }

    /**
     * @param meeting  the meeting recorded, not null
     * @return a change that puts it
     */
    public static Change meetingRecorded(Meeting meeting) {
        return put(meeting);
    }

    /**
     * @param appointment  the curator's appointment (or its end, with {@code endedOn}), not null
     * @return a change that puts it
     */
    public static Change curatorAppointed(CuratorAppointment appointment) {
        return put(appointment);
    }

    /**
     * @param adoption  the form determined by an organization, not null
     * @return a change that puts it
     */
    public static Change formAdopted(FormAdoption adoption) {
        return put(adoption);
    }

    /** @return what the change does */
    public Kind kind() {
        return kind;
    }

    /** @return the record */
    public Object record() {
        return record;
    }

    private static Object requireRecord(Object record) {
        Objects.requireNonNull(record, "record");
        if (FactKeys.key(record) == null) {
            throw new IllegalArgumentException("a change holds a record of a snapshot, such as a Mentorship or a "
                    + "Meeting; got a " + record.getClass().getName());
        }
        return record;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Change c && kind == c.kind && record.equals(c.record);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + record.hashCode();
    }

    /** @return the kind and the record's identity (ids only, never names) */
    @Override
    public String toString() {
        return kind + " " + FactKeys.key(record);
    }

    /** Identities of snapshot records; null for an object that is not one. */
    static final class FactKeys {
        private FactKeys() {
        }

        static Object key(Object r) {
            String kind = kind(r);
            if (kind == null) {
                return null;
            }
            Object id = id(r);
            return id == r ? r : kind + ":" + id;
        }

        /**
         * @return the kind of a record, such as {@code "mentorship"}, the first part of its key;
         *     null for an object that is not a record
         */
        static String kind(Object r) {
            if (r instanceof Mentorship) {
                return "mentorship";
            } else if (r instanceof Meeting) {
                return "meeting";
            } else if (r instanceof Person) {
                return "person";
            } else if (r instanceof Organization) {
                return "organization";
            } else if (r instanceof CuratorAppointment) {
                return "curator";
            } else if (r instanceof FormAdoption) {
                return "adoption";
            } else if (r instanceof Programme) {
                return "programme";
            } else if (r instanceof MonitoringReport) {
                return "monitoring";
            } else if (r instanceof Agreement) {
                return "agreement";
            } else if (r instanceof Roadmap) {
                return "roadmap";
            } else if (r instanceof RegistryEntry || r instanceof Consent || r instanceof MentorTraining
                    || r instanceof ListUpdate || r instanceof LocalAct || r instanceof Completion
                    || r instanceof TargetIndicator || r instanceof IndicatorValue
                    || r instanceof org.nastavnik.model.Territory) {
                return "value";
            }
            return null;
        }

        /**
         * @return a record's identity within its {@linkplain #kind kind}: its id (the record's own
         *     string, no copy), the parts that identify it, or the record itself for records
         *     identified by their value
         */
        static Object id(Object r) {
            if (r instanceof Mentorship m) {
                return m.id();
            } else if (r instanceof Meeting m) {
                return m.id();
            } else if (r instanceof Person p) {
                return p.id();
            } else if (r instanceof Organization o) {
                return o.id();
            } else if (r instanceof CuratorAppointment c) {
                return c.organizationId() + "|" + c.personId() + "|" + c.appointedOn();
            } else if (r instanceof FormAdoption a) {
                return a.organizationId() + "|" + a.form() + "|" + a.adoptedOn();
            } else if (r instanceof Programme p) {
                return p.id();
            } else if (r instanceof MonitoringReport m) {
                return m.id();
            } else if (r instanceof Agreement a) {
                return a.id();
            } else if (r instanceof Roadmap m) {
                return m.id();
            }
            return r;
        }
    }
}

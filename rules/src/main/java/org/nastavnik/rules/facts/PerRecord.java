package org.nastavnik.rules.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.nastavnik.model.Snapshot;

/**
 * Facts derived from one record each, keyed by the record's id: the activities of a roadmap, the
 * mentees of a pair.
 *
 * @param <R>  the kind of record
 */
final class PerRecord<R> extends Derivation {

    private final Class<R> recordType;
    private final Class<?> factClass;
    private final Function<R, String> id;
    private final Function<Snapshot, List<R>> records;
    private final Function<R, List<?>> derive;
    private final Map<String, R> byId = new HashMap<>();

    /**
     * @param recordType  the records' type
     * @param factClass  the facts' class
     * @param id  a record's id
     * @param records  where a snapshot holds the records
     * @param derive  the facts of one record
     */
    PerRecord(Class<R> recordType, Class<?> factClass, Function<R, String> id, Function<Snapshot, List<R>> records,
            Function<R, List<?>> derive) {
        this.recordType = recordType;
        this.factClass = factClass;
        this.id = id;
        this.records = records;
        this.derive = derive;
    }

    @Override
    Class<?> factClass() {
        return factClass;
    }

    @Override
    void deriveAll(Snapshot snapshot, Consumer<Object> out) {
        for (R r : records.apply(snapshot)) {
            derive.apply(r).forEach(out);
        }
    }

    @Override
    void add(Object record) {
        if (recordType.isInstance(record)) {
            R r = recordType.cast(record);
            byId.put(id.apply(r), r);
            changed(id.apply(r));
        }
    }

    @Override
    void remove(Object record) {
        if (recordType.isInstance(record)) {
            String key = id.apply(recordType.cast(record));
            byId.remove(key);
            changed(key);
        }
    }

    @Override
    List<?> facts(Object key) {
        R r = byId.get(key);
        return r == null ? List.of() : derive.apply(r);
    }
}

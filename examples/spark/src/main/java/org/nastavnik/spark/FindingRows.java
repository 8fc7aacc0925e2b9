package org.nastavnik.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.nastavnik.common.Language;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.SubjectRef;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A {@link Finding} as a row with the fields, names and order of a finding in the report's JSON
 * ({@code org.nastavnik.rules.json.ReportJson}): {@code Dataset.toJSON()} of these rows gives
 * the objects of the report's {@code "findings"} array.
 */
final class FindingRows {

    private static final StructType TEXTS = texts();

    /** The schema of a finding row. */
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("key", DataTypes.StringType, false),
        DataTypes.createStructField("ruleId", DataTypes.StringType, false),
        DataTypes.createStructField("severity", DataTypes.StringType, false),
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("subjects", new ArrayType(new StructType(new StructField[] {
            DataTypes.createStructField("type", DataTypes.StringType, false),
            DataTypes.createStructField("id", DataTypes.StringType, false)}), false), false),
        DataTypes.createStructField("evidence",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false),
        DataTypes.createStructField("keyEvidence", new ArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("dueDate", DataTypes.StringType, true),
        DataTypes.createStructField("source", new StructType(new StructField[] {
            DataTypes.createStructField("document", DataTypes.StringType, false),
            DataTypes.createStructField("clause", DataTypes.StringType, false)}), false),
        DataTypes.createStructField("message", TEXTS, false),
        DataTypes.createStructField("explanation", TEXTS, false)});

    private FindingRows() {
    }

    private static StructType texts() {
        List<StructField> fields = new ArrayList<>();
        for (Language l : Language.values()) {
            fields.add(DataTypes.createStructField(l.name().toLowerCase(Locale.ROOT), DataTypes.StringType, false));
        }
        return new StructType(fields.toArray(new StructField[0]));
    }

    /**
     * @param f  a finding
     * @return its row, in {@link #SCHEMA}
     */
    static Row of(Finding f) {
        List<Row> subjects = new ArrayList<>(f.subjects().size());
        for (SubjectRef s : f.subjects()) {
            subjects.add(RowFactory.create(s.type().name(), s.id()));
        }
        Map<String, String> evidence = new LinkedHashMap<>(f.evidence());
        Object[] messages = new Object[Language.values().length];
        Object[] explanations = new Object[Language.values().length];
        for (Language l : Language.values()) {
            messages[l.ordinal()] = f.message(l);
            explanations[l.ordinal()] = f.explanation(l);
        }
        return RowFactory.create(f.key(), f.ruleId(), f.severity().name(), f.kind().name(),
                CollectionConverters.asScala(subjects).toSeq(), CollectionConverters.asScala(evidence),
                CollectionConverters.asScala(f.keyEvidence()).toSeq(), f.dueDate().map(Object::toString).orElse(null),
                RowFactory.create(f.source().document(), f.source().clause()), RowFactory.create(messages),
                RowFactory.create(explanations));
    }
}

package org.nastavnik.json;

/**
 * Generates the JSON Schemas (draft 2020-12) of the JSON form from the same codecs that read and
 * write it. The committed copies are resources next to this class; a test fails when they differ.
 */
final class Schemas {
    /** The resource name of the snapshot's schema, next to this class. */
    static final String SNAPSHOT = "snapshot.schema.json";
    /** The resource name of the roadmap's schema, next to this class. */
    static final String ROADMAP = "roadmap.schema.json";

    private Schemas() {
    }

    static String snapshot() {
        return JsonForm.pretty(SchemaBuilder.document(SnapshotJson.codec(), "Nastavnik snapshot",
                "Everything known about one territory as of a date (срез данных): roadmaps, organizations, "
                        + "people, mentorships, meetings, monitoring. Fields are named after the model's "
                        + "accessors; dates are yyyy-MM-dd; empty optional fields and empty lists are omitted."));
    }

    static String roadmap() {
        return JsonForm.pretty(SchemaBuilder.document(RoadmapJson.codec(), "Nastavnik roadmap",
                "A roadmap (дорожная карта, план мероприятий) approved by an order: issuer, level, territory, "
                        + "period, sections and activities with their deadlines as canonical Russian phrases."));
    }
}

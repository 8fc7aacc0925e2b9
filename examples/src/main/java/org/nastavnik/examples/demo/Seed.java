package org.nastavnik.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.nastavnik.model.Territory;
import org.nastavnik.roadmap.ImportException;
import org.nastavnik.roadmap.ImportResult;
import org.nastavnik.roadmap.ReadOptions;
import org.nastavnik.roadmap.RoadmapReader;

/** The five real municipal orders and roadmaps bundled with the examples, with their territories. */
public enum Seed {
    /** Донецк, Ростовская область: приказ от 22.09.2020 № 324. */
    DONETSK("000_b1a327a0c3acdb77.txt", "donetsk-2020", "61", "город Донецк"),
    /** Таштагольский муниципальный район, Кемеровская область: дорожная карта на 2021-2022 год. */
    TASHTAGOL("001_7378df4a4936b2be.txt", "tashtagol-2021", "42", "Таштагольский муниципальный район"),
    /** Сасовский муниципальный район, Рязанская область: рекомендации от 15.05.2020. */
    SASOVO("002_ed13c83c9ce40234.txt", "sasovo-2020", "62", "Сасовский муниципальный район"),
    /** Белгород: приказ от 03.03.2022 № 325. */
    BELGOROD("003_13c3d7daf42f483a.txt", "belgorod-2022", "31", "город Белгород"),
    /** Сочи, Краснодарский край: приказ от 06.03.2023 № 60. */
    SOCHI("004_84bf563027cdbc87.txt", "sochi-2023", "23", "город-курорт Сочи");

    private final String fileName;
    private final String roadmapId;
    private final String regionCode;
    private final String municipality;

    Seed(String fileName, String roadmapId, String regionCode, String municipality) {
        this.fileName = fileName;
        this.roadmapId = roadmapId;
        this.regionCode = regionCode;
        this.municipality = municipality;
    }

    /** @return the original file name of the document */
    public String fileName() {
        return fileName;
    }

    /** @return the id the demo gives the imported roadmap */
    public String roadmapId() {
        return roadmapId;
    }

    /** @return the territory the document covers */
    public Territory territory() {
        return Territory.municipality(regionCode, municipality);
    }

    /** @return the document's text, read from the bundled resources */
    public String text() {
        String resource = "/org/nastavnik/examples/seeds/" + fileName;
        try (InputStream in = Seed.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled seed is missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the document.
     *
     * @return the roadmap and the document findings
     */
    public ImportResult read() {
        try {
            return RoadmapReader.read(text(), ReadOptions.of(roadmapId, territory()));
        } catch (ImportException e) {
            throw new IllegalStateException("bundled seed " + fileName + " could not be read: " + e.getMessage(), e);
        }
    }
}

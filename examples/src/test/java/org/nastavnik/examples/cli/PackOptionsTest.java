package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.json.ReportJson;

/**
 * {@code --profile}, {@code --pack} and {@code --force-region} on the commands that check: a pack
 * jar made here (a description only, in its own class loader), a profile file, and the region of
 * the rules against the snapshot's.
 */
class PackOptionsTest {

    @TempDir
    static Path dir;
    static Path sample; // region 42
    static Path jar;

    @BeforeAll
    static void files() throws IOException {
        sample = Fixtures.write(dir, "sample.json", Fixtures.sample());
        jar = packJar(dir.resolve("r66-test.jar"), "r66-test");
    }

    /**
     * A pack jar with nothing but a description: its rules are the generated classes of the
     * Tashtagol package, found through the parent class loader, under a new pack id; it declares
     * one parameter of its own.
     */
    static Path packJar(Path file, String id) throws IOException {
        String description = "id=" + id + "\nversion=1.2.3\n"
                + "modelIndex=META-INF/kie/org.nastavnik/nastavnik-rules/drools-model\n"
                + "messages=org/nastavnik/rules/regions/r42/messages\npackages=org.nastavnik.rules.regions.r42\n"
                + "parameter.pairsOrderDays.type=int\nparameter.pairsOrderDays.default=10\n"
                + "parameter.pairsOrderDays.range=1..60\nparameter.pairsOrderDays.weakerWhen=HIGHER\n"
                + "parameter.pairsOrderDays.ru=Срок приказа о закреплении пары, дней\n"
                + "parameter.pairsOrderDays.en=Days by which the order fixing a pair is adopted\n";
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("META-INF/nastavnik-pack.properties"));
            j.write(description.getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        return file;
    }

    @Test
    void should_refuse_a_region_other_than_the_snapshots_naming_both() {
        // when: the tried case, Donetsk's rules on a snapshot of region 42
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--region", "61");
        // then
        assertEquals(Cli.BAD_INPUT, run.exitCode(), run.err());
        String error = run.oneLineError();
        assertTrue(error.contains("rules are for region 61") && error.contains("is in region 42 (Таштагол"), error);
        assertTrue(error.contains("--force-region"), error);
    }

    @Test
    void should_apply_another_regions_rules_when_forced() throws Exception {
        // when
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--region", "61", "--force-region",
                "--format", "json");
        // then
        ComplianceReport report = ReportJson.read(run.out());
        assertTrue(report.ruleSetVersion().contains("+r61-donetsk@"), report.ruleSetVersion());
    }

    @Test
    void should_check_with_a_pack_jar_loaded_in_its_own_class_loader() throws Exception {
        // when
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--region", "66", "--pack", jar.toString(),
                "--force-region", "--format", "json");
        // then
        ComplianceReport report = ReportJson.read(run.out());
        assertAll(
                () -> assertTrue(report.ruleSetVersion().contains("+r66-test@1.2.3"), report.ruleSetVersion()),
                () -> assertTrue(report.rulesEvaluated().stream().anyMatch(r -> r.startsWith("R42_")),
                        report.rulesEvaluated().toString()),
                () -> assertFalse(report.ruleSetVersion().contains("r42-tashtagol"), report.ruleSetVersion()));
    }

    @Test
    void should_refuse_a_pack_region_on_another_regions_snapshot() {
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--region", "66", "--pack", jar.toString());
        assertEquals(Cli.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.oneLineError().contains("region 66") && run.oneLineError().contains("region 42"), run.err());
    }

    @Test
    void should_read_a_profile_that_names_the_jars_pack_and_sets_its_parameter() throws Exception {
        // given
        Path profile = Fixtures.write(dir, "r42.properties",
                "region=42\npacks=r66-test\nparam.pairsOrderDays=20\nparam.pairWindowDays=10\n");
        // when
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--profile", profile.toString(), "--pack",
                jar.toString(), "--format", "json");
        Run rules = Run.of("rules", "--profile", profile.toString(), "--pack", jar.toString(), "--format", "json");
        // then
        ComplianceReport report = ReportJson.read(run.out());
        assertTrue(report.ruleSetVersion().contains("+r66-test@1.2.3"), run.err() + report.ruleSetVersion());
        JsonNode root = new ObjectMapper().readTree(rules.out());
        JsonNode own = null;
        for (JsonNode p : root.get("parameters")) {
            if (p.get("key").asText().equals("pairsOrderDays")) {
                own = p;
            }
        }
        assertTrue(own != null, rules.out());
        assertEquals("int", own.get("type").asText());
        assertEquals("20", own.get("value").asText());
        assertEquals("10", own.get("default").asText());
        assertEquals("1..60", own.get("allowed").asText());
        assertEquals("Срок приказа о закреплении пары, дней", own.get("meaning").get("ru").asText());
        assertEquals("Days by which the order fixing a pair is adopted", own.get("meaning").get("en").asText());
    }

    @Test
    void should_list_a_profiles_parameters_in_text_with_type_default_and_range() {
        Path profile = Fixtures.write(dir, "r42b.properties", "region=42\nparam.pairWindowDays=10\n");
        Run run = Run.of("rules", "--profile", profile.toString());
        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("  pairWindowDays = 10 (по умолчанию 14)\n    Тип: целое число; допустимо: "),
                run.out());
    }

    @Test
    void should_name_the_profile_file_the_key_and_the_value_of_a_bad_profile() {
        Path profile = Fixtures.write(dir, "bad.properties", "region=42\nparam.pairWindowDays=400\n");
        Run run = Run.of("check", sample.toString(), "--as-of", "2022-06-01", "--profile", profile.toString());
        assertEquals(Cli.BAD_INPUT, run.exitCode(), run.err());
        String error = run.oneLineError();
        assertTrue(error.contains(profile.toString()) && error.contains("param.pairWindowDays (400)"), error);
    }

    @Test
    void should_refuse_a_missing_jar_a_jar_without_a_pack_and_a_region_the_profile_contradicts() throws IOException {
        Path empty = dir.resolve("empty.jar");
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(empty))) {
            j.putNextEntry(new JarEntry("x.txt"));
            j.closeEntry();
        }
        Path profile = Fixtures.write(dir, "p42.properties", "region=42\n");
        Run missing = Run.of("rules", "--pack", dir.resolve("nope.jar").toString());
        Run none = Run.of("rules", "--pack", empty.toString());
        Run contradicts = Run.of("rules", "--profile", profile.toString(), "--region", "31");
        assertAll(
                () -> assertEquals("nastavnik: --pack " + dir.resolve("nope.jar") + ": no such readable file",
                        missing.oneLineError()),
                () -> assertTrue(none.oneLineError().contains("no rule pack in it"), none.err()),
                () -> assertTrue(contradicts.oneLineError().contains("--region 31 and --profile " + profile
                        + " (region 42) name different regions"), contradicts.err()),
                () -> assertEquals(Cli.BAD_INPUT, contradicts.exitCode()));
    }

    @Test
    void should_take_the_rule_options_on_monitor_and_suggest_too() {
        Run monitor = Run.of("monitor", sample.toString(), "--as-of", "2022-06-01", "--region", "61", "--format", "json");
        Run suggest = Run.of("suggest", sample.toString(), "--organization", "s1", "--form", "STUDENT_STUDENT",
                "--as-of", "2022-06-01", "--region", "61", "--format", "json");
        assertAll(
                () -> assertEquals(Cli.BAD_INPUT, monitor.exitCode(), monitor.err()),
                () -> assertTrue(monitor.err().contains("region 61"), monitor.err()),
                () -> assertEquals(Cli.BAD_INPUT, suggest.exitCode(), suggest.err()),
                () -> assertTrue(suggest.err().contains("region 61"), suggest.err()));
    }
}

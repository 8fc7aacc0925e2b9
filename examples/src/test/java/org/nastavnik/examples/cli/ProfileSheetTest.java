package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.rules.Profile;
import org.nastavnik.rules.Profiles;
import org.nastavnik.rules.spi.RuleParameters;

/** The rule profile as a spreadsheet: round trips, Russian errors naming the sheet and the cell, and the CLI. */
class ProfileSheetTest {

    @TempDir
    Path dir;

    private Profile roundTrip(Profile p, String name) throws Exception {
        Path file = dir.resolve(name);
        if (name.endsWith(".csv")) {
            Files.writeString(file, ProfileSheet.csv(p));
        } else {
            Files.write(file, ProfileSheet.xlsx(p));
        }
        return ProfileSheet.read(file, List.of());
    }

    @Test
    void should_read_back_the_federal_defaults_equal_from_xlsx_and_csv() throws Exception {
        for (String name : new String[] {"federal.xlsx", "federal.csv"}) {
            Profile back = roundTrip(Profile.federal(), name);
            assertEquals(RuleParameters.federal(), back.parameters(), name);
            assertTrue(back.region().isEmpty() && back.waivers().isEmpty(), name);
            assertEquals(Profile.federal().parameters().asText(), back.parameters().asText(), name);
        }
    }

    @Test
    void should_read_back_a_region_profile_with_pack_changed_values_relaxation_and_waiver_equal() throws Exception {
        Profile p = Profile.builder().region("31").municipality("город Белгород").rulePack(Profiles.pack("r31-belgorod")
                .orElseThrow()).parameter(RuleParameters.PAIR_WINDOW_DAYS, 30).relax("pairWindowDays", "поздний набор")
                .parameter(RuleParameters.MENTEE_WAITING_DAYS, 10).waive("MENTOR_OVERLOAD", "лимит не установлен; «да»")
                .build();
        for (String name : new String[] {"r31.xlsx", "r31.csv"}) {
            Profile back = roundTrip(p, name);
            assertEquals(p.parameters(), back.parameters(), name);
            assertEquals(p.waivers(), back.waivers(), name);
            assertEquals(p.region(), back.region(), name);
            assertEquals(p.municipality(), back.municipality(), name);
            assertEquals(p.rulePacks(), back.rulePacks(), name);
        }
    }

    @Test
    void should_list_every_error_in_russian_with_the_sheet_and_the_cell() throws Exception {
        // given: the federal defaults, edited as a methodologist might
        Path file = dir.resolve("edited.xlsx");
        Files.write(file, ProfileSheet.xlsx(Profile.federal()));
        int pairRow;
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet("Параметры");
            pairRow = -1;
            for (Row r : s) {
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("pairWindowDays")) {
                    pairRow = r.getRowNum();
                }
            }
            s.getRow(pairRow).getCell(1).setCellValue("400");
            s.getRow(pairRow + 1).getCell(1).setCellValue("двадцать");
            Row extra = s.createRow(s.getLastRowNum() + 1);
            extra.createCell(0).setCellValue("colourDays");
            extra.createCell(1).setCellValue("3");
            Row waiver = s.createRow(s.getLastRowNum() + 1);
            waiver.createCell(4).setCellValue("MENTOR_OVERLOAD");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        int last = pairRow; // zero-based
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProfileSheet.read(file, List.of()));
        // then
        String m = e.getMessage();
        assertTrue(m.startsWith("профиль " + file + ": 4 ошибки:"), m);
        assertTrue(m.contains("Параметры!B" + (last + 1) + ": значение 400 вне допустимого диапазона 1..365"), m);
        assertTrue(m.contains("Параметры!B" + (last + 2) + ": значение «двадцать» не читается; допустимо: "), m);
        assertTrue(m.contains(": неизвестный параметр «colourDays»; известные: pairWindowDays"), m);
        assertTrue(m.contains(": не указана причина отключения правила «MENTOR_OVERLOAD»; причина показывается в каждом отчёте"), m);
        assertFalse(m.matches("(?s).*[A-Z]{2,}_[A-Z_]+ .*вне.*"), m);
    }

    @Test
    void should_agree_the_number_of_errors_in_russian() {
        assertEquals(List.of("ошибка", "ошибки", "ошибок", "ошибок", "ошибка", "ошибки"),
                java.util.stream.IntStream.of(1, 3, 5, 12, 21, 104).mapToObj(ProfileSheet::errors).toList());
    }

    @Test
    void should_write_a_profile_sheet_with_rules_and_check_with_it() {
        Path sheet = dir.resolve("p.xlsx");
        Path snapshot = Fixtures.write(dir, "s.json", Fixtures.sample());
        Run write = Run.of("rules", "--region", "42", "--profile-sheet", sheet.toString(), "--format", "json");
        Run check = Run.of("check", snapshot.toString(), "--as-of", "2022-06-01", "--profile", sheet.toString(),
                "--format", "json");
        Run viaRegion = Run.of("check", snapshot.toString(), "--as-of", "2022-06-01", "--region", "42", "--format",
                "json");
        assertEquals(Cli.OK, write.exitCode(), write.err());
        assertTrue(Files.isRegularFile(sheet));
        assertEquals(viaRegion.out(), check.out(), check.err());
    }
}

package org.nastavnik.roadmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes the documents the reader is tested on, at test time, with the same libraries users'
 * documents come from: a .docx (Apache POI) and a text-layer PDF (Apache PDFBox, DejaVu Sans
 * embedded, taken from a test dependency so that it works on a machine with only a JDK) made from
 * a seed's text, and a hand-made .docx with merged cells and a table split over pages.
 *
 * <p>From a seed's text: a block of lines between blank lines is a paragraph (its lines joined by
 * line breaks); «N. …» lines counting up from 1 become a real numbered list and «- …» lines a
 * bulleted list; markdown and HTML emphasis becomes bold runs' plain text; tab-separated lines
 * are table rows, one Word row (or PDF row) each, as the converter left them.
 */
final class DocumentFixtures {
    private static final Pattern TOP_NUMBER = Pattern.compile("^(\\d{1,2})\\.\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^-\\s+(\\S.*)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

    private DocumentFixtures() {
    }

    static String plain(String line) {
        String s = LINK.matcher(line).replaceAll("$1");
        s = s.replace("**", "").replaceAll("</?[a-zA-Z][^>]*>", "");
        return s.replaceAll("[ \\u00A0]+$", "");
    }

    private static boolean isTableLine(String line) {
        return line.indexOf('\t') >= 0;
    }

    private static boolean isSeparator(String line) {
        return SourceText.isSeparator(line);
    }

    // ------------------------------------------------------------------ .docx

    static byte[] docx(String seedText) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> lines = seedText.lines().map(DocumentFixtures::plain).toList();
            XWPFNumbering numbering = doc.createNumbering();
            int[] nextAbstract = {1};
            BigInteger list = null;
            int expected = 0;
            BigInteger bullets = null;
            XWPFTable table = null;
            List<String> paragraph = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (isTableLine(line) || (table != null && (line.isBlank() || isSeparator(line))
                        && nextNonBlankIsTable(lines, i))) {
                    flush(doc, paragraph);
                    if (line.isBlank() || isSeparator(line)) {
                        continue;
                    }
                    if (table == null) {
                        table = doc.createTable();
                        table.removeRow(0);
                    }
                    XWPFTableRow row = table.createRow();
                    String[] cells = line.split("\t", -1);
                    while (row.getTableCells().size() > cells.length) {
                        row.removeCell(row.getTableCells().size() - 1);
                    }
                    for (int c = 0; c < cells.length; c++) {
                        XWPFTableCell cell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
                        cell.setText(cells[c].strip());
                    }
                    continue;
                }
                table = null;
                if (line.isBlank()) {
                    flush(doc, paragraph);
                    continue;
                }
                Matcher number = TOP_NUMBER.matcher(line.strip());
                Matcher bullet = BULLET.matcher(line.strip());
                if (number.matches() && line.equals(line.strip())) {
                    int n = Integer.parseInt(number.group(1));
                    if (n == 1 || (list != null && n == expected)) {
                        flush(doc, paragraph);
                        if (n == 1) {
                            list = newList(numbering, nextAbstract, STNumberFormat.DECIMAL, "%1.");
                        }
                        expected = n + 1;
                        listItem(doc, list, number.group(2));
                        continue;
                    }
                } else if (bullet.matches() && line.startsWith("-")) {
                    flush(doc, paragraph);
                    if (bullets == null || !previousWasBullet(lines, i)) {
                        bullets = newList(numbering, nextAbstract, STNumberFormat.BULLET, "•");
                    }
                    listItem(doc, bullets, bullet.group(1));
                    continue;
                }
                paragraph.add(line);
            }
            flush(doc, paragraph);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean previousWasBullet(List<String> lines, int i) {
        return i > 0 && BULLET.matcher(lines.get(i - 1).strip()).matches() && lines.get(i - 1).startsWith("-");
    }

    private static boolean nextNonBlankIsTable(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String l = lines.get(j);
            if (!l.isBlank() && !isSeparator(l)) {
                return isTableLine(l);
            }
        }
        return false;
    }

    private static void flush(XWPFDocument doc, List<String> paragraph) {
        if (paragraph.isEmpty()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        for (int i = 0; i < paragraph.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(paragraph.get(i).strip(), i);
        }
        paragraph.clear();
    }

    private static BigInteger newList(XWPFNumbering numbering, int[] nextAbstract, STNumberFormat.Enum format,
            String text) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.valueOf(nextAbstract[0]++));
        CTLvl lvl = a.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(a));
        return numbering.addNum(abstractId);
    }

    private static void listItem(XWPFDocument doc, BigInteger numId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(text);
    }

    /**
     * A hand-made order: a numbered list with a sub-list, a table whose section rows span every
     * column (gridSpan), whose responsible cell is merged down two rows (vMerge), whose row 2.1
     * continues on the next page in a second physical row (its number cell merged down), and a page
     * break inside a cell.
     */
    static byte[] handMadeDocx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = doc.createNumbering();
            int[] next = {1};
            doc.createParagraph().createRun().setText("ПРИКАЗ");
            doc.createParagraph().createRun().setText("10.01.2022");
            doc.createParagraph().createRun().setText("№ 7");
            doc.createParagraph().createRun().setText("Об утверждении плана мероприятий по внедрению целевой модели "
                    + "наставничества в образовательных организациях города Тулы");
            doc.createParagraph().createRun().setText("В соответствии с приказом министерства образования Тульской "
                    + "области ПРИКАЗЫВАЮ:");
            BigInteger list = newList(numbering, next, STNumberFormat.DECIMAL, "%1.");
            listItem(doc, list, "Утвердить план мероприятий (приложение).");
            listItem(doc, list, "Руководителям образовательных организаций:");
            BigInteger bullets = newList(numbering, next, STNumberFormat.BULLET, "•");
            listItem(doc, bullets, "назначить кураторов внедрения целевой модели наставничества;");
            listItem(doc, bullets, "проводить персонифицированный учёт наставляемых.");
            doc.createParagraph().createRun().setText("План мероприятий по внедрению целевой модели наставничества "
                    + "в образовательных организациях города Тулы на 2022 год");
            XWPFTable t = doc.createTable(7, 4);
            row(t, 0, "№ п/п", "Наименование мероприятия", "Срок", "Ответственный");
            row(t, 1, "1.", "Организационное обеспечение", null, null);
            span(t.getRow(1).getCell(1), 3);
            t.getRow(1).removeCell(3);
            t.getRow(1).removeCell(2);
            row(t, 2, "1.1.", "Назначение кураторов в образовательных организациях", "До 01.03.2022",
                    "Руководители ОО");
            vMerge(t.getRow(2).getCell(3), STMerge.RESTART);
            row(t, 3, "1.2.", "Формирование базы наставников и базы наставляемых", "Март 2022 г.", "");
            vMerge(t.getRow(3).getCell(3), STMerge.CONTINUE);
            row(t, 4, "2.1.", "Мониторинг реализации целевой модели наставничества в", "Ежеквартально", "МНЦ");
            vMerge(t.getRow(4).getCell(0), STMerge.RESTART);
            XWPFRun pageBreak = t.getRow(4).getCell(1).getParagraphs().get(0).createRun();
            pageBreak.addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
            pageBreak.setText("");
            row(t, 5, "", "образовательных организациях", "", "");
            vMerge(t.getRow(5).getCell(0), STMerge.CONTINUE);
            row(t, 6, "2.2.", "Формирование наставнических пар", "Сентябрь 2022 г.", "Кураторы ОО");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(XWPFTable t, int r, String... cells) {
        XWPFTableRow row = t.getRow(r);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                row.getCell(c).setText(cells[c]);
            }
        }
    }

    private static void span(XWPFTableCell cell, int columns) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum merge) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(merge);
    }

    // ------------------------------------------------------------------ .pdf

    private static final float FONT = 8f;
    private static final float LEADING = 10.5f;
    private static final float MARGIN = 40f;
    private static final float PADDING = 14f;

    /** The DejaVu Sans font file from the test class path. */
    static byte[] font() {
        try (InputStream in = DocumentFixtures.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("DejaVuSans.ttf is not on the test class path (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(String seedText) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, new java.io.ByteArrayInputStream(font()));
            Writer w = new Writer(doc, font);
            List<String> lines = seedText.lines().map(DocumentFixtures::plain).toList();
            float[] columns = null;
            int width = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean inTable = columns != null;
                if (isTableLine(line) || (inTable && (line.isBlank() || isSeparator(line)) && nextNonBlankIsTable(lines, i))) {
                    if (line.isBlank() || isSeparator(line)) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
                    if (columns == null) {
                        width = cells.size();
                        columns = columns(font, cells);
                    } else {
                        fit(cells, width);
                    }
                    w.row(cells, columns);
                    continue;
                }
                if (inTable) {
                    columns = null;
                    w.gap(2);
                }
                if (line.isBlank()) {
                    w.gap(2);
                    continue;
                }
                w.paragraphLine(line.strip());
            }
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the extra empty cells a converter left, puts a cell that lost its number cell in its place. */
    private static void fit(List<String> cells, int width) {
        while (cells.size() > width && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        for (int c = cells.size() - 2; c > 0 && cells.size() > width; c--) {
            if (cells.get(c).isBlank()) {
                cells.remove(c);
            }
        }
        if (cells.size() < width && !cells.get(0).isBlank() && Character.isLowerCase(cells.get(0).strip().charAt(0))) {
            cells.add(0, "");
        }
        while (cells.size() < width) {
            cells.add("");
        }
    }

    private static float[] columns(PDType0Font font, List<String> header) {
        float usable = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float[] weights = new float[header.size()];
        float total = 0;
        for (int i = 0; i < weights.length; i++) {
            String h = header.get(i).strip();
            weights[i] = h.startsWith("№") ? 1.0f : h.toLowerCase().contains("наименование") ? 3f : 1.6f;
            total += weights[i];
        }
        float[] starts = new float[header.size() + 1];
        starts[0] = MARGIN;
        for (int i = 0; i < weights.length; i++) {
            starts[i + 1] = starts[i] + usable * weights[i] / total;
        }
        return starts;
    }

    /** Lays out lines top to bottom, wrapping, and starts a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap(int halfLines) {
            y -= LEADING * halfLines / 2f;
        }

        void paragraphLine(String text) throws IOException {
            for (String part : wrap(text, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                show(part, MARGIN);
                y -= LEADING;
            }
        }

        void row(List<String> cells, float[] columns) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            boolean section = true;
            for (int c = 1; c < cells.size(); c++) {
                section &= cells.get(c).isBlank();
            }
            for (int c = 0; c < cells.size(); c++) {
                float width = section && c == 0 ? columns[columns.length - 1] - columns[0] - PADDING
                        : columns[c + 1] - columns[c] - PADDING;
                List<String> parts = cells.get(c).isBlank() ? List.of() : wrap(cells.get(c).strip(), width);
                wrapped.add(parts);
                height = Math.max(height, parts.size());
            }
            for (int l = 0; l < height; l++) {
                for (int c = 0; c < wrapped.size(); c++) {
                    if (l < wrapped.get(c).size()) {
                        show(wrapped.get(c).get(l), columns[c]);
                    }
                }
                y -= LEADING;
            }
            y -= LEADING * 0.3f;
        }

        private void show(String text, float x) throws IOException {
            if (y < MARGIN) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, FONT);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private List<String> wrap(String text, float width) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            List<String> words = new ArrayList<>();
            for (String word : text.split("\\s+")) {
                // a word wider than the column breaks after a hyphen, as a word processor breaks it
                while (font.getStringWidth(word) / 1000 * FONT > width && word.indexOf('-', 1) > 0
                        && word.indexOf('-', 1) < word.length() - 1) {
                    int hyphen = word.indexOf('-', 1);
                    words.add(word.substring(0, hyphen + 1));
                    word = word.substring(hyphen + 1);
                }
                words.add(word);
            }
            for (String word : words) {
                if (word.isEmpty()) {
                    continue;
                }
                boolean afterHyphen = line.length() > 1 && line.charAt(line.length() - 1) == '-'
                        && Character.isLetter(line.charAt(line.length() - 2)) && Character.isLowerCase(word.charAt(0));
                String candidate = line.length() == 0 ? word : line + (afterHyphen ? "" : " ") + word;
                if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * FONT > width) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            if (line.length() > 0) {
                out.add(line.toString());
            }
            return out;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}

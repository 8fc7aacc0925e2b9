package org.nastavnik.examples.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A seed's text written as a Word document (.docx), as a plain converter would make it: each line a
 * paragraph, each tab-separated line a row of one Word table, markdown emphasis dropped. For the
 * command-line tests and the benchmark of reading .docx files.
 */
public final class SeedDocuments {

    private SeedDocuments() {
    }

    /**
     * @param text  a seed's text, not null
     * @return the .docx file's bytes
     */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            for (String raw : text.lines().toList()) {
                String line = raw.replace("**", "").replaceAll("</?b>", "").stripTrailing();
                if (line.indexOf('\t') >= 0) {
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
                        (c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell()).setText(cells[c].strip());
                    }
                    continue;
                }
                if (table != null && line.isBlank()) {
                    continue;
                }
                table = null;
                doc.createParagraph().createRun().setText(line.strip());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

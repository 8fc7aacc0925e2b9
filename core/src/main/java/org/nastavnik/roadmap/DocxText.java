package org.nastavnik.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Turns a Word document (.docx, Office Open XML) into the text the reader reads, as a careful
 * converter would: each paragraph a line (line breaks inside it kept) followed by a blank line,
 * the label of an automatically numbered paragraph written before it («1.», «3.1.», «-» for a
 * bullet), and each table row one line of tab-separated cells.
 *
 * <ul>
 *   <li>A cell spanning columns ({@code gridSpan}) is followed by empty cells for the columns it
 *       covers, so that every cell stays under its header.
 *   <li>A vertically merged cell ({@code vMerge}) repeats its text in the rows it covers, the
 *       number column aside: a row whose number cell continues the one above is the same row
 *       carried on (split over a page), and its cells are left as they are, to be joined to it.
 *   <li>The paragraphs of a cell are joined with spaces; a page break inside a row is a space.
 * </ul>
 */
final class DocxText {
    /** The most characters of text taken from one document. */
    static final int MAX_CHARS = 5_000_000;

    private DocxText() {
    }

    static String read(InputStream in) throws IOException {
        ZipSecureFile.setMinInflateRatio(0.005);
        try (XWPFDocument document = new XWPFDocument(in)) {
            StringBuilder out = new StringBuilder();
            Numbers numbers = new Numbers(document.getNumbering());
            for (IBodyElement element : document.getBodyElements()) {
                if (out.length() > MAX_CHARS) {
                    break;
                }
                if (element instanceof XWPFParagraph p) {
                    paragraph(p, numbers, out);
                } else if (element instanceof XWPFTable t) {
                    table(t, out);
                } else if (element instanceof XWPFSDT sdt) {
                    out.append(sdt.getContent().getText()).append("\n\n");
                }
            }
            return out.toString();
        } catch (NotOfficeXmlFileException e) {
            throw new IOException("not a Word document: " + e.getMessage(), e);
        }
    }

    /** A paragraph, then a blank line; the items of a list follow each other with none between. */
    private static void paragraph(XWPFParagraph p, Numbers numbers, StringBuilder out) {
        String label = numbers.label(p);
        String text = text(p, false);
        boolean listItem = !label.isEmpty();
        if (text.isBlank() && !listItem) {
            out.append('\n');
            return;
        }
        if (listItem) {
            out.append(label).append(' ').append(text).append('\n');
        } else {
            if (out.length() > 0 && out.charAt(out.length() - 1) == '\n'
                    && (out.length() < 2 || out.charAt(out.length() - 2) != '\n')) {
                out.append('\n');
            }
            out.append(text).append("\n\n");
        }
    }

    /** The text of a paragraph's runs; a line break is a new line, or a space inside a table cell. */
    private static String text(XWPFParagraph p, boolean inCell) {
        StringBuilder sb = new StringBuilder();
        for (IRunElement element : p.getIRuns()) {
            if (!(element instanceof XWPFRun run)) {
                if (element != null) {
                    sb.append(element.toString());
                }
                continue;
            }
            var ctr = run.getCTR();
            try (var cursor = ctr.newCursor()) {
                if (cursor.toFirstChild()) {
                    do {
                        var name = cursor.getName().getLocalPart();
                        switch (name) {
                            case "t", "delText" -> {
                                if (name.equals("t")) {
                                    sb.append(cursor.getTextValue());
                                }
                            }
                            case "tab", "ptab" -> sb.append(inCell ? " " : "\t");
                            case "br", "cr" -> {
                                var obj = cursor.getObject();
                                boolean page = obj instanceof CTBr br && br.getType() != null
                                        && "page".equals(br.getType().toString());
                                sb.append(inCell || page ? " " : "\n");
                            }
                            case "noBreakHyphen" -> sb.append('-');
                            default -> {
                            }
                        }
                    } while (cursor.toNextSibling());
                }
            }
        }
        return sb.toString();
    }

    private static void table(XWPFTable table, StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\n'
                && (out.length() < 2 || out.charAt(out.length() - 2) != '\n')) {
            out.append('\n');
        }
        Map<Integer, String> above = new HashMap<>();
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder();
            int column = 0;
            List<XWPFTableCell> cells = row.getTableCells();
            boolean continuesAbove = !cells.isEmpty() && merge(cells.get(0)) == Merge.CONTINUE;
            for (XWPFTableCell cell : cells) {
                String text = cellText(cell);
                Merge merge = merge(cell);
                if (merge == Merge.RESTART) {
                    above.put(column, text);
                } else if (merge == Merge.CONTINUE) {
                    text = continuesAbove ? "" : above.getOrDefault(column, "");
                } else {
                    above.remove(column);
                }
                if (column > 0) {
                    line.append('\t');
                }
                line.append(text);
                int span = span(cell);
                for (int i = 1; i < span; i++) {
                    line.append('\t');
                }
                column += span;
            }
            out.append(line).append('\n');
        }
        out.append('\n');
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String t = text(p, true).replace('\t', ' ').replace('\n', ' ').strip();
            if (!t.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t);
            }
        }
        for (XWPFTable nested : cell.getTables()) {
            for (XWPFTableRow r : nested.getRows()) {
                for (XWPFTableCell c : r.getTableCells()) {
                    String t = cellText(c);
                    if (!t.isEmpty()) {
                        sb.append(sb.length() > 0 ? " " : "").append(t);
                    }
                }
            }
        }
        return sb.toString();
    }

    private enum Merge { NONE, RESTART, CONTINUE }

    private static Merge merge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return Merge.NONE;
        }
        var v = pr.getVMerge();
        return v.getVal() == STMerge.RESTART ? Merge.RESTART : Merge.CONTINUE;
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        int span = pr.getGridSpan().getVal().intValue();
        return Math.max(1, Math.min(span, 64));
    }

    /** The labels of automatically numbered paragraphs, counted as Word counts them. */
    private static final class Numbers {
        private final @Nullable XWPFNumbering numbering;
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        Numbers(@Nullable XWPFNumbering numbering) {
            this.numbering = numbering;
        }

        String label(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            if (numId == null || numbering == null || numId.signum() == 0) {
                return "";
            }
            int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
            CTAbstractNum abstractNum = abstractNum(numId);
            if (abstractNum == null) {
                return "";
            }
            CTLvl lvl = null;
            for (CTLvl l : abstractNum.getLvlArray()) {
                if (l.getIlvl() != null && l.getIlvl().intValue() == level) {
                    lvl = l;
                }
            }
            if (lvl == null) {
                return "";
            }
            String format = lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal"
                    : lvl.getNumFmt().getVal().toString();
            if (format.equals("bullet")) {
                return "-";
            }
            int[] count = counters.computeIfAbsent(abstractNumKey(numId), k -> new int[9]);
            count[level]++;
            for (int deeper = level + 1; deeper < count.length; deeper++) {
                count[deeper] = 0;
            }
            String text = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "%" + (level + 1) + "."
                    : lvl.getLvlText().getVal();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    int l = text.charAt(i + 1) - '1';
                    int value = l >= 0 && l < count.length ? Math.max(1, count[l] + start(abstractNum, l) - 1) : 0;
                    sb.append(value);
                    i++;
                } else {
                    sb.append(c);
                }
            }
            return sb.toString().strip();
        }

        private static int start(CTAbstractNum abstractNum, int level) {
            for (CTLvl l : abstractNum.getLvlArray()) {
                if (l.getIlvl() != null && l.getIlvl().intValue() == level && l.getStart() != null
                        && l.getStart().getVal() != null) {
                    return l.getStart().getVal().intValue();
                }
            }
            return 1;
        }

        private BigInteger abstractNumKey(BigInteger numId) {
            BigInteger id = numbering.getAbstractNumID(numId);
            return id == null ? numId : id;
        }

        private @Nullable CTAbstractNum abstractNum(BigInteger numId) {
            BigInteger abstractId = numbering.getAbstractNumID(numId);
            if (abstractId == null) {
                return null;
            }
            XWPFAbstractNum a = numbering.getAbstractNum(abstractId);
            return a == null ? null : a.getCTAbstractNum();
        }
    }
}

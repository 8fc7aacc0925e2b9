package org.nastavnik.roadmap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Turns the text layer of a PDF into the text the reader reads. Glyphs are gathered into lines
 * by their baseline and into chunks where the gap between two glyphs is wider than the font's size;
 * a vertical gap wider than about two lines is a blank line (a paragraph break), and a line that
 * fills the width of the page's text is carried on by the next one (a wrapped paragraph).
 *
 * <p>Tables: a line whose chunks name at least three known columns (№, наименование, срок,
 * ответственный, результат) is a table header; the left edge of each of its chunks starts a
 * column. The lines after it are table rows, each chunk placed in the column it starts in, as
 * tab-separated cells with the empty ones kept, so that a cell wrapped over several lines (or
 * continued on the next page) becomes a row with an empty number cell, joined to its row by the
 * table reader. The table ends at a vertical gap wider than two lines on a page, or at a line
 * that starts left of the first column.
 */
final class PdfText {
    /** The most pages read from one document. */
    static final int MAX_PAGES = 2_000;

    private PdfText() {
    }

    /** A glyph's place: page, baseline, left and right edge, height, and its text. */
    private record Glyph(int page, float y, float x, float right, float height, String text) {
    }

    /** A chunk of a line: glyphs with no wide gap between them. */
    private record Chunk(float x, float right, String text) {
    }

    private record Line(int page, float y, float height, List<Chunk> chunks) {
        String joined() {
            StringBuilder sb = new StringBuilder();
            for (Chunk c : chunks) {
                sb.append(sb.length() == 0 ? "" : " ").append(c.text);
            }
            return sb.toString();
        }
    }

    /** @return the text, or "" when the PDF has no text layer */
    static String read(PDDocument document) throws IOException {
        Collector collector = new Collector();
        collector.setSortByPosition(true);
        collector.setStartPage(1);
        collector.setEndPage(Math.min(document.getNumberOfPages(), MAX_PAGES));
        collector.getText(document);
        List<Line> lines = lines(collector.glyphs);
        return render(lines);
    }

    private static final class Collector extends PDFTextStripper {
        final List<Glyph> glyphs = new ArrayList<>();

        Collector() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String u = t.getUnicode();
            if (u == null || u.isEmpty() || glyphs.size() > DocxText.MAX_CHARS) {
                return;
            }
            glyphs.add(new Glyph(getCurrentPageNo(), t.getYDirAdj(), t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(),
                    Math.max(1f, t.getFontSizeInPt()), u));
        }
    }

    private static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!current.isEmpty()) {
                Glyph first = current.get(0);
                if (g.page != first.page || Math.abs(g.y - first.y) > Math.max(first.height, g.height) * 0.5f) {
                    lines.add(line(current));
                    current = new ArrayList<>();
                }
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        float height = 0;
        for (Glyph g : glyphs) {
            height = Math.max(height, g.height);
        }
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float start = glyphs.get(0).x;
        float right = glyphs.get(0).x;
        float gapForColumn = height * 1.0f;
        for (Glyph g : glyphs) {
            boolean space = g.text.isBlank();
            if (text.length() > 0 && g.x - right > gapForColumn) {
                chunks.add(new Chunk(start, right, text.toString().strip()));
                text.setLength(0);
            }
            if (text.length() == 0) {
                if (space) {
                    continue;
                }
                start = g.x;
            } else if (!space && g.x - right > height * 0.2f && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.append(space ? " " : g.text);
            right = Math.max(right, g.right);
        }
        if (text.length() > 0 && !text.toString().isBlank()) {
            chunks.add(new Chunk(start, right, text.toString().strip()));
        }
        return new Line(glyphs.get(0).page, glyphs.get(0).y, height, chunks);
    }

    private static String render(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        float[] columns = null;
        Line previous = null;
        float[] pageRight = pageRights(lines);
        boolean previousFull = false;
        for (Line line : lines) {
            if (line.chunks.isEmpty()) {
                continue;
            }
            float gap = previous == null || previous.page != line.page ? 0 : line.y - previous.y;
            if (columns != null && (gap > line.height * 3.2f || line.chunks.get(0).x < columns[0] - line.height)) {
                columns = null;
                out.append('\n');
            }
            if (columns == null && previous != null && gap > line.height * 1.9f) {
                out.append('\n');
                previousFull = false;
            }
            if (columns == null) {
                float[] header = header(line);
                if (header != null) {
                    columns = header;
                    out.append('\n');
                }
            }
            if (columns != null) {
                out.append(cells(line, columns)).append('\n');
                previousFull = false;
            } else {
                if (previousFull && out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                    // a line of a paragraph that filled the width: this one carries it on
                    out.setLength(out.length() - 1);
                    out.append(' ');
                }
                out.append(line.joined()).append('\n');
                float right = line.chunks.get(line.chunks.size() - 1).right;
                previousFull = right >= pageRight[line.page] - line.height * 4;
            }
            previous = line;
        }
        return out.toString();
    }

    /** The right edge of the widest line of each page (indexed by page number). */
    private static float[] pageRights(List<Line> lines) {
        int pages = 0;
        for (Line l : lines) {
            pages = Math.max(pages, l.page);
        }
        float[] right = new float[pages + 1];
        for (Line l : lines) {
            if (l.chunks.size() == 1) {
                right[l.page] = Math.max(right[l.page], l.chunks.get(0).right);
            }
        }
        return right;
    }

    private static float[] header(Line line) {
        if (line.chunks.size() < 2) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Chunk c : line.chunks) {
            texts.add(c.text);
        }
        if (!TableReader.isHeader(TableReader.columns(texts))) {
            return null;
        }
        float[] starts = new float[line.chunks.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = line.chunks.get(i).x;
        }
        return starts;
    }

    private static String cells(Line line, float[] columns) {
        StringBuilder[] cells = new StringBuilder[columns.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new StringBuilder();
        }
        float tolerance = line.height * 0.5f;
        for (Chunk c : line.chunks) {
            int column = 0;
            for (int i = columns.length - 1; i >= 0; i--) {
                if (c.x + tolerance >= columns[i]) {
                    column = i;
                    break;
                }
            }
            if (cells[column].length() > 0) {
                cells[column].append(' ');
            }
            cells[column].append(c.text);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : "\t").append(cells[i]);
        }
        return sb.toString();
    }
}

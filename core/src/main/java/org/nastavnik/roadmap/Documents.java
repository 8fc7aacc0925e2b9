package org.nastavnik.roadmap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells a document's format by its first bytes (a ZIP package is a .docx, «%PDF» a PDF, an OLE2
 * container an encrypted Office file or a legacy .doc, «{\\rtf» RTF; anything else is text) and
 * turns it into text, with one clear {@link ImportException} for each way it can fail.
 */
final class Documents {
    private static final int PDF_MAGIC_WINDOW = 1024;

    private Documents() {
    }

    static String text(byte[] bytes) throws ImportException {
        if (startsWith(bytes, 0, 'P', 'K', 3, 4)) {
            return docx(bytes);
        }
        if (isPdf(bytes)) {
            return pdf(bytes);
        }
        if (startsWith(bytes, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw ole2(bytes);
        }
        if (startsWith(bytes, 0, '{', '\\', 'r', 't', 'f')) {
            throw new ImportException(ImportException.Reason.UNSUPPORTED_FORMAT,
                    "an RTF document: save it as .docx or PDF (or as UTF-8 text) and try again");
        }
        return utf8(bytes);
    }

    private static String docx(byte[] bytes) throws ImportException {
        checkPackage(bytes);
        try {
            return DocxText.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new ImportException(ImportException.Reason.CORRUPT, "a damaged or cut-short Word document (.docx, "
                    + bytes.length + " bytes) that cannot be opened: " + reason(e), e);
        }
    }

    /**
     * Refuses a ZIP package that is cut short (no end of its central directory) or is not a Word
     * document (no {@code word/document.xml}) before the OOXML library opens it, so that such a file
     * gets one clear error and the library logs nothing.
     */
    private static void checkPackage(byte[] bytes) throws ImportException {
        boolean end = false;
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xFFFF) && !end; i--) {
            end = startsWith(bytes, i, 'P', 'K', 5, 6);
        }
        if (!end) {
            throw new ImportException(ImportException.Reason.CORRUPT, "a damaged or cut-short Word document (.docx, "
                    + bytes.length + " bytes): the ZIP package has no end (central directory)");
        }
        boolean types = false;
        boolean body = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null && !(types && body); e = zip.getNextEntry()) {
                types |= e.getName().equals("[Content_Types].xml");
                body |= e.getName().equals("word/document.xml");
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportException(ImportException.Reason.CORRUPT, "a damaged or cut-short Word document (.docx, "
                    + bytes.length + " bytes) that cannot be opened: " + reason(e), e);
        }
        if (!types || !body) {
            throw new ImportException(ImportException.Reason.CORRUPT, "a ZIP package that is not a Word "
                    + "document (no " + (types ? "word/document.xml" : "[Content_Types].xml") + "): save the "
                    + "document as .docx or PDF and try again");
        }
    }

    private static String pdf(byte[] bytes) throws ImportException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = PdfText.read(document);
            if (text.isBlank()) {
                throw new ImportException(ImportException.Reason.NO_TEXT_LAYER, "a PDF of "
                        + document.getNumberOfPages() + " page(s) with no text layer, a scan: there is no text "
                        + "to read; export the document from Word to PDF, or run text recognition (OCR) first");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new ImportException(ImportException.Reason.ENCRYPTED,
                    "a PDF protected by a password: save it without the password and try again", e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(ImportException.Reason.CORRUPT, "a damaged or cut-short PDF ("
                    + bytes.length + " bytes) that cannot be opened: " + reason(e), e);
        }
    }

    private static ImportException ole2(byte[] bytes) {
        boolean encrypted = false;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            encrypted = fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return new ImportException(ImportException.Reason.CORRUPT,
                    "a damaged Office file (OLE2 container) that cannot be opened: " + reason(e), e);
        }
        if (encrypted) {
            return new ImportException(ImportException.Reason.ENCRYPTED,
                    "a Word document protected by a password: save it without the password and try again");
        }
        return new ImportException(ImportException.Reason.UNSUPPORTED_FORMAT,
                "a legacy Word 97–2003 document (.doc): save it as .docx or PDF and try again");
    }

    private static String utf8(byte[] bytes) throws ImportException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int at = RoadmapReader.firstMalformed(bytes);
            if (looksBinary(bytes)) {
                throw new ImportException(ImportException.Reason.NOT_TEXT,
                        "binary data, not a document (.docx, PDF or UTF-8 text)", e);
            }
            throw new ImportException(ImportException.Reason.NOT_UTF8, "not UTF-8 text: malformed bytes near byte offset "
                    + at + "; save it as UTF-8 and try again", e);
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 || (b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f')) {
                control++;
            }
        }
        return control * 10 > n;
    }

    private static boolean isPdf(byte[] bytes) {
        int n = Math.min(bytes.length - 4, PDF_MAGIC_WINDOW);
        for (int i = 0; i < n; i++) {
            if (startsWith(bytes, i, '%', 'P', 'D', 'F', '-')) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int at, int... magic) {
        if (bytes.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        String s = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}

package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: bad documents get one clear error naming the file and why, never a stack trace. */
class BadDocumentsTest {
    private static final ReadOptions OPTIONS = ReadOptions.of("bad");

    @TempDir
    Path dir;

    private ImportException refused(byte[] bytes, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return assertThrows(ImportException.class, () -> RoadmapReader.read(file, OPTIONS));
    }

    @Test
    void an_empty_file_is_refused_as_empty() throws IOException {
        ImportException e = refused(new byte[0], "empty.docx");
        assertEquals(ImportException.Reason.EMPTY, e.reason());
        assertTrue(e.getMessage().contains("empty.docx") && e.getMessage().contains("0 bytes"), e.getMessage());
    }

    @Test
    void binary_data_is_refused_as_not_a_document() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        bytes[0] = 0;
        ImportException e = refused(bytes, "noise.bin");
        assertEquals(ImportException.Reason.NOT_TEXT, e.reason(), e.getMessage());
    }

    @Test
    void a_truncated_docx_is_refused_as_damaged() throws IOException {
        byte[] docx = DocumentFixtures.docx(Seeds.text(Seeds.SEED_003));
        ImportException e = refused(Arrays.copyOf(docx, docx.length / 2), "cut.docx");
        assertEquals(ImportException.Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().startsWith("roadmap file " + dir.resolve("cut.docx") + ": a damaged or cut-short Word document"),
                e.getMessage());
    }

    @Test
    void a_truncated_pdf_is_refused_or_read_in_part_but_never_fails_otherwise() throws IOException {
        byte[] pdf = DocumentFixtures.pdf(Seeds.text(Seeds.SEED_003));
        Path file = dir.resolve("cut.pdf");
        Files.write(file, Arrays.copyOf(pdf, pdf.length / 3));
        try {
            ImportResult partial = RoadmapReader.read(file, OPTIONS);
            assertTrue(partial.roadmap().activities().size() >= 0);
        } catch (ImportException e) {
            assertTrue(e.reason() == ImportException.Reason.CORRUPT || e.reason() == ImportException.Reason.NO_TEXT_LAYER
                    || e.reason() == ImportException.Reason.NOTHING_READABLE, e.getMessage());
        }
    }

    @Test
    void a_password_protected_docx_is_refused_as_encrypted() throws Exception {
        byte[] docx = DocumentFixtures.docx(Seeds.text(Seeds.SEED_000));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (var os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
        }
        ImportException e = refused(out.toByteArray(), "locked.docx");
        assertEquals(ImportException.Reason.ENCRYPTED, e.reason());
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void a_password_protected_pdf_is_refused_as_encrypted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }
        ImportException e = refused(out.toByteArray(), "locked.pdf");
        assertEquals(ImportException.Reason.ENCRYPTED, e.reason());
    }

    @Test
    void a_scanned_pdf_without_a_text_layer_gets_one_clear_error() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(out);
        }
        ImportException e = refused(out.toByteArray(), "scan.pdf");
        assertEquals(ImportException.Reason.NO_TEXT_LAYER, e.reason());
        assertTrue(e.getMessage().contains("2 page(s) with no text layer"), e.getMessage());
    }

    @Test
    void a_50_mb_file_is_refused_before_it_is_read() throws IOException {
        Path file = dir.resolve("huge.pdf");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap("%PDF-1.7\n".getBytes()), 0);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}), 50L * 1024 * 1024 - 1);
        }
        ImportException e = assertThrows(ImportException.class, () -> RoadmapReader.read(file, OPTIONS));
        assertEquals(ImportException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("52428800 bytes"), e.getMessage());
    }

    @Test
    void a_legacy_doc_is_refused_with_what_to_do() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        ImportException e = refused(out.toByteArray(), "old.doc");
        assertEquals(ImportException.Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains("save it as .docx"), e.getMessage());
    }

    @Test
    void a_zip_that_is_not_a_word_document_is_refused_as_damaged() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hello".getBytes());
        }
        ImportException e = refused(out.toByteArray(), "archive.docx");
        assertEquals(ImportException.Reason.CORRUPT, e.reason());
    }
}

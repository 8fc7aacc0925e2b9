package org.nastavnik.json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a JSON stream, detected as RFC 4627 says (UTF-8, UTF-16 or UTF-32 from the
 * first four bytes, with or without a byte order mark), and a strict reader of it: a malformed or
 * unmappable byte throws {@link java.nio.charset.CharacterCodingException} instead of being
 * replaced or dropped. The byte order mark is skipped.
 */
final class Encodings {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private Encodings() {
    }

    static Reader reader(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        buffered.mark(4);
        byte[] head = new byte[4];
        int n = buffered.readNBytes(head, 0, 4);
        buffered.reset();
        int b0 = n > 0 ? head[0] & 0xFF : -1;
        int b1 = n > 1 ? head[1] & 0xFF : -1;
        int b2 = n > 2 ? head[2] & 0xFF : -1;
        int b3 = n > 3 ? head[3] & 0xFF : -1;
        Charset charset;
        int bom = 0;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            charset = UTF_32BE;
            bom = 4;
        } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            charset = UTF_32LE;
            bom = 4;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (n == 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
            charset = UTF_32BE;
        } else if (n == 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            charset = UTF_32LE;
        } else if (n >= 2 && b0 == 0 && b1 != 0) {
            charset = StandardCharsets.UTF_16BE;
        } else if (n >= 2 && b0 != 0 && b1 == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = StandardCharsets.UTF_8;
        }
        buffered.skipNBytes(bom);
        return new InputStreamReader(buffered, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}

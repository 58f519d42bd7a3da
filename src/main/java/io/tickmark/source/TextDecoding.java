package io.tickmark.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a text input: by its byte-order mark (UTF-8, UTF-16 LE/BE, GB18030), else by
 * detection in this order: UTF-16 without a mark (zero bytes on one side of most pairs), UTF-8,
 * GB18030 (Chinese filings saved in the Windows code page), and Latin-1 (windows-1252 when its
 * printable 0x80-0x9F characters occur), which decodes anything, so that the control-character test
 * after decoding is what refuses binary files.
 */
final class TextDecoding {
    private TextDecoding() {}

    /** Text and the name of the character set it was decoded from. */
    record Decoded(String text, String encoding) {}

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text, or empty when the bytes are not text (a NUL, or many control characters). */
    static Optional<Decoded> decode(byte[] b) {
        Decoded d = decodeAny(b);
        return d != null && looksLikeText(d.text()) ? Optional.of(d) : Optional.empty();
    }

    private static Decoded decodeAny(byte[] b) {
        if (starts(b, 0xEF, 0xBB, 0xBF)) return strict(b, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
        if (starts(b, 0x84, 0x31, 0x95, 0x33)) return strict(b, 4, GB18030, "GB18030 (BOM)");
        if (starts(b, 0xFF, 0xFE) && !starts(b, 0xFF, 0xFE, 0, 0)) return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
        if (starts(b, 0xFE, 0xFF)) return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
        int pairs = Math.min(b.length, 1 << 16) / 2;
        int zeroOdd = 0, zeroEven = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i] == 0) zeroEven++;
            if (b[2 * i + 1] == 0) zeroOdd++;
        }
        // ASCII letters, digits and spaces in UTF-16 have one zero byte each; binary files have zeros on both sides
        if (pairs >= 2 && zeroOdd >= pairs * 3 / 10 && zeroEven <= pairs / 100) return strict(b, 0, StandardCharsets.UTF_16LE, "UTF-16LE");
        if (pairs >= 2 && zeroEven >= pairs * 3 / 10 && zeroOdd <= pairs / 100) return strict(b, 0, StandardCharsets.UTF_16BE, "UTF-16BE");
        Decoded utf8 = strict(b, 0, StandardCharsets.UTF_8, "UTF-8");
        if (utf8 != null) return utf8;
        if (chineseDoubleBytes(b)) {
            Decoded gb = strict(b, 0, GB18030, "GB18030");
            if (gb != null) return gb;
        }
        for (byte x : b) {
            int c = x & 0xff;
            if (c >= 0x80 && c <= 0x9f) return new Decoded(new String(b, WINDOWS_1252), "windows-1252");
        }
        return new Decoded(new String(b, StandardCharsets.ISO_8859_1), "ISO-8859-1");
    }

    /**
     * Whether the bytes above 0x7F come in the pairs of GB2312/GBK Chinese text (both bytes high):
     * Latin-1 text has a high byte before an ASCII letter or space, which GB18030 would also accept
     * as a pair, and is told apart by this.
     */
    private static boolean chineseDoubleBytes(byte[] b) {
        int high = 0, low = 0;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            if (c < 0x80) { i++; continue; }
            if (i + 1 >= b.length) { low++; break; }
            int t = b[i + 1] & 0xff;
            if (t >= 0x30 && t <= 0x39) { high++; i += 4; continue; }  // a four-byte GB18030 sequence
            if (t >= 0x80) high++; else low++;
            i += 2;
        }
        return high > 0 && high >= 9 * low;
    }

    private static Decoded strict(byte[] b, int offset, Charset cs, String name) {
        try {
            String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            return new Decoded(s, name);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
        return true;
    }

    /** Text: no NUL and few control characters (C0 other than line breaks, tabs and form feeds, and C1). */
    private static boolean looksLikeText(String s) {
        int control = 0;
        int n = Math.min(s.length(), 1 << 16);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) return false;
            if ((c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7f && c <= 0x9f)) control++;
        }
        return control <= n / 100 + 1;
    }
}

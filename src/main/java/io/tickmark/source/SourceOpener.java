package io.tickmark.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens an input file and detects its kind from its first bytes. */
public final class SourceOpener {
    private SourceOpener() {}

    public static Source open(Path path) throws UnreadableInputException {
        if (!Files.exists(path)) throw new UnreadableInputException(path + ": no such file");
        if (Files.isDirectory(path)) throw new UnreadableInputException(path + ": is a directory, not a filing");
        byte[] bytes;
        try {
            // A PDF is read by the PDF extractor from the file itself, so that a large one is never
            // held in memory whole; only its first bytes are read here.
            byte[] head = head(path, PDF_HEADER_WINDOW);
            if (head.length == 0) throw new UnreadableInputException(path + ": file is empty");
            if (indexOf(head, "%PDF-") >= 0) return new Source(path, SourceKind.PDF, head);
            if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                throw new UnreadableInputException(path + ": not a PDF (no %PDF- header)");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UnreadableInputException(path + ": cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) throw new UnreadableInputException(path + ": file is empty");
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) i = 3;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) i++;
        if (i < bytes.length && bytes[i] == '{') return new Source(path, SourceKind.FACTS_JSON, bytes);
        if (!isText(bytes)) throw new UnreadableInputException(path + ": not a PDF, text or facts JSON file");
        return new Source(path, SourceKind.TEXT, bytes);
    }

    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private static byte[] head(Path path, int n) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(n);
        }
    }

    private static int indexOf(byte[] b, String s) {
        outer:
        for (int i = 0; i + s.length() <= b.length; i++) {
            for (int k = 0; k < s.length(); k++) if (b[i + k] != s.charAt(k)) continue outer;
            return i;
        }
        return -1;
    }

    /** Text: valid UTF-8 with no NUL bytes and few control characters. */
    private static boolean isText(byte[] b) {
        int control = 0;
        int n = Math.min(b.length, 1 << 16);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) return false;
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (control > n / 100 + 1) return false;
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

package io.tickmark.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Opens an input file and detects its kind from its first bytes. Every input is opened once and read
 * once, front to back, so that a pipe or FIFO ({@code check <(cat file)}) gives the same result as
 * the file; nothing beyond the size limits of {@link InputLimits} is read. Opening a FIFO that has no
 * writer blocks: the caller bounds it with its per-document time limit.
 */
public final class SourceOpener {
    private SourceOpener() {}

    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;

    public static Source open(Path path) throws UnreadableInputException {
        if (!Files.exists(path)) throw new UnreadableInputException(path + ": no such file");
        if (Files.isDirectory(path)) throw new UnreadableInputException(path + ": is a directory, not a filing");
        // a regular file can be measured and read again (the PDF reader opens it itself); a pipe,
        // FIFO or device can be read only once, as it streams
        boolean regular = Files.isRegularFile(path);
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(PDF_HEADER_WINDOW);
            if (head.length == 0) throw new UnreadableInputException(path + ": file is empty");
            if (indexOf(head, "%PDF-") >= 0) {
                if (!regular) return Source.pdf(path, spool(path, head, in), true);
                if (Files.size(path) > InputLimits.MAX_PDF_BYTES) throw tooLarge(path, "a PDF", InputLimits.MAX_PDF_BYTES);
                return Source.pdf(path, path, false);
            }
            if (path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                throw new UnreadableInputException(path + ": not a PDF (no %PDF- header)");
            }
            if (regular && Files.size(path) > InputLimits.MAX_TEXT_BYTES) throw tooLarge(path, "text or facts JSON", InputLimits.MAX_TEXT_BYTES);
            byte[] rest = in.readNBytes((int) InputLimits.MAX_TEXT_BYTES + 1 - head.length);
            if (head.length + rest.length > InputLimits.MAX_TEXT_BYTES) throw tooLarge(path, "text or facts JSON", InputLimits.MAX_TEXT_BYTES);
            byte[] bytes = Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, bytes, head.length, rest.length);
            TextDecoding.Decoded d = TextDecoding.decode(bytes)
                    .orElseThrow(() -> new UnreadableInputException(path + ": not a PDF, text or facts JSON file"));
            String text = d.text();
            int i = 0;
            while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) i++;
            SourceKind kind = i < text.length() && text.charAt(i) == '{' ? SourceKind.FACTS_JSON : SourceKind.TEXT;
            if (kind == SourceKind.TEXT) text = io.tickmark.util.DrawnText.of(text);
            return Source.text(path, kind, text, d.encoding());
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(path + ": no such file");
        } catch (IOException e) {
            throw new UnreadableInputException(path + ": cannot be read (" + oneLine(e) + ")");
        }
    }

    /** Copies a piped PDF to a temporary file, which the PDF reader can open and seek in. */
    private static Path spool(Path path, byte[] head, InputStream in) throws IOException, UnreadableInputException {
        Path tmp = Files.createTempFile("tickmark-pipe-", ".pdf");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(head);
            long n = head.length;
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                n += r;
                if (n > InputLimits.MAX_PDF_BYTES) throw tooLarge(path, "a PDF", InputLimits.MAX_PDF_BYTES);
                out.write(buf, 0, r);
            }
            kept = true;
            return tmp;
        } finally {
            if (!kept) Files.deleteIfExists(tmp);
        }
    }

    private static UnreadableInputException tooLarge(Path path, String what, long limit) {
        return new UnreadableInputException(path + ": larger than the limit for " + what + " (" + InputLimits.mib(limit) + ")");
    }

    private static String oneLine(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.split("\\R", 2)[0];
    }

    private static int indexOf(byte[] b, String s) {
        outer:
        for (int i = 0; i + s.length() <= b.length; i++) {
            for (int k = 0; k < s.length(); k++) if (b[i + k] != s.charAt(k)) continue outer;
            return i;
        }
        return -1;
    }
}

package io.tickmark.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The filings a command line names: files as given, and for a directory every file below it that is
 * a filing by its content (a PDF by its header, a facts JSON by its format tag, layout text by its
 * extension), in path order so that a batch's report does not depend on the file system. Files in a
 * directory that are none of these (images, spreadsheets, a README) are counted, not checked.
 */
public final class InputFiles {
    private static final int HEAD = 1024;

    /** The expanded list and how many files in directories were passed over. */
    public record Expanded(List<Path> filings, int skipped) {}

    private InputFiles() {}

    public static Expanded expand(List<Path> given) throws IOException {
        List<Path> out = new ArrayList<>();
        int skipped = 0;
        for (Path p : given) {
            if (!Files.isDirectory(p)) {
                out.add(p);  // a named file is always tried, so that a wrong one is reported
                continue;
            }
            List<Path> below;
            try (Stream<Path> s = Files.walk(p)) {
                below = s.filter(Files::isRegularFile).filter(f -> !hidden(p, f)).sorted().toList();
            }
            for (Path f : below) {
                if (isFiling(f)) out.add(f);
                else skipped++;
            }
        }
        return new Expanded(out, skipped);
    }

    /** Under a dot-folder or a dot-file (.git, .tickmark.json): tooling, not filings. */
    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) if (part.toString().startsWith(".")) return true;
        return false;
    }

    static boolean isFiling(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] head;
        try (InputStream in = Files.newInputStream(f)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return true;  // unreadable: let the check report it rather than pass over it silently
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.contains("%PDF-")) return true;
        if (start.stripLeading().startsWith("{")) return start.contains("tickmark-facts");
        return name.endsWith(".txt") || name.endsWith(".text");
    }
}

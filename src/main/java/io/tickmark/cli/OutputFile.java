package io.tickmark.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;

/**
 * Where {@code --output} writes: atomically, through a temporary file in the target's directory
 * renamed over it, so that a reader never sees half a report and a failed write (full disk) leaves the
 * previous file as it was. A target that is not a regular file (a device such as {@code /dev/full}, a
 * FIFO) is written in place. An output that is one of the inputs is refused before anything is read.
 */
final class OutputFile {
    private OutputFile() {}

    /** The input that {@code output} would overwrite, or null. */
    static Path overwrittenInput(Path output, Collection<Path> inputs) {
        if (output == null || !Files.exists(output)) return null;
        for (Path in : inputs) {
            if (in == null || !Files.exists(in)) continue;
            try {
                if (Files.isSameFile(output, in)) return in;
            } catch (IOException ignored) {
                // not comparable: not the same file as far as can be told
            }
        }
        return null;
    }

    /** Writes {@code content}; the IOException's message names what failed, on one line. */
    static void write(Path output, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Path target = Files.isSymbolicLink(output) && Files.exists(output) ? output.toRealPath() : output;
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                throw new IOException(reason(e), e);
            }
            return;
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException("no directory " + dir);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new IOException(reason(e), e);
        } finally {
            if (tmp != null) Files.deleteIfExists(tmp);
        }
    }

    /** The replaced file's permissions, or those of an ordinary new file (a temporary file is private). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) return;
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.split("\\R", 2)[0];
    }

    /**
     * A report written piece by piece (JSON lines): to standard output as it comes, or to a temporary
     * file beside {@code --output} that replaces it on {@link #commit}. The first write error is kept
     * and reported by {@code commit}; later writes are dropped.
     */
    static final class Stream {
        private final java.io.Writer out;
        private final Path tmp;
        private final Path target;
        private IOException failed;

        private Stream(java.io.Writer out, Path tmp, Path target) {
            this.out = out;
            this.tmp = tmp;
            this.target = target;
        }

        void write(String piece) {
            if (failed != null) return;
            try {
                out.write(piece);
                out.flush();
                if (out instanceof java.io.PrintWriter pw && pw.checkError()) throw new IOException("write error");
            } catch (IOException e) {
                failed = e;
            }
        }

        void commit() throws IOException {
            try {
                if (failed != null) throw new IOException(reason(failed), failed);
                if (tmp == null) return;
                out.close();
                keepPermissions(target, tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                if (tmp != null) {
                    out.close();
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }

    /** A stream to {@code output}, or to {@code stdout} where there is none (or it is a device or FIFO). */
    static Stream stream(Path output, java.io.PrintWriter stdout) throws IOException {
        if (output == null) return new Stream(stdout, null, null);
        Path target = Files.isSymbolicLink(output) && Files.exists(output) ? output.toRealPath() : output;
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return new Stream(new java.io.OutputStreamWriter(Files.newOutputStream(target, StandardOpenOption.WRITE),
                    StandardCharsets.UTF_8), null, null);
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException("no directory " + dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        return new Stream(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), tmp, target);
    }
}

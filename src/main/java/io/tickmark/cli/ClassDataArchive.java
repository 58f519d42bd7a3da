package io.tickmark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the class-data archive that every {@code ./tickmark} command starts from: run at package time
 * (Maven's package phase) and by the launcher when the archive is missing.
 *
 * <p>Two steps, each in a JVM of its own: {@link Training} runs the ordinary commands over the bundled
 * examples and lists every class it loaded, then a static dump ({@code -Xshare:dump}) writes the JDK's
 * and our classes into one archive. A static archive, not the dynamic one {@code -XX:ArchiveClassesAtExit}
 * makes: JDK 17's dynamic archive leaves out classes compiled for Java 5 and 6, which picocli's are, so
 * every command parsed its command line with about 300 classes loaded and verified from the jar.
 *
 * <p>The archive is an optimisation: when it cannot be made (a JVM without class-data sharing, a
 * failed training run) this says so in one line, removes what was half written and exits 0, so the
 * build goes on and tickmark starts without it.
 */
public final class ClassDataArchive {
    /**
     * The JVM options the archive is made with. The launcher runs with the same ones: an archive is
     * only mapped by a JVM whose garbage collector and class path match the dump's.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final long STEP_LIMIT_MINUTES = 10;

    private ClassDataArchive() {}

    /** {@code ClassDataArchive ARCHIVE TEXT-EXAMPLE [MORE-EXAMPLES...]}, with the tickmark jar as class path. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ClassDataArchive ARCHIVE TEXT-EXAMPLE [EXAMPLE...]");
            System.exit(2);
        }
        Path archive = Path.of(args[0]);
        Path classList = Path.of(args[0] + ".classlist");
        String classPath = System.getProperty("java.class.path");
        String java = javaCommand();
        try {
            Files.deleteIfExists(archive);
            List<String> training = new ArrayList<>(List.of(java));
            training.addAll(JVM_OPTIONS);
            training.addAll(List.of("-XX:DumpLoadedClassList=" + classList, "-cp", classPath, Training.class.getName()));
            for (int i = 1; i < args.length; i++) training.add(args[i]);
            run("training run", training);

            List<String> dump = new ArrayList<>(List.of(java));
            dump.addAll(JVM_OPTIONS);
            // a class the dump cannot take (a JFR event, one that failed verification) is a warning, not a failure
            dump.addAll(List.of("-Xshare:dump", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive, "-cp", classPath));
            run("archive dump", dump);
            if (!Files.isRegularFile(archive)) throw new IOException("the dump wrote no archive");
        } catch (IOException | InterruptedException e) {
            System.err.println("tickmark: class-data archive not made (" + e.getMessage() + "); tickmark starts without it, more slowly");
            try {
                Files.deleteIfExists(archive);
            } catch (IOException ignored) {
                // a stale half archive is refused by the JVM at start-up anyway
            }
        } finally {
            try {
                Files.deleteIfExists(classList);
            } catch (IOException ignored) {
                // a leftover list in target/ is harmless
            }
        }
        System.exit(0);
    }

    /** The java that runs this, so the archive matches the JVM that Maven (or the launcher) uses. */
    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void run(String step, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(STEP_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(step + " took over " + STEP_LIMIT_MINUTES + " minutes");
        }
        if (p.exitValue() != 0) throw new IOException(step + " exited with " + p.exitValue());
    }
}

package io.tickmark.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process, as {@code main} would, and keeps what it printed. */
public record Cli(int code, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    public static String fixture(String name) {
        return Path.of("src/test/resources/fixtures", name).toString();
    }

    /** Lines written to standard error. */
    public long errLines() {
        return err.lines().count();
    }
}

package io.tickmark.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The training run behind the class-data archive ({@link ClassDataArchive}) made at package time: one check
 * of a bundled example in every report format, a check of each further example given (the PDF
 * example, so the PDF reader's classes are archived too), and the other commands, so that the
 * archive holds what ordinary commands load (the rules, the readers, every renderer) and every first
 * command starts fast, whichever it is. Output is discarded.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) {
        PrintWriter sink = new PrintWriter(new java.io.OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
        for (String format : new String[] {"text", "json", "jsonl", "sarif", "junit", "html"}) {
            Main.run(sink, sink, "check", "--format", format, "--fail-on", "none", "--jobs", "1", args[0]);
        }
        for (int i = 1; i < args.length; i++) Main.run(sink, sink, "check", "--format", "json", "--fail-on", "none", "--jobs", "1", args[i]);
        Main.run(sink, sink, "extract", args[0]);
        Main.run(sink, sink, "rules", "list");
        System.exit(0);
    }
}

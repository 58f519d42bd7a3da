package io.tickmark.report;

import io.tickmark.facts.Finding;
import io.tickmark.facts.SourceRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/** Ordering, severity ranks and fingerprints of findings, shared by all renderers. */
public final class Findings {
    private Findings() {}

    public static int rank(String severity) {
        return switch (severity == null ? "" : severity) {
            case "error" -> 3;
            case "warning" -> 2;
            case "note" -> 1;
            default -> 0;
        };
    }

    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> -rank(f.getSeverity()))
            .thenComparing(Finding::getCategory)
            .thenComparing(f -> firstLine(f))
            .thenComparing(Finding::getRuleId)
            .thenComparing(Finding::getSubject)
            .thenComparing(Finding::getMessage);

    private static int firstLine(Finding f) {
        return f.getAllSources().stream().mapToInt(s -> s.getPage() * 100000 + s.getLine()).min().orElse(0);
    }

    /**
     * A stable identity for a finding: rule, subject (entity scope, statement, concept or label,
     * period). Pages and lines are left out so that an alert survives a redraft that moves it.
     */
    public static String fingerprint(Finding f) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((f.getRuleId() + "|" + f.getSubject()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String where(SourceRef s) {
        return s == null ? "" : s.describe();
    }
}

package io.tickmark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The findings of an earlier JSON report ({@code check --format json}), accepted as known: a
 * finding whose rule id and fingerprint appear in it is reported as {@code baseline} and does not
 * gate the exit code. Findings are matched within the document of the same path; a baseline of a
 * single document applies to any one file (a redraft saved under a new name).
 */
public final class Baseline {
    public static final Baseline NONE = new Baseline(Map.of());

    /** Per document path: the keys {@code ruleId|fingerprint} of its findings. */
    private final Map<String, Set<String>> byDocument;

    private Baseline(Map<String, Set<String>> byDocument) {
        this.byDocument = byDocument;
    }

    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException(file + ": baseline cannot be read (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new IOException(file + ": not a tickmark JSON report (no \"findings\" array)");
        }
        Map<String, Set<String>> m = new TreeMap<>();
        for (JsonNode d : root.path("documents")) m.computeIfAbsent(d.path("path").asText(""), k -> new HashSet<>());
        for (JsonNode f : root.path("findings")) {
            String rule = f.path("ruleId").asText(null);
            String fp = f.path("fingerprint").asText(null);
            if (rule == null || fp == null) throw new IOException(file + ": a finding without ruleId or fingerprint");
            m.computeIfAbsent(f.path("path").asText(f.path("document").asText("")), k -> new HashSet<>()).add(rule + "|" + fp);
        }
        return new Baseline(m);
    }

    public boolean isEmpty() { return byDocument.isEmpty(); }

    /** Whether a finding of {@code ruleId} with {@code fingerprint} in the document at {@code path} is known. */
    public boolean contains(String ruleId, String fingerprint, String path) {
        if (byDocument.isEmpty()) return false;
        String key = ruleId + "|" + fingerprint;
        Set<String> same = byDocument.get(path);
        if (same != null) return same.contains(key);
        if (byDocument.size() == 1) return byDocument.values().iterator().next().contains(key);
        return false;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

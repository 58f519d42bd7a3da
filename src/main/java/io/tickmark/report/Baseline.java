package io.tickmark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Findings accepted as known: those of a baseline file ({@code tickmark baseline}, each with a
 * reason) or of an earlier JSON report ({@code check --format json}), and the waivers of the
 * filings' config files. A finding whose rule id and fingerprint appear here is reported as
 * suppressed and does not gate the exit code. Findings are matched within the document of the same
 * path; a baseline of a single document applies to any one file (a redraft saved under a new name).
 * Waivers belong to the documents their config file covers.
 */
public final class Baseline {
    public static final Baseline NONE = new Baseline(Map.of(), Map.of());
    /** The reason recorded for a finding taken from a plain JSON report, which has none. */
    static final String KNOWN = "known when the baseline was made";

    /** Per document path: the keys {@code ruleId|fingerprint} of its known findings, with why. */
    private final Map<String, Map<String, Suppression>> byDocument;
    /** Per document path: fingerprint (or {@code ruleId|fingerprint}) of waived findings. */
    private final Map<String, Map<String, Suppression>> waivers;

    private Baseline(Map<String, Map<String, Suppression>> byDocument, Map<String, Map<String, Suppression>> waivers) {
        this.byDocument = byDocument;
        this.waivers = waivers;
    }

    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException(file + ": baseline cannot be read (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new IOException(file + ": not a tickmark JSON report or baseline (no \"findings\" array)");
        }
        Map<String, Map<String, Suppression>> m = new TreeMap<>();
        for (JsonNode d : root.path("documents")) m.computeIfAbsent(d.path("path").asText(""), k -> new HashMap<>());
        for (JsonNode f : root.path("findings")) {
            String rule = f.path("ruleId").asText(null);
            String fp = f.path("fingerprint").asText(null);
            if (rule == null || fp == null) throw new IOException(file + ": a finding without ruleId or fingerprint");
            String reason = f.path("reason").asText(KNOWN);
            m.computeIfAbsent(f.path("path").asText(f.path("document").asText("")), k -> new HashMap<>())
                    .put(rule + "|" + fp, new Suppression(Suppression.Kind.BASELINE, reason, f.path("by").asText("")));
        }
        return new Baseline(m, Map.of());
    }

    /** This baseline plus waivers for the document at {@code path} (keyed by fingerprint, or {@code ruleId|fingerprint}). */
    public Baseline withWaivers(String path, Map<String, Suppression> byFingerprint) {
        if (byFingerprint.isEmpty()) return this;
        Map<String, Map<String, Suppression>> w = new TreeMap<>(waivers);
        w.merge(path, Map.copyOf(byFingerprint), (a, b) -> {
            Map<String, Suppression> all = new HashMap<>(a);
            all.putAll(b);
            return all;
        });
        return new Baseline(byDocument, w);
    }

    /** Whether nothing is known or waived. */
    public boolean isEmpty() { return byDocument.isEmpty() && waivers.isEmpty(); }

    /** Whether a baseline file or report was given (SARIF then states each result's baseline state). */
    public boolean hasBaseline() { return !byDocument.isEmpty(); }

    /** Whether a finding of {@code ruleId} with {@code fingerprint} in the document at {@code path} is known. */
    public boolean contains(String ruleId, String fingerprint, String path) {
        return lookup(ruleId, fingerprint, path).isPresent();
    }

    /** Why a finding is accepted, if it is: a waiver first (it is the more specific), then the baseline. */
    public Optional<Suppression> lookup(String ruleId, String fingerprint, String path) {
        Map<String, Suppression> w = waivers.get(path);
        if (w != null) {
            Suppression s = w.getOrDefault(ruleId + "|" + fingerprint, w.get(fingerprint));
            if (s != null) return Optional.of(s);
        }
        if (byDocument.isEmpty()) return Optional.empty();
        String key = ruleId + "|" + fingerprint;
        Map<String, Suppression> same = byDocument.get(path);
        if (same != null) return Optional.ofNullable(same.get(key));
        if (byDocument.size() == 1) return Optional.ofNullable(only(byDocument.values()).get(key));
        return Optional.empty();
    }

    private static Map<String, Suppression> only(Collection<Map<String, Suppression>> maps) {
        return maps.iterator().next();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

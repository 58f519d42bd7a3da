package io.tickmark.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickmark.extract.Pages;
import io.tickmark.facts.SourceRef;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where SARIF places a result: artifact URIs relative to a base directory (the repository root in
 * CI) under the {@code %SRCROOT%} base id, so code scanning can put an alert on the filing in the
 * repository; regions in text by line and column; in a PDF by page and the line within the page.
 */
final class SarifLocations {
    /** The base id GitHub code scanning and the SARIF tutorials use for the checkout root. */
    static final String SRCROOT = "%SRCROOT%";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path base;

    SarifLocations(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /** The declaration of the base id, for {@code run.originalUriBaseIds}: an absolute URI ending in '/'. */
    ObjectNode baseIds() {
        ObjectNode ids = MAPPER.createObjectNode();
        String uri = base.toUri().toString();
        ids.putObject(SRCROOT).put("uri", uri.endsWith("/") ? uri : uri + "/");
        return ids;
    }

    /** An artifact location for a document path as given on the command line. */
    ObjectNode artifact(String path) {
        ObjectNode a = MAPPER.createObjectNode();
        a.put("uri", relative(path));
        a.put("uriBaseId", SRCROOT);
        return a;
    }

    /** The path relative to the base as a URI reference ({@code ../} where it lies outside the base). */
    String relative(String path) {
        if (path == null || path.isEmpty()) return "unknown";
        try {
            Path abs = Path.of(path).toAbsolutePath().normalize(); // a path as typed is relative to the working directory
            String rel = base.relativize(abs).toString().replace('\\', '/');
            return new URI(null, null, rel.isEmpty() ? "." : rel, null).toASCIIString();
        } catch (URISyntaxException | RuntimeException e) {
            return path.replace('\\', '/').replace(" ", "%20");
        }
    }

    /**
     * The region of a source: in text, its lines (and columns on one line); in a PDF, the line within
     * its page ({@code pages} known), since a PDF reader counts lines per page, not per file. Null
     * when the source names no line.
     */
    static ObjectNode region(SourceRef s, Pages pages) {
        if (s == null || s.getLine() <= 0) return null;
        ObjectNode region = MAPPER.createObjectNode();
        if (pages.known()) {
            int first = pages.lineInPage(s.getPage(), s.getLine());
            if (first <= 0) return null;
            region.put("startLine", first);
            int last = pages.lineInPage(s.getPage(), s.getLineEnd());
            if (last > first) region.put("endLine", last);
            return region;
        }
        region.put("startLine", s.getLine());
        if (s.getLineEnd() > s.getLine()) {
            region.put("endLine", s.getLineEnd());
        } else if (s.getColumnEnd() > s.getColumn()) {
            region.put("startColumn", s.getColumn() + 1); // SourceRef columns are 0-based, end exclusive
            region.put("endColumn", s.getColumnEnd() + 1);
        }
        return region;
    }
}

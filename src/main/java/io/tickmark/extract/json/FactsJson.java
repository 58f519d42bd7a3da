package io.tickmark.extract.json;

import io.tickmark.util.Regex;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickmark.extract.Extraction;
import io.tickmark.facts.DocumentInfo;
import io.tickmark.facts.ExtractionIssue;
import io.tickmark.facts.Figure;
import io.tickmark.facts.Operand;
import io.tickmark.facts.Relation;
import io.tickmark.facts.SourceRef;
import io.tickmark.facts.TableInfo;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts JSON format: what {@code tickmark extract} writes and {@code tickmark check} reads, so
 * that a draft produced by another system can be checked without a PDF. Line items carry their
 * table, row, column, concept, period and displayed precision; layout relations travel with them
 * (the linkbase's relations are added again when the file is checked).
 */
public final class FactsJson {
    public static final String FORMAT = "tickmark-facts/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Numbers read exactly: a double would turn 1e400 into infinity before the range check sees it. */
    private static final ObjectMapper READER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private FactsJson() {}

    public static void write(Extraction ex, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        DocumentInfo d = ex.document();
        ObjectNode doc = root.putObject("document");
        doc.put("path", d.getPath());
        doc.put("kind", d.getKind());
        doc.put("entity", d.getEntity());
        doc.put("periodEnd", d.getPeriodEnd());
        doc.put("currency", d.getCurrency());
        doc.put("framework", d.getFramework());
        ArrayNode tables = root.putArray("tables");
        for (TableInfo t : ex.tables()) {
            ObjectNode n = tables.addObject();
            n.put("id", t.getId());
            n.put("statement", t.getStatement());
            n.put("scope", t.getScope());
            n.put("title", t.getTitle());
            ArrayNode cols = n.putArray("columns");
            t.getColumns().forEach(cols::add);
            n.put("rowsWithFigures", t.getRowsWithFigures());
            n.put("rowsRead", t.getRowsRead());
            putSource(n, t.getSource());
        }
        ArrayNode items = root.putArray("lineItems");
        for (Figure f : ex.figures()) {
            ObjectNode n = items.addObject();
            n.put("table", f.getTable());
            n.put("statement", f.getStatement());
            n.put("scope", f.getScope());
            n.put("row", f.getRow());
            n.put("column", f.getColumn());
            n.put("label", f.getLabel());
            n.put("concept", f.getConcept());
            n.put("columnLabel", f.getColumnLabel());
            n.put("period", f.getPeriod());
            n.put("value", f.getValue().toPlainString());
            n.put("decimals", f.getDecimals());
            n.put("scale", f.getScale());
            n.put("unit", f.getUnit());
            putSource(n, f.getSource());
        }
        ArrayNode rels = root.putArray("relations");
        for (Relation r : ex.relations()) {
            ObjectNode n = rels.addObject();
            n.put("id", r.getId());
            n.put("kind", r.getKind());
            n.put("table", r.getTable());
            n.put("total", r.getTotal());
            ArrayNode parts = n.putArray("parts");
            for (Operand o : r.getParts()) {
                ObjectNode po = parts.addObject().put("key", o.getKey()).put("weight", o.getWeight());
                if (o.isRequired()) po.put("required", true);
            }
            n.put("origin", r.getOrigin());
            n.put("description", r.getDescription());
            if (r.isAmbiguous()) {
                n.put("group", r.getGroup());
                n.put("alternatives", r.getAlternatives());
            }
        }
        ArrayNode issues = root.putArray("extractionIssues");
        for (ExtractionIssue i : ex.issues()) {
            ObjectNode n = issues.addObject();
            n.put("table", i.getTable());
            n.put("what", i.getWhat());
            n.put("text", i.getText());
            putSource(n, i.getSource());
        }
        MAPPER.writeValue(out, root);
    }

    /** Reads a facts file; {@code path} names it in findings. */
    public static Extraction read(byte[] json, String path) throws IOException {
        try (JsonParser p = READER.createParser(json)) {
            return read(p, path);
        } catch (NumberFormatException e) {
            throw numberBeyondRange(e);
        }
    }

    /** Reads a facts file already decoded to text; {@code path} names it in findings. */
    public static Extraction read(String json, String path) throws IOException {
        try (JsonParser p = READER.createParser(json)) {
            return read(p, path);
        } catch (NumberFormatException e) {
            throw numberBeyondRange(e);
        }
    }

    /** A JSON number no decimal can hold (an exponent beyond 2^31, found by fuzzing): the file is malformed. */
    private static IOException numberBeyondRange(NumberFormatException e) {
        String m = e.getMessage() == null ? "" : Regex.split(e.getMessage(), "\\R", 2)[0];
        int cut = m.indexOf(" can not be deserialized");
        return new IOException("a number beyond any representable range" + (cut > 0 ? ": " + m.substring(0, cut) : ""), e);
    }

    /**
     * Streams the file's sections, each line item, table, relation and issue read as a small tree of its
     * own: a tree of the whole file took several times the file's size (172 MiB for 100 k line items,
     * beside the facts being built from it). What is read is as from the whole tree: a section given twice
     * counts once, as its last copy; facts and issues keep the order of the sections below, whatever the
     * file's; a file that is not JSON fails as such before a line item's fault is reported.
     */
    private static Extraction read(JsonParser p, String path) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) throw notFactsFile();
        JsonNode document = null;
        List<TableInfo> tables = List.of();
        LineItems items = new LineItems(path);
        Relations relations = new Relations(path);
        List<ExtractionIssue> issues = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String section = p.currentName();
            p.nextToken();
            switch (section) {
                case "document" -> document = tree(p);
                case "tables" -> {
                    List<TableInfo> read = new ArrayList<>();
                    forEachElement(p, t -> read.add(table(t, path)));
                    tables = read;
                }
                case "lineItems" -> {
                    LineItems read = new LineItems(path);
                    forEachElement(p, read::add);
                    items = read;
                }
                case "relations" -> {
                    Relations read = new Relations(path);
                    forEachElement(p, read::add);
                    relations = read;
                }
                case "extractionIssues" -> {
                    List<ExtractionIssue> read = new ArrayList<>();
                    forEachElement(p, i -> read.add(new ExtractionIssue(path, text(i, "table"), text(i, "what"), text(i, "text"), source(i, path))));
                    issues = read;
                }
                // read, not skipped: a whole tree parsed every number in it, and a number beyond range failed the file
                default -> tree(p);
            }
        }
        if (document == null) throw notFactsFile();
        if (items.fault != null) throw items.fault;
        DocumentInfo info = new DocumentInfo(path, path, text(document, "kind"), text(document, "entity"), text(document, "periodEnd"),
                text(document, "currency"), text(document, "framework") == null ? "ifrs" : text(document, "framework"));
        Extraction ex = new Extraction(info);
        ex.tables().addAll(tables);
        ex.figures().addAll(items.figures);
        ex.issues().addAll(items.issues);
        ex.relations().addAll(relations.relations);
        ex.issues().addAll(relations.issues);
        ex.issues().addAll(issues);
        return ex;
    }

    private static IOException notFactsFile() {
        return new IOException("not a tickmark facts file: no \"document\" header");
    }

    /** The value the parser is on as a tree (a JSON null as NullNode, as a whole tree holds it). */
    private static JsonNode tree(JsonParser p) throws IOException {
        JsonNode n = READER.readTree(p);
        return n == null ? NullNode.getInstance() : n;
    }

    /** What is done with each element of a section; a fault in the file stops the read. */
    private interface ElementReader {
        void read(JsonNode element) throws IOException;
    }

    /**
     * Hands each element of the section value the parser is on to {@code reader}, one at a time for an
     * array: what iterating that value in a whole tree gives (an object's values, nothing for a scalar).
     */
    private static void forEachElement(JsonParser p, ElementReader reader) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            JsonNode whole = tree(p);
            if (whole.isObject()) for (JsonNode n : whole) reader.read(n);
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) reader.read(tree(p));
    }

    private static TableInfo table(JsonNode t, String path) {
        List<String> cols = new ArrayList<>();
        t.path("columns").forEach(c -> cols.add(c.asText()));
        return new TableInfo(text(t, "id"), path, text(t, "statement"), text(t, "scope"), text(t, "title"), cols,
                t.path("rowsWithFigures").asInt(), t.path("rowsRead").asInt(), source(t, path));
    }

    /** The line items read so far, the out-of-range ones as issues; the first malformed one fails the file. */
    private static final class LineItems {
        private final String path;
        final List<Figure> figures = new ArrayList<>();
        final List<ExtractionIssue> issues = new ArrayList<>();
        /** Kept, not thrown at once: a file that turns out not to be JSON (or no facts file) is reported as that. */
        IOException fault;

        LineItems(String path) {
            this.path = path;
        }

        void add(JsonNode f) {
            if (fault != null) return;
            try {
                read(f);
            } catch (IOException e) {
                fault = e;
            }
        }

        private void read(JsonNode f) throws IOException {
            String table = require(f, "table");
            int row = f.path("row").asInt();
            int col = f.path("column").asInt();
            String raw = require(f, "value");
            BigDecimal value;
            try {
                value = new BigDecimal(raw.length() > 100 ? raw.substring(0, 100) : raw);
            } catch (NumberFormatException e) {
                throw new IOException("line item in " + table + " row " + row + ": value is not a number");
            }
            String where = "line item in " + table + " row " + row + " column " + col;
            String problem = FactRanges.value(raw, value);
            Integer decimals = null;
            Long scale = null;
            if (problem == null) {
                decimals = FactRanges.decimals(f.get("decimals"), value);
                if (decimals == null) problem = "decimals " + f.get("decimals") + " is not a whole number from "
                        + FactRanges.MIN_DECIMALS + " to " + FactRanges.MAX_DECIMALS;
            }
            if (problem == null) {
                scale = FactRanges.scale(f.get("scale"));
                if (scale == null) problem = "scale " + f.get("scale") + " is not a power of ten from 1 to 10^" + FactRanges.MAX_SCALE_EXPONENT;
            }
            if (problem != null) {
                // out of range: not read, and said so (an extraction finding), never a silent pass or a crash
                issues.add(new ExtractionIssue(path, table, "line item out of range", where + ": " + problem, source(f, path)));
                return;
            }
            figures.add(new Figure(Figure.idFor(table, row, col), path, table,
                    orElse(text(f, "statement"), "note"), orElse(text(f, "scope"), "consolidated"), row, col,
                    orElse(text(f, "label"), ""), text(f, "concept"), orElse(text(f, "columnLabel"), ""), text(f, "period"),
                    value, decimals, scale, text(f, "unit"), source(f, path)));
        }
    }

    /** The relations read so far; one whose part has an out-of-range weight is an issue instead. */
    private static final class Relations {
        private final String path;
        final List<Relation> relations = new ArrayList<>();
        final List<ExtractionIssue> issues = new ArrayList<>();

        Relations(String path) {
            this.path = path;
        }

        void add(JsonNode r) {
            List<Operand> ops = new ArrayList<>();
            boolean inRange = true;
            for (JsonNode p : r.path("parts")) {
                JsonNode w = p.path("weight");
                if (!w.isMissingNode() && !FactRanges.weight(w)) inRange = false;
                ops.add(new Operand(p.path("key").asText(), w.asInt(1), p.path("required").asBoolean(false)));
            }
            if (!inRange) {
                issues.add(new ExtractionIssue(path, text(r, "table"), "relation out of range",
                        "relation " + text(r, "id") + ": a part's weight is not a whole number from -" + FactRanges.MAX_WEIGHT
                                + " to " + FactRanges.MAX_WEIGHT, SourceRef.ofLines(path, 0, 0, 0)));
                return;
            }
            relations.add(new Relation(text(r, "id"), text(r, "kind"), path, text(r, "table"), text(r, "total"), ops,
                    orElse(text(r, "origin"), "layout"), orElse(text(r, "description"), ""),
                    text(r, "group"), r.path("alternatives").asInt(1)));
        }
    }

    private static void putSource(ObjectNode n, SourceRef s) {
        if (s == null) return;
        ObjectNode o = n.putObject("source");
        if (s.getPage() > 0) o.put("page", s.getPage());
        if (s.getLine() > 0) o.put("line", s.getLine());
        if (s.getLineEnd() > s.getLine()) o.put("lineEnd", s.getLineEnd());
        if (s.getColumnEnd() > 0) {
            o.put("column", s.getColumn());
            o.put("columnEnd", s.getColumnEnd());
        }
        if (s.getBox() != null) o.put("box", s.getBox());
    }

    private static SourceRef source(JsonNode n, String path) {
        JsonNode s = n.path("source");
        if (s.isMissingNode()) return SourceRef.ofLines(path, 0, 0, 0);
        return new SourceRef(path, s.path("page").asInt(), s.path("line").asInt(), s.path("lineEnd").asInt(),
                s.path("column").asInt(), s.path("columnEnd").asInt(), s.has("box") ? s.get("box").asText() : null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String require(JsonNode n, String field) throws IOException {
        String v = text(n, field);
        if (v == null) throw new IOException("line item without \"" + field + "\"");
        return v;
    }

    private static String orElse(String v, String d) {
        return v == null ? d : v;
    }
}

package io.tickmark.rules.cases;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.json.FactsJson;
import io.tickmark.facts.Figure;
import io.tickmark.facts.SourceRef;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the facts of a case. Line items, tables, relations and extraction issues take the shapes
 * of the facts JSON ({@link FactsJson}), so a case can be cut from {@code tickmark extract} output.
 * A table that line items name but {@code tables} does not list is added with the items' statement
 * and scope. Facts of other kinds go in {@code objects}: {@code {"type": "Name", "args": [...]}}
 * calls the public constructor of {@code io.tickmark.facts.Name} (or a fully qualified class)
 * taking that many arguments; an argument of type {@code SourceRef} is given in the facts JSON's
 * source shape, a {@code Figure} as the id of a line item ({@code "table#row.column"}), a
 * {@code LocalDate} as {@code "YYYY-MM-DD"}, and the
 * string {@code "$document"} stands for the case's document id.
 */
final class CaseFacts {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FACTS_PACKAGE = "io.tickmark.facts.";

    private CaseFacts() {}

    static Extraction build(JsonNode facts, String documentId, String where) throws CaseFormatException {
        ObjectNode doc = facts.deepCopy();
        JsonNode objects = doc.remove("objects");
        if (!doc.has("document")) doc.putObject("document").put("kind", "test");
        addMissingTables(doc);
        Extraction ex;
        try {
            ex = FactsJson.read(MAPPER.writeValueAsBytes(doc), documentId);
        } catch (IOException e) {
            throw new CaseFormatException(where + ": facts: " + e.getMessage());
        }
        if (objects != null) {
            if (!objects.isArray()) throw new CaseFormatException(where + ": facts.objects must be an array");
            for (JsonNode o : objects) ex.otherFacts().add(object(o, ex, documentId, where));
        }
        return ex;
    }

    private static void addMissingTables(ObjectNode doc) {
        Map<String, JsonNode> referenced = new LinkedHashMap<>();
        for (JsonNode li : doc.path("lineItems")) {
            String t = li.path("table").asText(null);
            if (t != null) referenced.putIfAbsent(t, li);
        }
        for (JsonNode t : doc.path("tables")) referenced.remove(t.path("id").asText());
        if (referenced.isEmpty()) return;
        ArrayNode tables = doc.has("tables") && doc.get("tables").isArray() ? (ArrayNode) doc.get("tables") : doc.putArray("tables");
        for (Map.Entry<String, JsonNode> e : referenced.entrySet()) {
            long rows = 0;
            for (JsonNode li : doc.path("lineItems")) if (e.getKey().equals(li.path("table").asText())) rows++;
            ObjectNode t = tables.addObject();
            t.put("id", e.getKey());
            t.put("statement", e.getValue().path("statement").asText("note"));
            t.put("scope", e.getValue().path("scope").asText("consolidated"));
            t.put("title", e.getKey());
            t.putArray("columns");
            t.put("rowsWithFigures", rows);
            t.put("rowsRead", rows);
        }
    }

    private static Object object(JsonNode o, Extraction ex, String documentId, String where) throws CaseFormatException {
        String type = o.path("type").asText(null);
        JsonNode args = o.get("args");
        if (type == null || args == null || !args.isArray()) {
            throw new CaseFormatException(where + ": facts.objects entries need \"type\" and \"args\" (an array)");
        }
        Class<?> cls;
        try {
            cls = Class.forName(type.contains(".") ? type : FACTS_PACKAGE + type);
        } catch (ClassNotFoundException e) {
            throw new CaseFormatException(where + ": no fact class " + type);
        }
        List<Constructor<?>> ctors = new ArrayList<>(Arrays.asList(cls.getConstructors()));
        ctors.removeIf(c -> c.getParameterCount() != args.size() || !Modifier.isPublic(c.getModifiers()));
        ctors.sort(Comparator.comparing(Constructor::toGenericString));
        String last = "no public constructor of " + cls.getSimpleName() + " takes " + args.size() + " arguments";
        for (Constructor<?> c : ctors) {
            try {
                Type[] types = c.getGenericParameterTypes();
                Object[] values = new Object[types.length];
                for (int i = 0; i < types.length; i++) values[i] = convert(args.get(i), types[i], ex, documentId);
                return c.newInstance(values);
            } catch (IllegalArgumentException | ReflectiveOperationException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                last = cls.getSimpleName() + c.getParameterCount() + "-argument constructor: " + cause.getMessage();
            }
        }
        throw new CaseFormatException(where + ": cannot build " + type + ": " + last);
    }

    private static Object convert(JsonNode arg, Type type, Extraction ex, String documentId) {
        if (arg.isTextual() && arg.asText().equals("$document")) return documentId;
        if (type == SourceRef.class) return arg.isNull() ? null : source(arg, documentId);
        if (type == Figure.class) return figure(arg, ex);
        if (type == LocalDate.class) return arg.isNull() ? null : date(arg.asText());
        JavaType jt = MAPPER.getTypeFactory().constructType(type);
        if (jt.isCollectionLikeType() && jt.getContentType().getRawClass() == Figure.class) {
            List<Figure> out = new ArrayList<>();
            for (JsonNode a : arg) out.add(figure(a, ex));
            return out;
        }
        if (jt.isCollectionLikeType() && jt.getContentType().getRawClass() == SourceRef.class) {
            List<SourceRef> out = new ArrayList<>();
            for (JsonNode a : arg) out.add(source(a, documentId));
            return out;
        }
        return MAPPER.convertValue(arg, jt);
    }

    private static SourceRef source(JsonNode s, String documentId) {
        return new SourceRef(documentId, s.path("page").asInt(), s.path("line").asInt(), s.path("lineEnd").asInt(),
                s.path("column").asInt(), s.path("columnEnd").asInt(), s.has("box") ? s.get("box").asText() : null);
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a date is written YYYY-MM-DD, not \"" + s + "\"");
        }
    }

    /** A line item by {@code "table#row.column"}. */
    private static Figure figure(JsonNode ref, Extraction ex) {
        String s = ref.asText("");
        int hash = s.lastIndexOf('#');
        int dot = s.lastIndexOf('.');
        if (hash < 0 || dot < hash) throw new IllegalArgumentException("a figure is named \"table#row.column\", not \"" + s + "\"");
        String table = s.substring(0, hash);
        int row = Integer.parseInt(s.substring(hash + 1, dot));
        int col = Integer.parseInt(s.substring(dot + 1));
        for (Figure f : ex.figures()) if (f.getTable().equals(table) && f.getRow() == row && f.getColumn() == col) return f;
        throw new IllegalArgumentException("no line item " + s);
    }

}

package io.tickmark.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickmark.facts.MessageTemplate;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/** Writes a {@link DraftDiff} as text for a person or as JSON for a pipeline. */
public final class DiffReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffReport() {}

    public static void text(DraftDiff d, Writer w) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("tickmark diff ").append(d.oldPath()).append(" -> ").append(d.newPath()).append('\n');
        s.append(d.oldFigures()).append(" figures before, ").append(d.newFigures()).append(" after\n");
        if (d.isEmpty()) {
            s.append("\nNo differences.\n");
            w.write(s.toString());
            w.flush();
            return;
        }
        section(s, "Figures changed", d.changed(), c -> c.label() + " (" + c.period() + "): " + amount(c.before()) + " -> "
                + amount(c.after()) + where(c.whereBefore(), c.whereAfter()) + "\n      " + c.identity());
        section(s, "Figures added", d.added(), c -> c.label() + " (" + c.period() + "): " + amount(c.after())
                + where(null, c.whereAfter()));
        section(s, "Figures removed", d.removed(), c -> c.label() + " (" + c.period() + "): " + amount(c.before())
                + where(c.whereBefore(), null));
        section(s, "Notes and tables removed", d.tablesRemoved(), t -> t.title() + " (" + t.figures() + " figures"
                + (t.where().isEmpty() ? "" : ", was at " + t.where()) + ")");
        section(s, "Notes and tables added", d.tablesAdded(), t -> t.title() + " (" + t.figures() + " figures"
                + (t.where().isEmpty() ? "" : ", at " + t.where()) + ")");
        section(s, "Checks newly failing", d.newlyFailing(), c -> c.ruleId() + " " + c.where() + ": "
                + (c.before() == null ? "not performed" : c.before()) + " -> " + c.after() + "\n      " + c.identity());
        section(s, "Checks newly passing", d.newlyPassing(), c -> c.ruleId() + " " + c.where() + ": " + c.before()
                + " -> " + c.after() + "\n      " + c.identity());
        section(s, "New findings", d.findingsNew(), f -> "[" + f.severity() + "] " + f.ruleId() + " " + f.message());
        section(s, "Findings resolved", d.findingsResolved(), f -> "[" + f.severity() + "] " + f.ruleId() + " " + f.message());
        w.write(s.toString());
        w.flush();
    }

    public static void json(DraftDiff d, Writer w) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("old", d.oldPath());
        root.put("new", d.newPath());
        root.put("oldFigures", d.oldFigures());
        root.put("newFigures", d.newFigures());
        root.set("figuresChanged", JSON.valueToTree(d.changed()));
        root.set("figuresAdded", JSON.valueToTree(d.added()));
        root.set("figuresRemoved", JSON.valueToTree(d.removed()));
        root.set("tablesRemoved", JSON.valueToTree(d.tablesRemoved()));
        root.set("tablesAdded", JSON.valueToTree(d.tablesAdded()));
        root.set("checksNewlyFailing", JSON.valueToTree(d.newlyFailing()));
        root.set("checksNewlyPassing", JSON.valueToTree(d.newlyPassing()));
        root.set("findingsNew", JSON.valueToTree(d.findingsNew()));
        root.set("findingsResolved", JSON.valueToTree(d.findingsResolved()));
        for (var it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getValue() instanceof ArrayNode a) for (var n : a) if (n instanceof ObjectNode o) stripAmounts(o);
        }
        w.write(JSON.writeValueAsString(root));
        w.write('\n');
        w.flush();
    }

    /** Amounts as plain decimal strings, as the check report writes them. */
    private static void stripAmounts(ObjectNode o) {
        for (String k : List.of("before", "after")) {
            if (o.has(k) && o.get(k).isNumber()) o.put(k, o.get(k).decimalValue().toPlainString());
        }
    }

    private interface Line<T> {
        String of(T t);
    }

    private static <T> void section(StringBuilder s, String title, List<T> items, Line<T> line) {
        if (items.isEmpty()) return;
        s.append('\n').append(title).append(" (").append(items.size()).append(")\n");
        for (T t : items) s.append("  - ").append(line.of(t)).append('\n');
    }

    private static String amount(BigDecimal v) {
        return v == null ? "-" : MessageTemplate.amount(v);
    }

    private static String where(String before, String after) {
        if (before == null && after == null) return "";
        if (before == null) return " [" + after + "]";
        if (after == null) return " [was " + before + "]";
        return before.equals(after) ? " [" + after + "]" : " [" + before + " -> " + after + "]";
    }
}

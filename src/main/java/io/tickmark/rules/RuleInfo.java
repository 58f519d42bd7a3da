package io.tickmark.rules;

/**
 * One DRL rule's metadata as compiled: name, pack, and the {@code @id} family it belongs to.
 * {@code source} names the DRL file for rules compiled at run time ({@code --rules DIR}) and is
 * null for the built-in packs.
 */
public record RuleInfo(String name, String pack, String id, String severity, String category, String message,
                       String authority, String since, String description, String source) {

    public RuleInfo(String name, String pack, String id, String severity, String category, String message,
                    String authority, String since, String description) {
        this(name, pack, id, severity, category, message, authority, since, description, null);
    }

    /** Where the rule is defined, for messages about it. */
    public String where() {
        return (source != null ? source + ": " : "pack " + pack + ": ") + "rule \"" + name + "\"";
    }
}

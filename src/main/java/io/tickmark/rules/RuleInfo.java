package io.tickmark.rules;

/** One DRL rule's metadata as compiled: name, pack, and the {@code @id} family it belongs to. */
public record RuleInfo(String name, String pack, String id, String severity, String category, String message,
                       String authority, String since, String description) {}

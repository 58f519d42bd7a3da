package io.tickmark.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * The severity a rule declares in {@code @severity}. Renderers map it to their own levels with an
 * exhaustive switch over this enum, so a new severity cannot be added without deciding its level in
 * every format.
 */
public enum Severity {
    NOTE, WARNING, ERROR;

    /** The severity named by {@code @severity}, if it is one of {@code error}, {@code warning}, {@code note}. */
    public static Optional<Severity> parse(String s) {
        if (s == null) return Optional.empty();
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warning" -> Optional.of(WARNING);
            case "note" -> Optional.of(NOTE);
            default -> Optional.empty();
        };
    }

    /**
     * The severity of a finding. A value outside the three is a broken rule pack (the catalogue check
     * rejects it); it is treated as an error so that it cannot pass a gate unseen.
     */
    public static Severity of(String s) {
        return parse(s).orElse(ERROR);
    }

    /** 1 for note, 2 for warning, 3 for error: higher is more severe. */
    public int rank() {
        return ordinal() + 1;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.tickmark.facts;

/**
 * A row or column number as the key relations name it by ({@code "12"}). The binding rules ask each
 * figure of a table for its keys once per relation over the table, so the keys of the positions
 * tables have (a few hundred rows at most) are made once and shared instead of formatted per call.
 */
final class PositionKeys {
    private static final String[] SMALL = new String[1024];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = Integer.toString(i);
    }

    private PositionKeys() {}

    /** {@code Integer.toString(position)}, without a new string for the positions tables have. */
    static String of(int position) {
        return position >= 0 && position < SMALL.length ? SMALL[position] : Integer.toString(position);
    }
}

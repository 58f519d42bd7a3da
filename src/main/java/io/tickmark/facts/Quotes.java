package io.tickmark.facts;

import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
/** Quoting text in evidence lines: collapsed white space, cut at a word boundary. */
public final class Quotes {
    private Quotes() {}

    public static String cut(String s, int max) {
        if (s == null) return "";
        String t = Spaces.collapse(s).trim();
        if (t.length() <= max) return t;
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + " …";
    }
}

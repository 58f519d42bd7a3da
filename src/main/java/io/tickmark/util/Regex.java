package io.tickmark.util;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * String's regex methods ({@code matches}, {@code replaceAll}, {@code replaceFirst}, {@code split})
 * with each regex compiled once instead of on every call: the readers apply their patterns to every
 * line and sentence of a document, and compiling them again each time was a large share of the
 * extraction time. Same results as the String methods. Meant for regexes written in the code (a
 * fixed set); a regex built from data should be compiled where it is built.
 */
public final class Regex {
    private static final ConcurrentHashMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regex() {}

    /** The compiled pattern of a regex, compiled on first use. */
    public static Pattern of(String regex) {
        Pattern p = COMPILED.get(regex);
        if (p == null) p = COMPILED.computeIfAbsent(regex, Pattern::compile);
        return p;
    }

    /** {@code text.matches(regex)}. */
    public static boolean matches(String text, String regex) {
        return of(regex).matcher(text).matches();
    }

    /** {@code text.replaceAll(regex, replacement)}. */
    public static String replaceAll(String text, String regex, String replacement) {
        return of(regex).matcher(text).replaceAll(replacement);
    }

    /** {@code text.replaceFirst(regex, replacement)}. */
    public static String replaceFirst(String text, String regex, String replacement) {
        return of(regex).matcher(text).replaceFirst(replacement);
    }

    /** {@code text.split(regex)}. */
    public static String[] split(String text, String regex) {
        return of(regex).split(text);
    }

    /** {@code text.split(regex, limit)}. */
    public static String[] split(String text, String regex, int limit) {
        return of(regex).split(text, limit);
    }
}

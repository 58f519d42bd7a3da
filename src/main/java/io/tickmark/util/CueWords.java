package io.tickmark.util;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed set of cue words (lower-case ASCII, two characters or more) looked for in a text in one
 * pass: which of them occur, ASCII letters of the text in either case. It stands in for a run of
 * {@code lower.contains(word)} over a lower-case copy of each sentence, one scan per word, that the
 * readers make before their patterns (a sentence without a kind's words is not matched against the
 * kind's patterns). Meant as such a gate: it finds every word the lower-case copy would contain, and
 * also where the text has U+0130 for "i" (which lower-cases to "i" and a combining dot).
 */
public final class CueWords {
    private static final int ASCII = 128;
    private final String[] words;
    /** The indexes of the words that start with each pair of ASCII characters, by {@code first * 128 + second}. */
    private final int[][] byPair = new int[ASCII * ASCII][];

    public CueWords(List<String> words) {
        this.words = words.toArray(new String[0]);
        List<List<Integer>> pairs = new ArrayList<>();
        for (int i = 0; i < ASCII * ASCII; i++) pairs.add(null);
        for (int w = 0; w < this.words.length; w++) {
            String word = this.words[w];
            if (word.length() < 2) throw new IllegalArgumentException("a cue word has two characters or more: " + word);
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (c >= ASCII || c >= 'A' && c <= 'Z') throw new IllegalArgumentException("a cue word is lower-case ASCII: " + word);
            }
            int key = word.charAt(0) * ASCII + word.charAt(1);
            if (pairs.get(key) == null) pairs.set(key, new ArrayList<>());
            pairs.get(key).add(w);
        }
        for (int i = 0; i < ASCII * ASCII; i++) {
            if (pairs.get(i) != null) byPair[i] = pairs.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The index of a word of the set, as {@link #scan} reports it. */
    public int id(String word) {
        for (int w = 0; w < words.length; w++) if (words[w].equals(word)) return w;
        throw new IllegalArgumentException("not a cue word: " + word);
    }

    /** The indexes of words of the set. */
    public int[] ids(List<String> some) {
        return some.stream().mapToInt(this::id).toArray();
    }

    /** Which words of the set occur in the text, by index. */
    public boolean[] scan(String text) {
        boolean[] found = new boolean[words.length];
        char[] cs = text.toCharArray();
        int n = cs.length;
        if (n < 2) return found;
        char next = fold(cs[0]);
        for (int i = 0; i + 1 < n; i++) {
            char c = next;
            next = fold(cs[i + 1]);
            if (c >= ASCII || next >= ASCII) continue;
            int[] candidates = byPair[c * ASCII + next];
            if (candidates == null) continue;
            for (int w : candidates) {
                if (!found[w] && occursAt(cs, i, words[w])) found[w] = true;
            }
        }
        return found;
    }

    /** Whether any of the words (by index) was found. */
    public static boolean any(boolean[] found, int[] ids) {
        for (int id : ids) if (found[id]) return true;
        return false;
    }

    private static boolean occursAt(char[] cs, int at, String word) {
        int n = word.length();
        if (at + n > cs.length) return false;
        for (int k = 2; k < n; k++) if (fold(cs[at + k]) != word.charAt(k)) return false;
        return true;
    }

    /** An ASCII capital as its small letter, and the two characters that lower-case to one (U+212A to "k", U+0130 to "i"). */
    private static char fold(char c) {
        if (c >= 'A' && c <= 'Z') return (char) (c + 32);
        if (c == '\u212A') return 'k';
        return c == '\u0130' ? 'i' : c;
    }
}

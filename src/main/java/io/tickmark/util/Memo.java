package io.tickmark.util;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function of text, remembered: the readers ask the same question of the same
 * line, label or heading many times over a document. Shared by the threads of a batch; bounded, so a
 * long batch lets the entries of filings already done go (all of them at once, past the limit). A
 * null result is remembered too.
 */
public final class Memo<K, V> {
    private static final Object NULL = new Object();
    private final ConcurrentHashMap<K, Object> values = new ConcurrentHashMap<>();
    private final int limit;
    private final Function<K, V> function;

    public Memo(int limit, Function<K, V> function) {
        this.limit = limit;
        this.function = function;
    }

    /** The function's value for a (non-null) key. */
    @SuppressWarnings("unchecked")
    public V get(K key) {
        Object v = values.get(key);
        if (v == null) {
            if (values.size() > limit) values.clear();
            V computed = function.apply(key);
            v = computed == null ? NULL : computed;
            values.put(key, v);
        }
        return v == NULL ? null : (V) v;
    }
}

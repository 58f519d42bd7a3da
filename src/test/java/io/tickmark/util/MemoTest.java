package io.tickmark.util;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class MemoTest {
    @Test
    void eachKeyIsComputedOnceAndANullResultIsRememberedToo() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, String> memo = new Memo<>(10, k -> {
            calls.incrementAndGet();
            return k.startsWith("x") ? null : k.toUpperCase();
        });
        assertThat(memo.get("abc")).isEqualTo("ABC");
        assertThat(memo.get("abc")).isEqualTo("ABC");
        assertThat(memo.get("xyz")).isNull();
        assertThat(memo.get("xyz")).isNull();
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void pastItsLimitItLetsItsEntriesGoAndStillAnswers() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer, Integer> memo = new Memo<>(3, k -> {
            calls.incrementAndGet();
            return k * 2;
        });
        for (int i = 0; i < 5; i++) assertThat(memo.get(i)).isEqualTo(i * 2);
        assertThat(memo.get(0)).isEqualTo(0);
        assertThat(calls.get()).isEqualTo(6); // 0 was let go when the memo passed three entries
    }
}

package io.tickmark.run;

import io.tickmark.engine.RuleEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Priming is silent by design, so a sample missing from the jar or failing to read would go unseen but for this. */
class RulePrimingTest {
    @Test
    void everyBundledSampleIsReadAndRunThroughTheRules() {
        assertThat(RulePriming.prime(RuleEngine.builtIn())).isEqualTo(RulePriming.SAMPLES.length);
    }

    @Test
    void noPrimingWithoutAReadInFlight() {
        assertThat(ReadAhead.NONE.inFlight()).isFalse();
    }
}

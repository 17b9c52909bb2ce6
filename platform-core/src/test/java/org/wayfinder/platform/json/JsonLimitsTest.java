package org.wayfinder.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonLimitsTest {

    @Test
    void depthCountsArraysAndObjectsInsideEachOther() {
        assertThat(JsonLimits.depth("42")).isZero();
        assertThat(JsonLimits.depth("{\"a\":[1,{\"b\":[]}],\"c\":{}}")).isEqualTo(4);
        assertThat(JsonLimits.depth("[[],[],[]]")).isEqualTo(2);
    }

    @Test
    void bracketsInsideStringsAreText() {
        assertThat(JsonLimits.depth("{\"a\":\"[[[[{{{{\"}")).isEqualTo(1);
        assertThat(JsonLimits.depth("{\"a\":\"quote \\\" then [[[[\"}")).isEqualTo(1);
    }

    @Test
    void aThousandNestedArraysAreTooDeepAndTheCountStopsEarly() {
        String nested = "[".repeat(1000) + "]".repeat(1000);
        assertThat(JsonLimits.tooDeep(nested)).isTrue();
        assertThat(JsonLimits.depth(nested)).isEqualTo(JsonLimits.MAX_DEPTH + 1);
        String deepest = "[".repeat(JsonLimits.MAX_DEPTH) + "]".repeat(JsonLimits.MAX_DEPTH);
        assertThat(JsonLimits.tooDeep(deepest)).isFalse();
    }
}

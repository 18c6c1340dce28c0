package org.atelier.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.atelier.api.claims.ClaimLink;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.LinkType;
import org.atelier.api.web.ViewContribution;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

class WebJsonTest {
    @Test
    void timesAreIsoStringsAndStatusesTheirLabels() throws JsonProcessingException {
        assertThat(write(Instant.parse("2026-11-23T17:12:05.123Z"))).isEqualTo("\"2026-11-23T17:12:05.123Z\"");
        assertThat(write(ClaimStatus.UNVERIFIED)).isEqualTo("\"unverified\"");
        assertThat(write(new ClaimLink(LinkType.SAME_AS, "c2"))).isEqualTo("{\"type\":\"same-as\",\"target\":\"c2\"}");
        assertThat(write(ViewContribution.Area.EDITOR)).isEqualTo("\"EDITOR\"");
    }

    @Test
    void figuresCarryTheirNormalizedForm() throws JsonProcessingException {
        assertThat(write(new Figure("2 milliards de dollars", 2e9, "USD", Figure.Kind.MONEY)))
                .isEqualTo("{\"raw\":\"2 milliards de dollars\",\"value\":2.0E9,\"unit\":\"USD\",\"kind\":\"money\","
                        + "\"normalized\":\"2000000000 USD\"}");
    }

    @Test
    void markupIsEscapedAndReadsBackTheSame() throws JsonProcessingException {
        String text = "<script>alert('x')</script> & co";
        String json = write(Map.of("text", text));
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(WebJson.MAPPER.readTree(json).get("text").asText()).isEqualTo(text);
    }

    @Test
    void recordsAreWrittenByTheirComponents() throws JsonProcessingException {
        record Sample(String id, List<Integer> values, String missing) {}
        assertThat(write(new Sample("a", List.of(1, 2), null)))
                .isEqualTo("{\"id\":\"a\",\"values\":[1,2],\"missing\":null}");
    }

    private static String write(Object value) throws JsonProcessingException {
        return WebJson.MAPPER.writeValueAsString(value);
    }
}

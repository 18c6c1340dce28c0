package org.atelier.web.json;

import java.io.IOException;
import java.time.Instant;
import java.util.function.Function;

import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.LinkType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * The JSON of the web API: the records of the API bundle by their component names, times as ISO-8601 strings,
 * statuses and link types by their labels, figures with their normalized form.
 */
public final class WebJson {
    /** Configured once, shared: an {@code ObjectMapper} is thread-safe once configured. */
    public static final ObjectMapper MAPPER = newMapper();

    private WebJson() {}

    private static ObjectMapper newMapper() {
        SimpleModule module = new SimpleModule("atelier-web")
                .addSerializer(Instant.class, ToStringSerializer.instance)
                .addSerializer(ClaimStatus.class, labelled(ClaimStatus::label))
                .addSerializer(LinkType.class, labelled(LinkType::label))
                .addSerializer(Figure.Kind.class, labelled(Figure.Kind::label))
                .addSerializer(Figure.class, new FigureSerializer());
        ObjectMapper mapper = new ObjectMapper().registerModule(module);
        mapper.getFactory().setCharacterEscapes(new MarkupEscapes());
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return mapper;
    }

    private static <T> JsonSerializer<T> labelled(Function<T, String> label) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(label.apply(value));
            }
        };
    }

    /** {@code normalized} is a method of the record, not a component: written out for clients that show it. */
    private static final class FigureSerializer extends JsonSerializer<Figure> {
        @Override
        public void serialize(Figure figure, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeStringField("raw", figure.raw());
            out.writeNumberField("value", figure.value());
            out.writeStringField("unit", figure.unit());
            out.writeStringField("kind", figure.kind().label());
            out.writeStringField("normalized", figure.normalized());
            out.writeEndObject();
        }
    }

    /**
     * Writes {@code <}, {@code >} and {@code &} as {@code \}{@code u} escapes: the same JSON, but no markup in the
     * bytes even if something ever read them as HTML (documents hold what their authors wrote, scripts too).
     */
    private static final class MarkupEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        MarkupEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}

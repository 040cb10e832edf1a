package org.guildhall.platform.web;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a JSON body into a {@link JsonObject} parameter, answering 400 when the body is another kind of JSON (an
 * array, a number), where the framework would fail to call the method and answer a bare 500. An empty body is null,
 * for the parameter's own {@code @NotNull} to refuse.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonObjectReader implements MessageBodyReader<JsonObject> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return read(entity);
    }

    /** The body as a JSON object; null when empty; 400 when it is not JSON, or JSON of another kind. */
    static JsonObject read(InputStream entity) throws IOException {
        return StrictJson.readObject(entity);
    }
}

package org.guildhall.platform.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.problem.FieldError;
import org.guildhall.platform.problem.Problem;

/**
 * The one way a JSON request body enters: into a request record, read by JSON-B. The body must be a JSON object
 * (anything else, or no JSON at all, is 400); its form is checked against the record ({@link RequestShape}); then, for a
 * parameter marked {@code @Valid}, the record's Bean Validation constraints. Everything found is answered at once, in
 * one 400 naming each field as the body does. An empty body is null, for the parameter's {@code @NotNull} to refuse.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class RequestBodyReader implements MessageBodyReader<Record> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final class Validators {
        static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        JsonObject body = JsonObjectReader.read(entity);
        if (body == null) {
            return null;
        }
        return (Record) bind(type, genericType, body, Arrays.stream(annotations).anyMatch(a -> a.annotationType() == Valid.class));
    }

    /**
     * A JSON object read into a request record and validated, as a body is: for a boundary that builds the object itself
     * (a partial change applied over the current record, a form posted by a page).
     */
    public static <T extends Record> T read(Class<T> type, JsonObject body) {
        return type.cast(bind(type, type, body, true));
    }

    /**
     * A partial change as a JSON merge patch (RFC 7396, at the top level) over {@code current}: the fields it names replace
     * the current ones, a null clears one, and the result is read and checked as a whole request.
     */
    public static <T extends Record> T patch(T current, JsonObject change) {
        JsonObjectBuilder merged = Json.createObjectBuilder(Json.createReader(new StringReader(JSONB.toJson(current))).readObject());
        change.forEach(merged::add);
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) current.getClass();
        return read(type, merged.build());
    }

    private static Object bind(Class<?> type, Type genericType, JsonObject body, boolean validate) {
        RequestShape.Checked checked = RequestShape.check(type, body);
        Object request;
        try {
            request = JSONB.fromJson(checked.body().toString(), genericType);
        } catch (JsonbException e) {
            throw new Problem.BadRequest("The request could not be read. Send a well-formed JSON body with the documented fields.");
        }
        List<FieldError> errors = new ArrayList<>(checked.errors());
        if (validate) {
            errors.addAll(violations(request));
        }
        if (!errors.isEmpty()) {
            throw Problem.BadRequest.invalid(RequestShape.inBodyOrder(type, errors));
        }
        return request;
    }

    /**
     * A request record's Bean Validation failures, for a boundary that answers them together with its use case's own
     * (expense claims do); a parameter marked {@code @Valid} needs none of this.
     */
    public static List<FieldError> violations(Object request) {
        return Validators.VALIDATOR.validate(request).stream().map(FieldError::of).toList();
    }
}

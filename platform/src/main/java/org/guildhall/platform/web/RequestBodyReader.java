package org.guildhall.platform.web;

import jakarta.json.JsonObject;
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
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        RequestShape.Checked checked = RequestShape.check(type, body);
        Record request;
        try {
            request = JSONB.fromJson(checked.body().toString(), genericType);
        } catch (JsonbException e) {
            throw new Problem.BadRequest("The request could not be read. Send a well-formed JSON body with the documented fields.");
        }
        List<FieldError> errors = new ArrayList<>(checked.errors());
        if (Arrays.stream(annotations).anyMatch(a -> a.annotationType() == Valid.class)) {
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

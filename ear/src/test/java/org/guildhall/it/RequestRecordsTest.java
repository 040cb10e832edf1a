package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.time.IsoDate;
import org.junit.jupiter.api.Test;

/**
 * Every text field of every request body has a length limit, found by reading the classes, so that a new endpoint
 * cannot forget one: {@code @Size(max)}, a {@code @Pattern} that bounds the length, or a money or date constraint.
 * (The limits themselves follow the columns; a value longer than its column would otherwise reach PostgreSQL.)
 */
class RequestRecordsTest {

    private static final Set<Class<? extends Annotation>> NOT_BODIES = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    /** Bodies whose boundary checks the constraints itself, to answer them together with its use case's own. */
    private static final Set<String> VALIDATED_BY_HAND = Set.of("ClaimRequest");

    @Test
    void everyTextFieldOfEveryRequestBodyHasALengthLimit() {
        Set<String> unbounded = new TreeSet<>();
        int checked = 0;
        for (Method method : ResourceCatalogue.resourceMethods()) {
            for (Parameter parameter : method.getParameters()) {
                boolean body = java.util.Arrays.stream(parameter.getAnnotations()).noneMatch(a -> NOT_BODIES.contains(a.annotationType()));
                if (body && parameter.getType().isRecord()) {
                    if (!cascades(parameter.getAnnotations()) && !VALIDATED_BY_HAND.contains(parameter.getType().getSimpleName())) {
                        unbounded.add(parameter.getType().getSimpleName() + " (the body is not @Valid)");
                    }
                    checked += walk(parameter.getType(), parameter.getType().getSimpleName(), unbounded, new ArrayList<>());
                }
            }
        }
        assertTrue(checked > 50, "found the request records: " + checked + " text fields");
        assertEquals(Set.of(), unbounded, "text fields with no length limit");
    }

    private static int walk(Class<?> record, String path, Set<String> unbounded, List<Class<?>> seen) {
        if (seen.contains(record)) {
            return 0;
        }
        seen.add(record);
        int texts = 0;
        for (RecordComponent component : record.getRecordComponents()) {
            AnnotatedType type = component.getAnnotatedType();
            Class<?> raw = component.getType();
            if (raw == String.class) {
                texts++;
                if (!bounded(annotations(component))) {
                    unbounded.add(path + "." + component.getName());
                }
            } else if (raw.isRecord()) {
                if (!cascades(annotations(component))) {
                    unbounded.add(path + "." + component.getName() + " (not @Valid: its limits would never be checked)");
                }
                texts += walk(raw, path + "." + component.getName(), unbounded, seen);
            } else if (raw == List.class && type instanceof AnnotatedParameterizedType list) {
                AnnotatedType element = list.getAnnotatedActualTypeArguments()[0];
                if (element.getType() == String.class) {
                    texts++;
                    if (!bounded(element.getAnnotations())) {
                        unbounded.add(path + "." + component.getName() + "[]");
                    }
                } else if (element.getType() instanceof Class<?> c && c.isRecord()) {
                    if (!cascades(element.getAnnotations()) && !cascades(annotations(component))) {
                        unbounded.add(path + "." + component.getName() + "[] (not @Valid: its limits would never be checked)");
                    }
                    texts += walk(c, path + "." + component.getName() + "[]", unbounded, seen);
                }
            }
        }
        return texts;
    }

    /** A record component's constraints land on its accessor, its field or its type, by their targets. */
    private static Annotation[] annotations(RecordComponent component) {
        List<Annotation> all = new ArrayList<>(List.of(component.getAnnotations()));
        all.addAll(List.of(component.getAccessor().getAnnotations()));
        all.addAll(List.of(component.getAnnotatedType().getAnnotations()));
        return all.toArray(Annotation[]::new);
    }

    private static boolean cascades(Annotation[] annotations) {
        return java.util.Arrays.stream(annotations).anyMatch(a -> a instanceof jakarta.validation.Valid);
    }

    private static boolean bounded(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Size size && size.max() < Integer.MAX_VALUE) {
                return true;
            }
            if (annotation instanceof Pattern pattern && !pattern.regexp().matches(".*(\\*|\\+|\\{\\d+,\\}).*")) {
                return true;
            }
            if (annotation instanceof Amount || annotation instanceof IsoDate) {
                return true;
            }
        }
        return false;
    }
}

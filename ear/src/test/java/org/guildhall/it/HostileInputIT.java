package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.time.IsoDate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every POST, PUT and PATCH the modules publish, found by reading their classes (so that an endpoint added later is
 * probed without anyone listing it), gets a corpus of hostile requests: broken and oversized bodies, wrong media types,
 * and, field by field of the operation's request record, control characters, huge strings, numbers beyond a double,
 * malformed money, dates beyond any calendar and values of the wrong JSON type. Every answer must be below 500, every
 * refusal a problem+json whose {@code status} is the HTTP status, and a refusal must store nothing: the whole database
 * (every table but the batch runtime's and the migrations' own, read as the superuser so that row-level security hides
 * nothing) is fingerprinted, and a refused request must leave the fingerprint as it was.
 * All violations are collected and reported together.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final Set<Class<? extends Annotation>> NOT_BODIES = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);
    private static final String SQL = "'; drop table employee; --";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final Object OMIT = new Object();
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    private final List<String> violations = new ArrayList<>();
    private final Map<String, Object> plausible = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();
    private int sent;
    private int storing;
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private String tenant;
    private Api hostile;
    private Api operator;
    private LocalDate today;
    private int fiscalYear;
    private int period;
    private String spare;
    private Fingerprints fingerprints;

    /** What a field holds, which decides the values it is attacked with. */
    enum Kind { TEXT, MONEY, DATE, NUMBER, BOOLEAN, LIST, RECORD, OBJECT }

    /** A field of a request body: where it is (names and list indexes) and its kind. */
    record Field(List<Object> path, Kind kind) {
        String name() {
            StringBuilder name = new StringBuilder();
            for (Object step : path) {
                name.append(step instanceof Integer i ? "[" + i + "]" : (name.isEmpty() ? "" : ".") + step);
            }
            return name.toString();
        }
    }

    /** A JSON text fragment written as it is: numbers beyond a double, deep nests, values of the wrong type. */
    record Raw(String json) {
    }

    /** One POST, PUT or PATCH as the classes declare it. */
    record Operation(String verb, String template, String mediaType, Class<?> record, boolean generic, boolean body) {
        boolean json() {
            return mediaType.startsWith("application/json");
        }

        @Override
        public String toString() {
            return verb + " " + template;
        }
    }

    /** One request of the corpus. */
    record Probe(String kind, String contentType, String body) {
    }

    @Test
    void hostileInputToEveryWriteIsRefusedCleanlyAndStoresNothing() throws SQLException {
        setUp();
        List<Operation> operations = operations();
        assertTrue(operations.size() >= 20, "the classes name the writes: " + operations);
        long started = System.nanoTime();
        try (Connection superuser = TestDatabase.asSuperuser()) {
            fingerprints = new Fingerprints(superuser);
            for (Operation operation : operations) {
                long at = System.nanoTime();
                int before = sent;
                statuses.clear();
                probe(operation);
                System.out.printf("HostileInputIT: %s, %d requests in %d ms, answered %s%n", operation, sent - before,
                        (System.nanoTime() - at) / 1_000_000, statuses);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("HostileInputIT: %d operations, %d requests in %d ms, %d of them stored something, %d violations%n",
                operations.size(), sent, millis, storing, violations.size());
        violations.forEach(v -> System.out.println("  " + v));
        assertTrue(storing > 0, "no accepted request changed the fingerprint, so it cannot be seeing what is stored");
        assertEquals(List.of(), violations, violations.size() + " violations in " + sent + " hostile requests:\n"
                + String.join("\n", violations));
    }

    // ---------------------------------------------------------------------------------------------------- the tenant

    /** A fresh tenant with a small team, a user holding every tenant role, and one of each thing a path can name. */
    private void setUp() {
        Fixtures fixtures = new Fixtures(base);
        operator = fixtures.operator();
        Team team = Team.onboard(fixtures, "hostile");
        tenant = team.tenant();
        today = Fixtures.today();
        Api.Reply employee = team.hr().post(team.path("employees"), """
                {"employeeNumber": "H1", "givenName": "Hal", "familyName": "Hostile", "email": "h1.%s@example.gov.uk",
                 "niNumber": "AB100009A", "dateOfBirth": "1985-05-20", "startDate": "2024-04-01", "orgUnit": "OPS",
                 "costCentre": "CC200", "managerNumber": "M1", "nation": "ENGLAND", "fte": 1, "weeklyHours": "37",
                 "annualSalary": "34000.00"}""".formatted(tenant));
        assertEquals(201, employee.status(), employee.toString());
        String roles = String.join("\", \"", Arrays.stream(TenantRole.values()).map(Enum::name).toList());
        String username = "hostile-" + tenant;
        Api.Reply user = team.admin().post(team.path("users"), """
                {"username": "%s", "displayName": "Hal Hostile", "password": "%s", "roles": ["%s"], "employeeNumber": "H1"}
                """.formatted(username, Fixtures.PASSWORD, roles));
        assertEquals(201, user.status(), user.toString());
        hostile = fixtures.anonymous().as(username, Fixtures.PASSWORD);
        spare = "spare-" + tenant;
        fixtures.userIn(tenant, spare, "EMPLOYEE");

        fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        period = 1;
        Api.Reply periods = hostile.get(team.path("periods"));
        if (periods.status() == 200 && periods.structure() instanceof JsonArray all) {
            for (JsonObject p : all.getValuesAs(JsonObject.class)) {
                if (!today.isBefore(LocalDate.parse(p.getString("start"))) && !today.isAfter(LocalDate.parse(p.getString("end")))) {
                    fiscalYear = p.getInt("fiscalYear");
                    period = p.getInt("number");
                }
            }
        }
        // one of each thing a {id} names, so that the bodies sent to it are judged rather than answered 404
        remember("journals", hostile.post(team.path("journals"), """
                {"date": "%s", "description": "Set up", "lines": [{"account": "55100", "debit": "10.00"},
                 {"account": "14000", "credit": "10.00"}]}""".formatted(today)));
        remember("expense-claims", hostile.post(team.path("expense-claims"), """
                {"lines": [{"date": "%s", "category": "RAIL", "amount": "10.00", "vat": "0.00", "description": "Set up"}]}
                """.formatted(today.minusDays(1))));
        remember("leave-requests", hostile.post(team.path("leave-requests"),
                "{\"leaveType\": \"ANNUAL\", \"start\": \"2026-12-07\", \"end\": \"2026-12-07\"}"));
        remember("leave-delegations", team.as("M1").post(team.path("leave-delegations"),
                "{\"delegateNumber\": \"E3\", \"from\": \"%s\", \"to\": \"%s\"}".formatted(today, today.plusDays(7))));

        // plausible values by field name; any other field gets a value of its type
        plausible.put("password", Fixtures.PASSWORD);
        plausible.put("employeeNumber", "H1");
        plausible.put("managerNumber", "M1");
        plausible.put("delegateNumber", "E3");
        plausible.put("niNumber", "AB123456C");
        plausible.put("orgUnit", "OPS");
        plausible.put("costCentre", "CC200");
        plausible.put("account", "55100");
        plausible.put("budgetHolder", username);
        plausible.put("nation", "ENGLAND");
        plausible.put("leaveType", "ANNUAL");
        plausible.put("category", "RAIL");
        plausible.put("vat", "0.00");
        plausible.put("taxYear", "2026-27");
        plausible.put("frequency", "MONTHLY");
        plausible.put("taxCode", "1257L");
        plausible.put("niCategory", "A");
        plausible.put("pensionEmployeeRate", new Raw("0.05"));
        plausible.put("fiscalYear", new Raw(String.valueOf(fiscalYear + 1)));
        plausible.put("dateOfBirth", "1985-05-20");
        plausible.put("startDate", "2024-04-01");
        plausible.put("start", "2026-12-08");
        plausible.put("end", "2026-12-08");
        plausible.put("from", today.toString());
        plausible.put("to", today.plusDays(7).toString());
        plausible.put("sortCode", "30-94-30");
        plausible.put("accountNumber", "00733445");
        plausible.put("accountName", "A HOSTILE");
        plausible.put("weeklyHours", new Raw("37"));
        plausible.put("annualSalary", "34000.00");
        for (String absent : List.of("parentCode", "startHalf", "endHalf", "vehicle", "miles", "receipt", "credit", "endDate",
                "group", "template", "purpose", "grade", "studentLoanPlans")) {
            plausible.put(absent, OMIT);
        }
    }

    private void remember(String collection, Api.Reply created) {
        if (created.status() == 201 && created.structure() instanceof JsonObject made && made.get("id") instanceof JsonNumber id) {
            ids.put(collection, id.toString());
        } else {
            System.out.println("HostileInputIT: could not make a " + collection + " to probe: " + created);
        }
    }

    // ------------------------------------------------------------------------------------------------ the operations

    /** Every POST, PUT and PATCH, those with a body first (a body-less action such as close may end what they need). */
    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Method method : ResourceCatalogue.resourceMethods()) {
            String verb = ResourceCatalogue.httpMethod(method);
            if (!Set.of("POST", "PUT", "PATCH").contains(verb)) {
                continue;
            }
            Path root = method.getDeclaringClass().getAnnotation(Path.class);
            Path sub = method.getAnnotation(Path.class);
            String template = ResourceCatalogue.API + trim(root.value()) + (sub == null ? "" : "/" + trim(sub.value()));
            Consumes consumes = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                    : method.getDeclaringClass().getAnnotation(Consumes.class);
            String media = consumes == null ? "application/json" : consumes.value()[0];
            Class<?> record = null;
            boolean generic = false;
            boolean body = false;
            for (Parameter parameter : method.getParameters()) {
                if (Arrays.stream(parameter.getAnnotations()).noneMatch(a -> NOT_BODIES.contains(a.annotationType()))) {
                    body = true;
                    record = parameter.getType().isRecord() ? parameter.getType() : null;
                    generic = JsonStructure.class.isAssignableFrom(parameter.getType()) || Map.class.isAssignableFrom(parameter.getType());
                }
                if (parameter.isAnnotationPresent(FormParam.class)) {
                    body = true;
                }
            }
            operations.add(new Operation(verb, template, media, record, generic, body));
        }
        operations.sort(Comparator.comparing((Operation o) -> !o.body()).thenComparing(Operation::template)
                .thenComparing(Operation::verb));
        return operations;
    }

    private static String trim(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The path with every placeholder filled: this tenant, and things that exist in it where they can be found. */
    private String path(Operation operation) {
        String[] segments = operation.template().split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            String previous = i > 0 ? segments[i - 1] : "";
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                segment = switch (name) {
                    case "tenant" -> tenant;
                    case "fiscalYear" -> String.valueOf(fiscalYear);
                    case "number" -> "employees".equals(previous) ? "H1" : String.valueOf(period);
                    case "username" -> spare;
                    case "name" -> firstName(path.toString());
                    case "id" -> ids.computeIfAbsent(previous, c -> firstId(path.toString()));
                    default -> "1";
                };
            }
            path.append(i == 0 ? "" : "/").append(segment);
        }
        return path.toString();
    }

    /** The first name a collection lists (as policies list theirs). */
    private String firstName(String collection) {
        Api.Reply list = hostile.get(collection);
        if (list.status() == 200 && list.structure() instanceof JsonArray names && !names.isEmpty()
                && names.get(0) instanceof JsonString name) {
            return name.getString();
        }
        return "x";
    }

    /** The id of the first item a collection lists, page or plain list. */
    private String firstId(String collection) {
        Api.Reply list = hostile.get(collection);
        if (list.status() == 200) {
            JsonStructure structure = list.structure();
            JsonArray items = structure instanceof JsonArray array ? array
                    : structure instanceof JsonObject page && page.get("items") instanceof JsonArray array ? array : null;
            if (items != null && !items.isEmpty() && items.get(0) instanceof JsonObject first && first.get("id") instanceof JsonNumber id) {
                return id.toString();
            }
        }
        return "1";
    }

    // ---------------------------------------------------------------------------------------------------- the bodies

    /**
     * A plausible body for the operation: built from its record's component types (or, for a generic JSON body, what a
     * GET of the same address answers), with the version and embedded documents an update must send back taken from
     * that GET.
     */
    private Map<String, Object> baseBody(Operation operation, String path) {
        JsonObject current = null;
        if (!"POST".equals(operation.verb()) || operation.generic()) {
            Api.Reply now = hostile.get(path);
            if (now.status() == 200 && now.structure() instanceof JsonObject object) {
                current = object;
            }
        }
        if (operation.record() != null) {
            Map<String, Object> body = recordBody(operation.record(), new ArrayList<>());
            if (current != null) {
                for (Map.Entry<String, Object> entry : body.entrySet()) {
                    JsonValue now = current.get(entry.getKey());
                    if (now != null && ("version".equals(entry.getKey()) || entry.getValue() instanceof Map)) {
                        entry.setValue(fromJson(now));
                    }
                }
            }
            return body;
        }
        if (operation.generic()) {
            if (current != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> body = (Map<String, Object>) fromJson(current);
                return body;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "x");
            return body;
        }
        return new LinkedHashMap<>();
    }

    private Map<String, Object> recordBody(Class<?> record, List<Class<?>> seen) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (seen.contains(record)) {
            return body;
        }
        seen.add(record);
        for (RecordComponent component : record.getRecordComponents()) {
            Object value = plausible.containsKey(component.getName()) ? plausible.get(component.getName())
                    : value(component.getName(), component.getAnnotatedType(), annotations(component), seen);
            if (value != OMIT && value != null) {
                body.put(component.getName(), value);
            }
        }
        seen.remove(record);
        return body;
    }

    private Object value(String name, AnnotatedType annotated, Annotation[] annotations, List<Class<?>> seen) {
        Class<?> raw = raw(annotated);
        if (raw == String.class) {
            return switch (stringKind(name, annotations)) {
                case MONEY -> "1.00";
                case DATE -> today.toString();
                default -> "code".equals(name) || "username".equals(name) ? fresh()
                        : "email".equals(name) ? fresh() + "@example.gov.uk" : "x";
            };
        }
        if (raw.isEnum()) {
            return ((Enum<?>) raw.getEnumConstants()[0]).name();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Boolean.TRUE;
        }
        if (number(raw)) {
            return new Raw("1");
        }
        if (raw.isRecord()) {
            return recordBody(raw, seen);
        }
        if (List.class.isAssignableFrom(raw) && annotated instanceof AnnotatedParameterizedType list) {
            AnnotatedType element = list.getAnnotatedActualTypeArguments()[0];
            Object one = value(name, element, element.getAnnotations(), seen);
            return one == null ? List.of() : new ArrayList<>(List.of(one));
        }
        if (JsonObject.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            return new LinkedHashMap<String, Object>();
        }
        return null;
    }

    /** A fresh code or username: lower-case letters and digits, unused. */
    private static String fresh() {
        return "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
    }

    private static Class<?> raw(AnnotatedType annotated) {
        java.lang.reflect.Type type = annotated.getType();
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static boolean number(Class<?> raw) {
        return Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != boolean.class && raw != char.class);
    }

    private static Kind stringKind(String name, Annotation[] annotations) {
        if (Arrays.stream(annotations).anyMatch(a -> a instanceof Amount)) {
            return Kind.MONEY;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (Arrays.stream(annotations).anyMatch(a -> a instanceof IsoDate) || lower.endsWith("date")
                || Set.of("start", "end", "from", "to").contains(lower)) {
            return Kind.DATE;
        }
        return Kind.TEXT;
    }

    /** A record component's annotations land on its accessor, its field or its type, by their targets. */
    private static Annotation[] annotations(RecordComponent component) {
        List<Annotation> all = new ArrayList<>(List.of(component.getAnnotations()));
        all.addAll(List.of(component.getAccessor().getAnnotations()));
        all.addAll(List.of(component.getAnnotatedType().getAnnotations()));
        return all.toArray(Annotation[]::new);
    }

    /** Every field of a record, nested records and lists of them included (their first element). */
    private static void recordFields(Class<?> record, List<Object> prefix, List<Field> fields, List<Class<?>> seen) {
        if (seen.contains(record)) {
            return;
        }
        seen.add(record);
        for (RecordComponent component : record.getRecordComponents()) {
            List<Object> path = new ArrayList<>(prefix);
            path.add(component.getName());
            typeFields(component.getName(), component.getAnnotatedType(), annotations(component), path, fields, seen);
        }
        seen.remove(record);
    }

    private static void typeFields(String name, AnnotatedType annotated, Annotation[] annotations, List<Object> path,
                                   List<Field> fields, List<Class<?>> seen) {
        Class<?> raw = raw(annotated);
        if (raw == String.class || raw.isEnum()) {
            fields.add(new Field(path, raw.isEnum() ? Kind.TEXT : stringKind(name, annotations)));
        } else if (raw == Boolean.class || raw == boolean.class) {
            fields.add(new Field(path, Kind.BOOLEAN));
        } else if (number(raw)) {
            fields.add(new Field(path, Kind.NUMBER));
        } else if (raw.isRecord()) {
            fields.add(new Field(path, Kind.RECORD));
            recordFields(raw, path, fields, seen);
        } else if (List.class.isAssignableFrom(raw)) {
            fields.add(new Field(path, Kind.LIST));
            if (annotated instanceof AnnotatedParameterizedType list) {
                AnnotatedType element = list.getAnnotatedActualTypeArguments()[0];
                List<Object> first = new ArrayList<>(path);
                first.add(0);
                typeFields(name, element, element.getAnnotations(), first, fields, seen);
            }
        } else {
            fields.add(new Field(path, Kind.OBJECT));
        }
    }

    /** The fields of a generic body, their kinds read from the values it holds. */
    private static void jsonFields(Object value, List<Object> path, List<Field> fields) {
        if (value instanceof Map<?, ?> map) {
            if (!path.isEmpty()) {
                fields.add(new Field(path, Kind.OBJECT));
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                List<Object> next = new ArrayList<>(path);
                next.add(entry.getKey());
                jsonFields(entry.getValue(), next, fields);
            }
        } else if (value instanceof List<?> list) {
            fields.add(new Field(path, Kind.LIST));
            if (!list.isEmpty()) {
                List<Object> next = new ArrayList<>(path);
                next.add(0);
                jsonFields(list.get(0), next, fields);
            }
        } else if (value instanceof String text) {
            fields.add(new Field(path, text.matches("\\d{4}-\\d{2}-\\d{2}") ? Kind.DATE
                    : text.matches("-?\\d+\\.\\d{2}") ? Kind.MONEY : Kind.TEXT));
        } else if (value instanceof Boolean) {
            fields.add(new Field(path, Kind.BOOLEAN));
        } else if (value instanceof Raw raw && !"null".equals(raw.json())) {
            fields.add(new Field(path, Kind.NUMBER));
        }
    }

    /** The hostile values for a field of this kind, each with a name for the report. */
    private static Map<String, Object> attacks(Kind kind) {
        Map<String, Object> attacks = new LinkedHashMap<>();
        if (kind == Kind.TEXT || kind == Kind.MONEY || kind == Kind.DATE) {
            attacks.put("NUL", "x\u0000y");
            attacks.put("BEL", "x\u0007y");
            attacks.put("ESC", "x\u001by");
            attacks.put("100,000 characters", "x".repeat(100_000));
            attacks.put("an array", new Raw("[\"x\"]"));
            attacks.put("an object", new Raw("{\"a\": \"x\"}"));
        }
        if (kind == Kind.MONEY || kind == Kind.NUMBER) {
            attacks.put("1e309", new Raw("1e309"));
            attacks.put("-1e309", new Raw("-1e309"));
        }
        if (kind == Kind.MONEY) {
            attacks.put("\"12.345\"", "12.345");
            attacks.put("\"-1.00\"", "-1.00");
            attacks.put("\" 1.00\"", " 1.00");
            attacks.put("the number 12.5", new Raw("12.5"));
        }
        if (kind == Kind.DATE) {
            attacks.put("-999999999-01-01", "-999999999-01-01");
            attacks.put("+10000-01-01", "+10000-01-01");
            attacks.put("0000-01-01", "0000-01-01");
        }
        if (kind == Kind.NUMBER || kind == Kind.BOOLEAN || kind == Kind.LIST || kind == Kind.RECORD) {
            attacks.put("the string \"x\"", "x");
        }
        if (kind == Kind.OBJECT) {
            attacks.put("an array", new Raw("[\"x\"]"));
            attacks.put("the string \"x\"", "x");
        }
        return attacks;
    }

    // ---------------------------------------------------------------------------------------------------- the corpus

    private void probe(Operation operation) {
        String path = path(operation);
        String contentType = operation.mediaType().startsWith("multipart/") ? operation.mediaType() + "; boundary=hostile"
                : operation.mediaType();
        Map<String, Object> base = baseBody(operation, path);
        List<Field> fields = new ArrayList<>();
        if (operation.record() != null) {
            recordFields(operation.record(), new ArrayList<>(), fields, new ArrayList<>());
        } else if (operation.generic()) {
            jsonFields(base, new ArrayList<>(), fields);
        }
        String first = base.isEmpty() ? "a" : base.keySet().iterator().next();

        List<Probe> whole = new ArrayList<>();
        whole.add(new Probe("malformed JSON", contentType, "{\"a\":"));
        whole.add(new Probe("a JSON array", contentType, "[" + write(base) + "]"));
        whole.add(new Probe("a JSON string", contentType, "\"x\""));
        whole.add(new Probe("an empty body", contentType, ""));
        whole.add(new Probe("trailing data", contentType, write(base) + " {}"));
        whole.add(new Probe("1,000 nested arrays", contentType, "{\"" + first + "\": " + "[".repeat(1000) + "]".repeat(1000) + "}"));
        if (!base.isEmpty()) {
            String text = write(base);
            whole.add(new Probe("duplicate key " + first, contentType,
                    text.substring(0, text.length() - 1) + ", \"" + first + "\": " + write(base.get(first)) + "}"));
        }
        whole.add(new Probe("text/plain", "text/plain", write(base)));
        whole.add(new Probe("application/xml", "application/xml", "<request><" + first + ">x</" + first + "></request>"));
        if (!operation.json()) {
            whole.add(new Probe("JSON as application/json", "application/json", write(base)));
        }
        Map<String, Object> padded = new LinkedHashMap<>(base);
        padded.put("padding", "a".repeat(2 * 1024 * 1024));
        whole.add(new Probe("a 2 MB body", contentType, write(padded)));
        for (String hostileText : List.of(SQL, SCRIPT)) {
            Object everywhere = base;
            boolean any = false;
            for (Field field : fields) {
                if ((field.kind() == Kind.TEXT || field.kind() == Kind.MONEY || field.kind() == Kind.DATE) && has(everywhere, field.path())) {
                    everywhere = with(everywhere, field.path(), hostileText);
                    any = true;
                }
            }
            if (any) {
                whole.add(new Probe(hostileText + " in every text field", contentType, write(everywhere)));
            }
        }
        Map<String, Object> current = base;
        for (Probe probe : whole) {
            current = send(operation, path, probe, current);
        }
        for (Field field : fields) {
            for (Map.Entry<String, Object> attack : attacks(field.kind()).entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> body = (Map<String, Object>) with(current, field.path(), attack.getValue());
                current = send(operation, path, new Probe(field.name() + " = " + attack.getKey(), contentType, write(body)), current);
            }
        }
    }

    /** Sends one probe and judges the answer; answers the base body for the next (made afresh after an acceptance). */
    private Map<String, Object> send(Operation operation, String path, Probe probe, Map<String, Object> base) {
        Api api = "/api/v1/tenants".equals(operation.template()) ? operator : hostile;
        String what = operation + " [" + probe.kind() + "]";
        Api.Reply reply;
        sent++;
        try {
            reply = exchange(api, operation.verb(), path, probe.body(), probe.contentType());
        } catch (TimeoutException e) {
            violations.add(what + " -> no answer within " + ANSWER_WITHIN.toSeconds() + " s");
            return base;
        } catch (RuntimeException | IOException e) {
            violations.add(what + " -> no answer: " + e);
            return base;
        }
        int status = reply.status();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            violations.add(what + " -> " + brief(reply));
        }
        if (status >= 400) {
            String type = reply.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                violations.add(what + " -> " + status + " not a problem (Content-Type " + type + "): " + brief(reply));
            } else {
                try {
                    JsonObject problem = reply.json();
                    if (!(problem.get("status") instanceof JsonNumber number) || number.intValue() != status) {
                        violations.add(what + " -> " + status + " whose problem says status " + problem.get("status"));
                    }
                } catch (RuntimeException e) {
                    violations.add(what + " -> " + status + " whose problem is not a JSON object: " + brief(reply));
                }
            }
            List<String> changed = fingerprints.changed();
            if (!changed.isEmpty()) {
                violations.add(what + " -> refused with " + status + " but stored: " + changed);
            }
            return base;
        }
        if (!fingerprints.changed().isEmpty()) {
            storing++;
        }
        if (status >= 200 && status < 300) {
            Map<String, Object> fresh = baseBody(operation, path);
            fingerprints.changed(); // what the GET behind a fresh base did, if anything, is not the probe's doing
            return fresh;
        }
        return base;
    }

    /**
     * One request on a client of our own: HTTP/1.1 only, and given up (the connection dropped) when no answer comes in
     * time, as a server that stops reading a large body must not hang the run.
     */
    private Api.Reply exchange(Api api, String verb, String path, String body, String contentType)
            throws IOException, TimeoutException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path.replaceFirst("^/", "")))
                .timeout(ANSWER_WITHIN)
                .method(verb, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", api.authorization());
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        CompletableFuture<HttpResponse<String>> answer = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response = answer.get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
            return new Api.Reply(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static String brief(Api.Reply reply) {
        String body = reply.body() == null ? "" : reply.body().replaceAll("\\s+", " ");
        return reply.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }

    // ------------------------------------------------------------------------------------------------------ JSON text

    private static boolean has(Object value, List<Object> path) {
        Object at = value;
        for (Object step : path) {
            if (step instanceof Integer i && at instanceof List<?> list && i < list.size()) {
                at = list.get(i);
            } else if (step instanceof String key && at instanceof Map<?, ?> map && map.containsKey(key)) {
                at = map.get(key);
            } else {
                return false;
            }
        }
        return true;
    }

    /** A copy of {@code value} with the field at {@code path} set, creating what is missing on the way. */
    private static Object with(Object value, List<Object> path, Object replacement) {
        if (path.isEmpty()) {
            return replacement;
        }
        Object step = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (step instanceof Integer i) {
            List<Object> list = value instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
            while (list.size() <= i) {
                list.add(new LinkedHashMap<String, Object>());
            }
            list.set(i, with(list.get(i), rest, replacement));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> map.put((String) k, v));
        }
        Object next = map.get((String) step);
        if (next == null && !rest.isEmpty()) {
            next = rest.get(0) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<String, Object>();
        }
        map.put((String) step, with(next, rest, replacement));
        return map;
    }

    private static Object fromJson(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            object.forEach((k, v) -> map.put(k, fromJson(v)));
            return map;
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>();
            array.forEach(v -> list.add(fromJson(v)));
            return list;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        return new Raw(value.toString());
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ", ");
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof Boolean || value instanceof BigDecimal || value instanceof Integer) {
            out.append(value);
        } else {
            out.append("null");
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    // ---------------------------------------------------------------------------------------------- the fingerprint

    /**
     * The whole database in one row: per table, its row count and a hash of the text of its rows written since the
     * fingerprint was made, every table of every application schema but the batch runtime's job repository, the jobs'
     * leases (renewed every few seconds while any job runs) and the migration history, read as the superuser.
     */
    static final class Fingerprints {
        private final Connection connection;
        private final List<String> tables = new ArrayList<>();
        private final String query;
        private List<String> last;

        Fingerprints(Connection connection) throws SQLException {
            this.connection = connection;
            List<String> columns = new ArrayList<>();
            // rows written before this look began (the demo centre's year, other tests' tenants) are counted, not hashed: a
            // row inserted or updated since has a newer xmin and is hashed; one deleted changes the count
            long baseline;
            try (Statement sql = connection.createStatement();
                 ResultSet row = sql.executeQuery("select txid_snapshot_xmin(txid_current_snapshot()) % 4294967296")) {
                row.next();
                baseline = row.getLong(1);
            }
            try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("""
                    select table_schema, table_name from information_schema.tables
                    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                      and table_name not like 'jbatch%' and table_name not like 'flyway%' and table_name <> 'job_lease'
                    order by 1, 2""")) {
                while (row.next()) {
                    String table = quote(row.getString(1)) + "." + quote(row.getString(2));
                    tables.add(row.getString(1) + "." + row.getString(2));
                    columns.add("(select count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint) filter (where t.xmin::text::bigint >= "
                            + baseline + "), 0) from " + table + " t)");
                }
            }
            assertTrue(tables.size() >= 20, "the fingerprint covers the application's tables: " + tables);
            query = "select " + String.join(", ", columns);
            last = take();
        }

        private static String quote(String name) {
            return "\"" + name.replace("\"", "\"\"") + "\"";
        }

        private List<String> take() {
            try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
                row.next();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= tables.size(); i++) {
                    values.add(row.getString(i));
                }
                return values;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The tables that changed since the last look (which this look becomes). */
        List<String> changed() {
            List<String> now = take();
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < tables.size(); i++) {
                if (!now.get(i).equals(last.get(i))) {
                    changed.add(tables.get(i) + " " + last.get(i).split(":")[0] + " -> "
                            + now.get(i).split(":")[0] + " rows");
                }
            }
            last = now;
            return changed;
        }
    }
}

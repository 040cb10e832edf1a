package org.guildhall.it;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every JAX-RS operation the modules publish, read from their classes (every module jar is on the test class path),
 * so that a probe covers endpoints added later without anyone listing them.
 */
public final class ResourceCatalogue {

    public static final String API = "/api/v1/";

    private ResourceCatalogue() {
    }

    /**
     * {@code "METHOD /api/v1/path"} for every resource method, with path templates as declared, followed by
     * {@code " media/type"} when the method consumes a body of a declared type.
     */
    public static List<String> operations() {
        List<String> operations = new ArrayList<>();
        for (Class<?> type : classes("org/guildhall")) {
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    Consumes consumes = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                            : type.getAnnotation(Consumes.class);
                    operations.add(verb + " " + API + trim(root.value()) + (sub == null ? "" : "/" + trim(sub.value()))
                            + (consumes == null ? "" : " " + consumes.value()[0]));
                }
            }
        }
        Collections.sort(operations);
        return operations;
    }

    private static String verb(Method method) {
        return Stream.of(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(h -> h != null)
                .map(HttpMethod::value)
                .findFirst().orElse(null);
    }

    private static String trim(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Every JAX-RS resource method of the modules, with its class's path. */
    public static List<Method> resourceMethods() {
        List<Method> methods = new ArrayList<>();
        for (Class<?> type : classes("org/guildhall")) {
            if (type.getAnnotation(Path.class) != null) {
                for (Method method : type.getMethods()) {
                    if (verb(method) != null) {
                        methods.add(method);
                    }
                }
            }
        }
        return methods;
    }

    /** The HTTP method a resource method answers, or null. */
    public static String httpMethod(Method method) {
        return verb(method);
    }

    private static List<Class<?>> classes(String packagePath) {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(ResourceCatalogue.class.getClassLoader().getResources(packagePath))) {
                if ("jar".equals(url.getProtocol())) {
                    try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                        jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(packagePath) && n.endsWith(".class"))
                                .forEach(n -> names.add(n));
                    }
                } else {
                    File directory = new File(url.toURI());
                    String root = directory.getAbsolutePath().substring(0, directory.getAbsolutePath().length() - packagePath.length());
                    try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(directory.toPath())) {
                        files.map(java.nio.file.Path::toString).filter(n -> n.endsWith(".class"))
                                .forEach(n -> names.add(n.substring(root.length())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.contains("$") || name.endsWith("package-info.class") || name.startsWith("org/guildhall/it/")) {
                continue;
            }
            try {
                classes.add(Class.forName(name.replace('/', '.').replace(".class", ""), false, ResourceCatalogue.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name, e);
            }
        }
        return classes;
    }
}

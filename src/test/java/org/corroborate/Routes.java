package org.corroborate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Produces;

/**
 * Every route the application answers, read from the application itself: the JAX-RS resource methods of the
 * compiled main classes (class and method {@code @Path}, the HTTP method annotation, {@code @Produces} and
 * {@code @Consumes}), the static files it serves, and the few routes served outside JAX-RS. Tests that must cover
 * every route (the authorization matrix, the security headers) iterate these, so a new route cannot be missed.
 */
public final class Routes {

    /** One method on one path, e.g. {@code POST /claims/{id}/verdict}. */
    public record Route(String method, String path, String produces, String consumes, String where) {

        public String key() {
            return method + " " + path;
        }

        public boolean isApi() {
            return path.equals("/api") || path.startsWith("/api/");
        }

        public boolean isPage() {
            return !isApi() && produces.startsWith("text/html");
        }
    }

    /** Served outside JAX-RS: the login form's post (account/PageSignIn) and Quarkus's OpenAPI document. */
    private static final List<Route> OUTSIDE_JAX_RS = List.of(
            new Route("POST", "/j_security_check", "text/html", "application/x-www-form-urlencoded", "PageSignIn"),
            new Route("GET", "/q/openapi", "application/yaml", "", "quarkus-smallrye-openapi"));

    private Routes() {
    }

    public static List<Route> all() {
        List<Route> routes = new ArrayList<>(OUTSIDE_JAX_RS);
        Path classes = mainClasses();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                routes.addAll(of(load(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        routes.addAll(staticFiles(classes.resolve("META-INF/resources")));
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return Collections.unmodifiableList(routes);
    }

    private static List<Route> of(Class<?> type) {
        jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
        if (root == null) {
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
            String verb = httpMethodOf(method);
            if (verb == null) {
                if (sub != null) {
                    throw new IllegalStateException(type.getSimpleName() + "#" + method.getName()
                            + " is a sub-resource locator; Routes cannot list what it serves");
                }
                continue;
            }
            routes.add(new Route(verb, join(root.value(), sub == null ? "" : sub.value()),
                    first(method.getAnnotation(Produces.class), type.getAnnotation(Produces.class)),
                    first(method.getAnnotation(Consumes.class), type.getAnnotation(Consumes.class)),
                    type.getSimpleName() + "#" + method.getName()));
        }
        return routes;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String first(Annotation methodLevel, Annotation classLevel) {
        Annotation chosen = methodLevel != null ? methodLevel : classLevel;
        String[] values = chosen instanceof Produces p ? p.value() : chosen instanceof Consumes c ? c.value() : new String[0];
        return values.length == 0 ? "" : values[0];
    }

    /** "/claims" + "{id: \\d+}/edit" → "/claims/{id}/edit". */
    static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Route> staticFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> new Route("GET", "/" + root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"),
                            "", "", "static file"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory the application's own classes were compiled to (not the tests'). */
    private static Path mainClasses() {
        String marker = "org/corroborate/account/Role.class";
        URL url = Thread.currentThread().getContextClassLoader().getResource(marker);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("Cannot find the compiled main classes from " + url);
        }
        try {
            Path file = Path.of(url.toURI());
            return file.getRoot().resolve(file.subpath(0, file.getNameCount() - marker.split("/").length));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot load " + name, e);
        }
    }
}

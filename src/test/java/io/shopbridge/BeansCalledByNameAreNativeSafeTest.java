package io.shopbridge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Named;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Camel's bean binding finds a bean's methods by reflection, and a native image answers reflection only for the
 * classes registered for it; an unregistered bean called by name works on the JVM and fails at start-up of the native
 * binary ({@code MethodNotFoundException}). So every bean a route calls by name, in the YAML routes and in the Java
 * ones, must be a class carrying {@code @Named} and {@code @RegisterForReflection}, with that method public.
 */
class BeansCalledByNameAreNativeSafeTest {

    private static final Path ROUTES = Path.of("routes");
    private static final Path JAVA_SOURCES = Path.of("src", "main", "java");
    private static final Path CLASSES = Path.of("target", "classes");

    /** {@code bean:name} or {@code bean:name?method=m} as an endpoint URI. */
    private static final Pattern BEAN_URI = Pattern.compile("^bean:([^?]+)(?:\\?(?:.*&)?method=([^&]+))?");
    /** {@code .bean("name")} or {@code .bean("name", "method")} in a Java route. */
    private static final Pattern JAVA_BEAN_CALL = Pattern.compile("\\.bean\\(\\s*\"([^\"]+)\"(?:\\s*,\\s*\"([^\"]+)\")?");
    /** A {@code "bean:..."} string literal in a Java route. */
    private static final Pattern JAVA_BEAN_URI = Pattern.compile("\"(bean:[^\"]+)\"");

    /** A bean a route reaches by name; method null when Camel picks it. */
    private record BeanCall(String where, String name, String method) {
    }

    @Test
    void everyBeanCalledByNameIsRegisteredForReflectionWithItsMethodPublic() throws IOException {
        List<BeanCall> calls = new ArrayList<>();
        calls.addAll(yamlCalls());
        calls.addAll(javaCalls());
        assertFalse(calls.isEmpty(), "the shipped routes call at least the synchronizers bean by name");

        Map<String, Class<?>> named = namedClasses();
        List<String> problems = new ArrayList<>();
        for (BeanCall call : calls) {
            Class<?> bean = named.get(call.name());
            if (bean == null) {
                problems.add(call.where() + ": no class under " + CLASSES + " carries @Named(\"" + call.name() + "\")");
                continue;
            }
            RegisterForReflection registration = bean.getAnnotation(RegisterForReflection.class);
            if (registration == null || !registration.methods()) {
                problems.add(call.where() + ": " + bean.getName() + " (bean " + call.name()
                        + ") needs @RegisterForReflection, or call it through a typed processor");
            }
            // Camel's method syntax may bind parameters: bound(*, 'a.model') names method bound
            String method = call.method() == null ? null : call.method().replaceAll("\\(.*$", "").trim();
            if (method != null && Arrays.stream(bean.getMethods())
                    .noneMatch(m -> m.getName().equals(method) && Modifier.isPublic(m.getModifiers()))) {
                problems.add(call.where() + ": " + bean.getName() + " has no public method " + call.method());
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void aBeanStepOfAYamlRouteIsFound() {
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString("""
                - route:
                    from:
                      uri: direct:x
                      steps:
                        - bean: {ref: someBean, method: run}
                        - to: "bean:otherBean?method=go"
                """);
        List<BeanCall> calls = new ArrayList<>();
        collect(yaml, "x.yaml", calls);
        assertTrue(calls.contains(new BeanCall("x.yaml", "someBean", "run")), calls.toString());
        assertTrue(calls.contains(new BeanCall("x.yaml", "otherBean", "go")), calls.toString());
    }

    private static List<BeanCall> yamlCalls() throws IOException {
        List<BeanCall> calls = new ArrayList<>();
        Load load = new Load(LoadSettings.builder().build());
        try (Stream<Path> files = Files.list(ROUTES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                collect(load.loadFromString(Files.readString(file)), file.toString(), calls);
            }
        }
        return calls;
    }

    /** Bean steps ({@code bean: {ref, method}}), method expressions ({@code method: {ref, method}}) and bean URIs. */
    private static void collect(Object node, String where, List<BeanCall> calls) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (("bean".equals(entry.getKey()) || "method".equals(entry.getKey()))
                        && entry.getValue() instanceof Map<?, ?> call && call.get("ref") != null) {
                    calls.add(new BeanCall(where, call.get("ref").toString().replaceFirst("^#(bean:)?", ""),
                            call.get("method") == null ? null : call.get("method").toString()));
                }
                collect(entry.getValue(), where, calls);
            }
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, where, calls));
        } else if (node instanceof String text) {
            Matcher uri = BEAN_URI.matcher(text);
            if (uri.find()) {
                calls.add(new BeanCall(where, uri.group(1), uri.group(2)));
            }
        }
    }

    private static List<BeanCall> javaCalls() throws IOException {
        List<BeanCall> calls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = JAVA_BEAN_CALL.matcher(source);
                while (call.find()) {
                    calls.add(new BeanCall(file.toString(), call.group(1), call.group(2)));
                }
                Matcher literal = JAVA_BEAN_URI.matcher(source);
                while (literal.find()) {
                    collect(literal.group(1), file.toString(), calls);
                }
            }
        }
        return calls;
    }

    /** The compiled application's classes by their {@code @Named} bean name. */
    private static Map<String, Class<?>> namedClasses() throws IOException {
        Map<String, Class<?>> named = new HashMap<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String className = CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> type = load(className);
                Named name = type == null ? null : type.getAnnotation(Named.class);
                if (name != null) {
                    named.put(name.value().isEmpty() ? decapitalized(type.getSimpleName()) : name.value(), type);
                }
            }
        }
        return named;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, BeansCalledByNameAreNativeSafeTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String decapitalized(String simpleName) {
        return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
    }
}

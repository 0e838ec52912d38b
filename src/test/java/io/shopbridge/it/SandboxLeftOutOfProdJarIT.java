package io.shopbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The prod build leaves the Magento sandboxes out, not only switched off: no class Quarkus generated for the prod jar
 * (beans, the recorded start-up that creates Camel's route builders, reflection registrations) names a class of
 * {@code io.shopbridge.sandbox} (the build-time setting that excludes the package names the package, no class). The
 * sandbox classes stay in the application jar, for the harnesses that run a sandbox shop of their own.
 */
class SandboxLeftOutOfProdJarIT {

    private static final Path GENERATED = Path.of("target", "quarkus-app", "quarkus", "generated-bytecode.jar");
    /** A class of the sandbox packages, as the constant pool names it (internal or binary name). */
    private static final Pattern SANDBOX_CLASS = Pattern.compile("io([/.])shopbridge\\1sandbox\\1(\\w+\\1)*[A-Z]");

    @Test
    void noGeneratedClassNamesASandboxClass() throws IOException {
        assertTrue(Files.isRegularFile(GENERATED), GENERATED + " is missing: run after package");
        List<String> naming = new ArrayList<>();
        int classes = 0;
        try (ZipFile jar = new ZipFile(GENERATED.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                classes++;
                try (InputStream in = jar.getInputStream(entry)) {
                    // class and string constants are stored as (modified) UTF-8 in the constant pool
                    String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (SANDBOX_CLASS.matcher(constants).find()) {
                        naming.add(entry.getName());
                    }
                }
            }
        }
        assertTrue(classes > 100, "only " + classes + " generated classes: not the application's build");
        assertEquals(List.of(), naming);
    }
}

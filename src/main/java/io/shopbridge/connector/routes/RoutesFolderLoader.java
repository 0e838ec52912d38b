package io.shopbridge.connector.routes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.RouteConfigurationsBuilder;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.quarkus.main.events.AfterConfigure;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Loads the YAML routes of the routes folder into Camel at start-up: after Camel Main has added the Java routes, before
 * the context starts them. The folder is listed here and each file handed to Camel by its own path, rather than given
 * to Camel as a {@code file:routes/*.yaml} pattern, because Camel Quarkus documents that wildcard patterns may not
 * work in a native image; and because loading file by file tells which file a problem is in, so that a file that does
 * not parse or holds an invalid route stops start-up with one line naming it. Templated routes are checked against
 * their templates first ({@link TemplatedRoutesCheck}), and each route's file is noted ({@link RouteSources}) for the
 * mistakes found later in start-up.
 */
@ApplicationScoped
public class RoutesFolderLoader {

    private static final Logger LOG = Logger.getLogger(RoutesFolderLoader.class);

    @ConfigProperty(name = RoutesFolder.SETTING)
    String location;

    @Inject
    RouteSources sources;

    private record RoutesFile(Path path, Collection<RoutesBuilder> builders) {
    }

    @FunctionalInterface
    private interface BuilderStep {
        void apply(RoutesBuilder builder) throws Exception;
    }

    @FunctionalInterface
    private interface FileStep {
        void apply(Path file, RoutesBuilder builder) throws Exception;
    }

    void load(@Observes AfterConfigure event) {
        CamelContext camel = event.getCamelContext();
        RoutesFolder folder = new RoutesFolder(Path.of(location));
        List<RoutesFile> files = new ArrayList<>();
        for (Path path : folder.yamlFiles()) {
            files.add(parse(camel, path));
        }
        // in the order of Camel's own routes loader: route configurations, then routes and route templates, then the
        // routes made from templates, so that a templated route may name a template of any file
        addEach(files, builder -> {
            if (builder instanceof RouteConfigurationsBuilder configurations) {
                camel.addRoutesConfigurations(configurations);
            }
        });
        Model model = camel.getCamelContextExtension().getContextPlugin(Model.class);
        addEach(files, (path, builder) -> addRecordingSources(model, path, builder, camel::addRoutes));
        checkTemplatedRoutes(camel, model, files);
        addEach(files, (path, builder) -> addRecordingSources(model, path, builder, camel::addTemplatedRoutes));
        LOG.infof("Routes loaded from %s: %s", folder.path(),
                files.stream().map(file -> file.path().getFileName().toString()).collect(Collectors.joining(", ")));
    }

    /** Every file's templated routes against every file's templates, before Camel makes routes of them. */
    private static void checkTemplatedRoutes(CamelContext camel, Model model, List<RoutesFile> files) {
        TemplatedRoutesCheck templates = new TemplatedRoutesCheck(model.getRouteTemplateDefinitions(),
                name -> camel.getPropertiesComponent().resolveProperty(name));
        for (RoutesFile file : files) {
            for (RoutesBuilder builder : file.builders()) {
                if (builder instanceof RouteBuilder routes) {
                    templates.check(file.path(), routes.getTemplatedRouteCollection().getTemplatedRoutes());
                }
            }
        }
    }

    private static RoutesFile parse(CamelContext camel, Path path) {
        try {
            Resource resource = ResourceHelper.resolveMandatoryResource(camel, "file:" + path);
            return new RoutesFile(path, PluginHelper.getRoutesLoader(camel).findRoutesBuilders(List.of(resource)));
        } catch (Exception e) {
            throw refused(path, "is not valid YAML", e);
        }
    }

    /** Adds a file's builder and notes which routes it made, for the mistakes found later in start-up. */
    private void addRecordingSources(Model model, Path file, RoutesBuilder builder, BuilderStep add) throws Exception {
        Set<String> before = routeIds(model);
        add.apply(builder);
        for (String routeId : routeIds(model)) {
            if (!before.contains(routeId)) {
                sources.add(routeId, file);
            }
        }
    }

    private static Set<String> routeIds(Model model) {
        return model.getRouteDefinitions().stream().map(RouteDefinition::getRouteId).collect(Collectors.toSet());
    }

    private static void addEach(List<RoutesFile> files, BuilderStep step) {
        addEach(files, (file, builder) -> step.apply(builder));
    }

    private static void addEach(List<RoutesFile> files, FileStep step) {
        for (RoutesFile file : files) {
            for (RoutesBuilder builder : file.builders()) {
                try {
                    step.apply(file.path(), builder);
                } catch (Exception e) {
                    throw refused(file.path(), "has an invalid route", e);
                }
            }
        }
    }

    private static StartupRefusedException refused(Path path, String problem, Exception e) {
        // the whole trace is there for whoever asks for it; the line that stops start-up is for the person who wrote
        // the file
        LOG.debugf(e, "Routes file %s %s", path, problem);
        return new StartupRefusedException("routes file " + path + " " + problem + ": " + reason(e));
    }

    /** The innermost explanation, on one line: a YAML problem with its line and column, else the first message line. */
    private static String reason(Throwable e) {
        MarkedYamlEngineException yaml = null;
        Throwable innermost = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYamlEngineException marked) {
                yaml = marked;
            }
            if (t.getMessage() != null) {
                innermost = t;
            }
        }
        return yaml != null ? describe(yaml) : firstLine(innermost);
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? firstLine(e) : e.getProblem().strip();
        return problem + e.getProblemMark().map(RoutesFolderLoader::at).orElse("");
    }

    private static String at(Mark mark) {
        return " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }
}

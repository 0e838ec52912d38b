package io.shopbridge.connector.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;

/**
 * The channel tree, configured as queue_job does: {@code root:4,root.magento:2,root.magento.import:1:sequential}. A
 * job runs in the nearest configured channel of its own ({@code root.magento.export} → {@code root.magento}), and
 * counts against that channel and every ancestor.
 */
@ApplicationScoped
public class JobChannels {

    static final Pattern NAME = Pattern.compile("root(\\.[A-Za-z0-9_-]+)*");

    @ConfigProperty(name = "shopbridge.jobs.channels")
    String configuration;

    private final Map<String, JobChannel> byName = new LinkedHashMap<>();
    /** Every job counts against its channel: the walk up the name is done once per channel name, not per job. */
    private final Map<String, JobChannel> nearest = new ConcurrentHashMap<>();

    @PostConstruct
    void configure() {
        byName.clear();
        nearest.clear();
        List<String[]> entries = new ArrayList<>();
        for (String entry : configuration.split(",")) {
            if (!entry.isBlank()) {
                entries.add(entry.trim().split(":"));
            }
        }
        // parents before children
        entries.sort(Comparator.comparingInt(e -> e[0].split("\\.").length));
        for (String[] e : entries) {
            String name = e[0].trim();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Bad channel name '" + name + "' in shopbridge.jobs.channels: "
                        + "channels are root or root.<name>...");
            }
            if (e.length < 2 || e.length > 3 || (e.length == 3 && !"sequential".equals(e[2].trim()))) {
                throw new IllegalArgumentException("Bad channel '" + String.join(":", e)
                        + "' in shopbridge.jobs.channels: expected <name>:<capacity>[:sequential]");
            }
            int capacity = Integer.parseInt(e[1].trim());
            boolean sequential = e.length == 3;
            if (capacity < 1 || (sequential && capacity != 1)) {
                throw new IllegalArgumentException("Channel " + name + ": capacity must be >= 1, and 1 if sequential");
            }
            JobChannel parent = name.equals("root") ? null : nearest(name.substring(0, name.lastIndexOf('.')));
            byName.put(name, new JobChannel(name, capacity, sequential, parent));
        }
        if (!byName.containsKey("root")) {
            throw new IllegalArgumentException("shopbridge.jobs.channels must configure root (e.g. root:4)");
        }
    }

    /** The configured channel a job of this channel runs in. */
    public JobChannel nearest(String channel) {
        return nearest.computeIfAbsent(channel, this::walkUp);
    }

    private JobChannel walkUp(String channel) {
        for (String name = channel; ; name = name.substring(0, name.lastIndexOf('.'))) {
            JobChannel configured = byName.get(name);
            if (configured != null) {
                return configured;
            }
            if (name.indexOf('.') < 0) {
                return byName.get("root");
            }
        }
    }

    public List<JobChannel> all() {
        return List.copyOf(byName.values());
    }

    public JobChannel root() {
        return byName.get("root");
    }

    public static void validateName(String channel) {
        if (!NAME.matcher(channel).matches()) {
            throw new IllegalArgumentException("Bad job channel '" + channel + "': use root or root.<name>...");
        }
    }
}

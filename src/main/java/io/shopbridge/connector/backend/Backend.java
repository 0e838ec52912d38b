package io.shopbridge.connector.backend;

import java.util.ArrayList;
import java.util.List;

/**
 * A kind of external system, in a hierarchy: {@code magento 1.7} has the parent {@code magento}. Units registered for
 * a backend serve its children unless a child registers its own.
 */
public record Backend(String type, String version, Backend parent) {

    public static Backend root(String type) {
        return new Backend(type, null, null);
    }

    public Backend child(String childVersion) {
        return new Backend(type, childVersion, this);
    }

    /** Display name, as Odoo writes it: {@code magento 1.7}. */
    public String name() {
        return version == null ? type : type + " " + version;
    }

    /** This backend then its ancestors: the order in which units are looked up. */
    public List<Backend> lineage() {
        List<Backend> lineage = new ArrayList<>();
        for (Backend b = this; b != null; b = b.parent) {
            lineage.add(b);
        }
        return lineage;
    }

    @Override
    public String toString() {
        return name();
    }
}

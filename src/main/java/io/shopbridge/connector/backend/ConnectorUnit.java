package io.shopbridge.connector.backend;

/**
 * A piece of a connector (binder, mapper, adapter, synchronizer) serving one model of one backend. CDI beans
 * implementing it are found by {@link UnitRegistry}.
 */
public interface ConnectorUnit {

    /** The backend this unit is written for; it also serves that backend's children. */
    Backend backend();

    /** The model it serves, Odoo-style ({@code magento.account.invoice}). */
    String model();
}

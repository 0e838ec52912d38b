package io.shopbridge.connector.mapping;

import java.util.Map;

import io.shopbridge.connector.backend.ConnectorUnit;

/** Maps an ERP record (a map, children as lists of maps) to the record the backend's API takes. */
public interface ExportMapper extends ConnectorUnit {

    Map<String, Object> map(Map<String, Object> erpRecord);
}

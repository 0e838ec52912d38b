package io.shopbridge.magento.xmlrpc;

import java.util.List;

/** A parsed {@code <methodCall>}: its method name and positional parameters. */
public record XmlRpcCall(String method, List<Object> params) {
}

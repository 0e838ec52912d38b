package io.shopbridge.sandbox.magento1;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * XML-RPC request bodies written out literally, in the layout of Python's xmlrpclib (the OCA connector's client,
 * see the recorded cassettes), so the sandbox tests do not depend on our own encoder.
 */
final class XmlRpcBodies {

    private XmlRpcBodies() {
    }

    static String login(String user, String key) {
        return methodCall("login", string(user), string(key));
    }

    static String call(String sessionId, String apiPath, String... args) {
        return methodCall("call", string(sessionId), string(apiPath), array(args));
    }

    static String endSession(String sessionId) {
        return methodCall("endSession", string(sessionId));
    }

    static String methodCall(String method, String... params) {
        String paramXml = Arrays.stream(params)
                .map(param -> "<param>\n" + param + "\n</param>\n")
                .collect(Collectors.joining());
        return "<?xml version='1.0'?>\n<methodCall>\n<methodName>" + method + "</methodName>\n<params>\n"
                + paramXml + "</params>\n</methodCall>\n";
    }

    static String string(String value) {
        return "<value><string>" + value + "</string></value>";
    }

    static String dbl(String value) {
        return "<value><double>" + value + "</double></value>";
    }

    static String bool(boolean value) {
        return "<value><boolean>" + (value ? 1 : 0) + "</boolean></value>";
    }

    static String array(String... values) {
        return "<value><array><data>\n" + String.join("\n", values) + "\n</data></array></value>";
    }

    /** @param members name, value, name, value… */
    static String struct(String... members) {
        StringBuilder xml = new StringBuilder("<value><struct>\n");
        for (int i = 0; i < members.length; i += 2) {
            xml.append("<member>\n<name>").append(members[i]).append("</name>\n").append(members[i + 1])
                    .append("\n</member>\n");
        }
        return xml.append("</struct></value>").toString();
    }
}

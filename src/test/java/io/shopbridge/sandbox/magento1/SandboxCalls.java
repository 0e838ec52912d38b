package io.shopbridge.sandbox.magento1;

import static io.restassured.RestAssured.given;

import io.restassured.path.xml.XmlPath;

/** Posts XML-RPC bodies to the sandbox over HTTP and reads what comes back. */
final class SandboxCalls {

    static final String ENDPOINT = "/sandbox/magento1/index.php/api/xmlrpc";
    static final String CONTROL = "/sandbox/magento1/control/";
    static final String CONTROL_TOKEN_HEADER = "X-Sandbox-Token";

    private SandboxCalls() {
    }

    /** Posts to the XML-RPC endpoint and expects HTTP 200 with an XML body, as Magento answers even faults. */
    static String post(String body) {
        return post(ENDPOINT, body);
    }

    static String post(String path, String body) {
        return given().contentType("text/xml").body(body)
                .when().post(path)
                .then().statusCode(200).contentType("text/xml; charset=UTF-8")
                .extract().asString();
    }

    static String login(String user, String key) {
        return stringResult(post(XmlRpcBodies.login(user, key)));
    }

    /** The {@code <string>} a successful response carries. */
    static String stringResult(String response) {
        return XmlPath.from(response).getString("methodResponse.params.param.value.string");
    }

    static int faultCode(String response) {
        return XmlPath.from(response)
                .getInt("methodResponse.fault.value.struct.member.find { it.name == 'faultCode' }.value.int");
    }

    static String faultString(String response) {
        return XmlPath.from(response)
                .getString("methodResponse.fault.value.struct.member.find { it.name == 'faultString' }.value.string");
    }
}

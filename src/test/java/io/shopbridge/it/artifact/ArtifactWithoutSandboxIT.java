package io.shopbridge.it.artifact;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The prod build has no Magento sandbox: none of its URLs answers (the build itself is checked by
 * {@code SandboxLeftOutOfProdJarIT}).
 */
@QuarkusIntegrationTest
@WithTestResource(ArtifactStore.class)
class ArtifactWithoutSandboxIT {

    @Test
    void noSandboxUrlAnswers() {
        for (String path : new String[] {"/sandbox/magento1/api/xmlrpc", "/sandbox/magento1/index.php/api/xmlrpc",
                "/sandbox/magento1/control/reset", "/sandbox/magento2/rest/V1/orders/1",
                "/sandbox/magento2/rest/V1/integration/admin/token"}) {
            given().body("<methodCall><methodName>login</methodName></methodCall>").when().post(path).then()
                    .statusCode(404);
        }
    }
}

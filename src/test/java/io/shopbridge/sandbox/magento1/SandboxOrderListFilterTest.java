package io.shopbridge.sandbox.magento1;

import static io.shopbridge.sandbox.magento1.SandboxCalls.faultCode;
import static io.shopbridge.sandbox.magento1.SandboxCalls.faultString;
import static io.shopbridge.sandbox.magento1.SandboxCalls.post;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.array;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.call;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.string;
import static io.shopbridge.sandbox.magento1.XmlRpcBodies.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;

/**
 * {@code sales_order.list} filters as Magento turns them into SQL. Seed orders 100000001…100000005 were created one
 * hour apart from 2024-05-06 09:30:00; 3 is canceled, 4 holded, 5 a guest's. The capture-shaped ones follow from
 * 2024-05-07 (145000008 a guest's, 100000205 canceled by its edit 100000205-1, 100000201 and the edit Jane's).
 */
@QuarkusTest
class SandboxOrderListFilterTest {

    @Inject
    FreshSandbox fresh;

    String session;

    @BeforeEach
    void freshSandboxAndSession() {
        session = fresh.session();
    }

    @Test
    void noFilterListsEveryOrder() {
        assertEquals(List.of("100000001", "100000002", "100000003", "100000004", "100000005", "100000201",
                "145000008", "100000203", "100000204", "100000205", "100000205-1", "100000206"), list());
    }

    @Test
    void aPlainValueIsEquality() {
        assertEquals(List.of("100000003", "100000205"), list(struct("status", string("canceled"))));
    }

    @Test
    void operatorsCombineWithAnd() {
        assertEquals(List.of("100000001", "100000005"), list(struct(
                "increment_id", struct("in", array(string("100000001"), string("100000004"), string("100000005"))),
                "state", struct("neq", string("holded")))));
        assertEquals(List.of("100000002", "100000003"), list(struct(
                "created_at", struct("lt", string("2024-05-07")),
                "increment_id", struct("nin", array(string("100000001"), string("100000004"), string("100000005"))))));
    }

    @Test
    void aDateWindowTakesFromAndToTogether() {
        assertEquals(List.of("100000002", "100000003"), list(struct("created_at",
                struct("from", string("2024/05/06 10:00:00"), "to", string("2024-05-06 11:30:00")))));
        assertEquals(List.of("100000004", "100000005"), list(struct("updated_at",
                struct("from", string("2024-05-06 11:30:01"), "to", string("2024-05-06 23:59:59")))));
        assertEquals(List.of("100000001"), list(struct("created_at", struct("lteq", string("2024-05-06 09:30:00")))));
    }

    @Test
    void likeAndNullAndTheOrderIdAlias() {
        assertEquals(List.of("100000005", "145000008"),
                list(struct("customer_email", struct("like", string("BILL@%")))));
        assertEquals(List.of("100000005", "145000008"), list(struct("customer_id", struct("null", string("1")))));
        assertEquals(List.of("100000002"), list(struct("order_id", string("102"))));
        assertEquals(List.of("100000001", "100000002", "100000201", "100000205-1"),
                list(struct("grand_total", struct("lt", string("700")),
                "customer_id", struct("eq", string("136")), "state", string("new"))));
    }

    @Test
    void anUnknownFieldFailsInTheDatabase() {
        String response = post(call(session, "sales_order.list", struct("no_such_column", string("x"))));

        assertEquals(1, faultCode(response));
        assertEquals("SQLSTATE[42S22]: Column not found: 1054 Unknown column 'no_such_column' in 'where clause'",
                faultString(response));
    }

    private List<String> list(String... filters) {
        String response = post(call(session, "sales_order.list", filters));
        return XmlPath.from(response).getList(
                "methodResponse.params.param.value.array.data.value.struct.member.findAll { it.name == 'increment_id' }"
                        + ".value.string",
                String.class);
    }
}

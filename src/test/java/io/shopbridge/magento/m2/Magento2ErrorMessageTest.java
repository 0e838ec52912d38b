package io.shopbridge.magento.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class Magento2ErrorMessageTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void namedPlaceholdersTakeTheParametersObject() throws Exception {
        assertEquals("No such entity with customerId = 5", Magento2ErrorMessage.of(body(
                "{\"message\":\"No such entity with %fieldName = %fieldValue\","
                        + "\"parameters\":{\"fieldName\":\"customerId\",\"fieldValue\":5}}")));
    }

    @Test
    void positionalPlaceholdersCountFromOne() throws Exception {
        assertEquals("The \"sku\" value of \"a/b\" is invalid.", Magento2ErrorMessage.of(body(
                "{\"message\":\"The \\\"%1\\\" value of \\\"%2\\\" is invalid.\",\"parameters\":[\"sku\",\"a/b\"]}")));
    }

    @Test
    void anAggregateInputErrorNamesItsParts() throws Exception {
        assertEquals("One or more input exceptions have occurred. \"qty\" is required. Enter and try again.; "
                + "\"order_item_id\" is required. Enter and try again.", Magento2ErrorMessage.of(body(
                "{\"message\":\"One or more input exceptions have occurred.\",\"errors\":["
                        + "{\"message\":\"\\\"%fieldName\\\" is required. Enter and try again.\","
                        + "\"parameters\":{\"fieldName\":\"qty\"}},"
                        + "{\"message\":\"\\\"%fieldName\\\" is required. Enter and try again.\","
                        + "\"parameters\":{\"fieldName\":\"order_item_id\"}}]}")));
    }

    @Test
    void aMessageWithoutParametersIsKeptAsItIsLineBreaksIncluded() throws Exception {
        assertEquals("Invoice Document Validation Error(s):\nThe order does not allow an invoice to be created.",
                Magento2ErrorMessage.of(body("{\"message\":\"Invoice Document Validation Error(s):\\n"
                        + "The order does not allow an invoice to be created.\"}")));
    }

    @Test
    void aPlaceholderWithoutItsParameterStays() throws Exception {
        assertEquals("Maximum SearchCriteria pageSize is %max", Magento2ErrorMessage.of(body(
                "{\"message\":\"Maximum SearchCriteria pageSize is %max\",\"parameters\":{\"other\":1}}")));
    }

    @Test
    void aBodyWithoutMessageIsNoMagentoError() throws Exception {
        assertNull(Magento2ErrorMessage.of(body("[1,2]")));
        assertNull(Magento2ErrorMessage.of(body("{\"error\":\"bad gateway\"}")));
    }

    private JsonNode body(String text) throws Exception {
        return json.readTree(text);
    }
}

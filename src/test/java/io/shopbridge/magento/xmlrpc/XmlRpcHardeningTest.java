package io.shopbridge.magento.xmlrpc;

import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.bytes;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.response;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.text;
import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile bodies: entities, external DTDs, XInclude, size and nesting bombs. None may read a file or exhaust memory. */
class XmlRpcHardeningTest {

    private final XmlRpcCodec codec = XmlRpcFixtures.codec();

    @TempDir
    Path dir;
    private String secret;
    private Path target;

    @BeforeEach
    void plantSecret() throws IOException {
        secret = "TOP-SECRET-" + UUID.randomUUID();
        target = Files.writeString(dir.resolve("secret.txt"), secret);
        // A DTD too, for the fixtures that load one: it would declare &leak; as the secret.
        Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak SYSTEM \"" + target.toUri() + "\">");
    }

    @ParameterizedTest
    @ValueSource(strings = { "xxe-external-entity.xml", "xxe-parameter-entity.xml", "external-dtd.xml" })
    void doctypeIsRefusedAndNothingIsRead(String fixture) {
        String pointAt = fixture.equals("xxe-external-entity.xml") ? target.toUri().toString()
                : dir.resolve("evil.dtd").toUri().toString();
        byte[] body = utf8(text("hostile/" + fixture).replace("@TARGET@", pointAt));

        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class,
                () -> parseEither(body), "a DOCTYPE must never be accepted");
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertSecretNowhere(e);
    }

    /** The parser of a thread is reused: a refusal must not leave it unhardened, nor a good answer after it broken. */
    @Test
    void aReusedParserStaysHardenedAfterARefusalAndAnAnswer() throws XmlRpcFault {
        byte[] hostile = utf8(text("hostile/xxe-external-entity.xml").replace("@TARGET@", target.toUri().toString()));
        byte[] answer = response("<value><string>ok</string></value>");
        for (int round = 0; round < 3; round++) {
            assertThrows(XmlRpcFormatException.class, () -> parseEither(hostile));
            assertEquals("ok", codec.parseResponse(answer));
        }
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        byte[] body = bytes("hostile/billion-laughs.xml");

        XmlRpcFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(XmlRpcFormatException.class, () -> codec.parseResponse(body)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void xincludeIsNotFollowed() {
        byte[] body = utf8(text("hostile/xinclude.xml").replace("@TARGET@", target.toUri().toString()));

        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class, () -> codec.parseResponse(body));
        assertTrue(e.getMessage().contains("unexpected <xi:include> inside <string>"), e.getMessage());
        assertSecretNowhere(e);
    }

    @Test
    void oversizedBodyIsRefusedBeforeParsing() {
        XmlRpcCodec small = new XmlRpcCodec(1024);
        // Both would fail parsing with another message; the size message proves the parser never ran.
        String xxe = text("hostile/xxe-external-entity.xml").replace("@TARGET@", target.toUri().toString());
        byte[] hostile = utf8(xxe + "<!--" + "x".repeat(1024) + "-->");
        byte[] garbage = new byte[5 * 1024 * 1024];

        for (byte[] body : List.of(hostile, garbage)) {
            XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class, () -> small.parseResponse(body));
            assertEquals("body of " + body.length + " bytes exceeds the limit of 1024 bytes", e.getMessage());
            assertThrows(XmlRpcFormatException.class, () -> small.parseCall(body));
        }
    }

    @Test
    void limitIsInclusive() throws XmlRpcFault {
        byte[] login = bytes("login-response.xml");

        assertEquals("4b1d7c0e9a2f48d3b6e5a7c1f0d29e83", new XmlRpcCodec(login.length).parseResponse(login));
        assertThrows(XmlRpcFormatException.class, () -> new XmlRpcCodec(login.length - 1).parseResponse(login));
    }

    @Test
    void realOrderNeedsARealLimit() throws XmlRpcFault {
        byte[] order = bytes("sales-order-info-response.xml");

        assertThrows(XmlRpcFormatException.class, () -> new XmlRpcCodec(16 * 1024).parseResponse(order));
        assertEquals("100000317", XmlRpcResponseParsingTest.map(new XmlRpcCodec(64 * 1024).parseResponse(order)).get("increment_id"));
    }

    @Test
    void deepNestingFixtureIsRefused() {
        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class,
                () -> codec.parseResponse(bytes("hostile/deep-nesting.xml")));
        assertEquals("arrays/structs nested deeper than 64", e.getMessage());
    }

    @Test
    void nestingUpToTheLimitIsFine() throws XmlRpcFault {
        Object value = codec.parseResponse(nestedArrays(64));
        for (int level = 0; level < 64; level++) {
            value = ((List<?>) value).get(0);
        }
        assertEquals("bottom", value);
        assertThrows(XmlRpcFormatException.class, () -> codec.parseResponse(nestedArrays(65)));
        assertThrows(XmlRpcFormatException.class, () -> codec.parseResponse(nestedStructs(65)));
        assertThrows(XmlRpcFormatException.class, () -> codec.parseCall(utf8(utf8(codec.encodeCall("m", List.of()))
                .replace("<params></params>", "<params><param>" + between(utf8(nestedStructs(65))) + "</param></params>"))));
    }

    @Test
    void aMegabyteOfNestingNeitherOverflowsTheStackNorPasses() {
        byte[] body = nestedArrays(20_000);
        assertTrue(body.length < XmlRpcFixtures.MAX_BYTES);

        assertThrows(XmlRpcFormatException.class, () -> codec.parseResponse(body));
    }

    @Test
    void depthIsConfigurable() throws XmlRpcFault {
        XmlRpcCodec shallow = new XmlRpcCodec(XmlRpcFixtures.MAX_BYTES, 2);

        assertEquals(List.of(List.of("bottom")), shallow.parseResponse(nestedArrays(2)));
        assertThrows(XmlRpcFormatException.class, () -> shallow.parseResponse(nestedArrays(3)));
        assertThrows(IllegalArgumentException.class, () -> shallow.encodeResponse(List.of(List.of(List.of()))));
        assertThrows(IllegalArgumentException.class, () -> new XmlRpcCodec(0));
        assertThrows(IllegalArgumentException.class, () -> new XmlRpcCodec(1024, 0));
    }

    @Test
    void encodingIsBoundedToo() {
        List<Object> deep = new ArrayList<>();
        List<Object> inner = deep;
        for (int level = 1; level < 64; level++) {
            List<Object> next = new ArrayList<>();
            inner.add(next);
            inner = next;
        }
        codec.encodeResponse(deep);
        inner.add(new ArrayList<>());
        assertThrows(IllegalArgumentException.class, () -> codec.encodeResponse(deep));
    }

    private Object parseEither(byte[] body) throws XmlRpcFault {
        return utf8(body).contains("<methodCall>") ? codec.parseCall(body) : codec.parseResponse(body);
    }

    private void assertSecretNowhere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), "leaked: " + t.getMessage());
        }
    }

    private static byte[] nestedArrays(int depth) {
        return response("<value><array><data>".repeat(depth) + "<value><string>bottom</string></value>"
                + "</data></array></value>".repeat(depth));
    }

    private static byte[] nestedStructs(int depth) {
        return response("<value><struct><member><name>a</name>".repeat(depth) + "<value>bottom</value>"
                + "</member></struct></value>".repeat(depth));
    }

    private static String between(String response) {
        return response.substring(response.indexOf("<param>") + 7, response.lastIndexOf("</param>"));
    }
}

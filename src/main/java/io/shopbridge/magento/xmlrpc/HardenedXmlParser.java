package io.shopbridge.magento.xmlrpc;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns an untrusted body into a DOM: size checked first, no DOCTYPE at all (so no entity of any kind, internal or
 * external), nothing fetched from anywhere.
 */
final class HardenedXmlParser {

    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final int maxBytes;
    // Configured once here and only read afterwards, so newDocumentBuilder() may be called from any thread.
    private final DocumentBuilderFactory factory;
    // A builder per thread, reset after each parse: making one costs more than parsing a Magento answer.
    private final ThreadLocal<DocumentBuilder> builders = ThreadLocal.withInitial(this::newBuilder);

    HardenedXmlParser(int maxBytes) {
        this.maxBytes = maxBytes;
        // The JDK's own implementation, never one found on the classpath: the features below are its names.
        factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened, refusing to use it", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        // Off so that a prefixed <ex:nil/> without its xmlns declaration still parses.
        factory.setNamespaceAware(false);
        factory.setCoalescing(true);
        factory.setIgnoringComments(true);
    }

    Document parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new XmlRpcFormatException("empty body");
        }
        if (body.length > maxBytes) {
            throw new XmlRpcFormatException("body of " + body.length + " bytes exceeds the limit of " + maxBytes + " bytes");
        }
        DocumentBuilder builder = builders.get();
        try {
            // The default handler prints every error to stderr before throwing; reset() forgets it and the resolver.
            builder.setErrorHandler(FAIL_ON_ERROR);
            // Unreachable while DOCTYPEs are refused; kept so a config slip still fetches nothing.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused");
            });
            return builder.parse(new ByteArrayInputStream(body));
        } catch (SAXParseException e) {
            throw new XmlRpcFormatException("malformed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new XmlRpcFormatException("malformed XML: " + e.getMessage(), e);
        } finally {
            builder.reset();
        }
    }

    private DocumentBuilder newBuilder() {
        try {
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}

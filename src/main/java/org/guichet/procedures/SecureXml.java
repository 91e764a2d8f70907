package org.guichet.procedures;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads XML into a DOM with DTDs, external entities and XInclude refused. */
final class SecureXml {
    /** Configured once; the factory is not specified as thread-safe, so builders are made one at a time. */
    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private SecureXml() {
    }

    static Document read(String ficheId, InputStream in) {
        try {
            DocumentBuilder builder = newBuilder();
            builder.setErrorHandler(new FailFast());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return builder.parse(in);
        } catch (SAXParseException e) {
            throw new FicheFormatException(ficheId,
                    "line " + e.getLineNumber() + ", column " + e.getColumnNumber(), e.getMessage(), e);
        } catch (SAXException e) {
            throw new FicheFormatException(ficheId, "document", e.getMessage(), e);
        } catch (IOException e) {
            throw new FicheFormatException(ficheId, "document", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static synchronized DocumentBuilder newBuilder() {
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be made secure", e);
        }
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            return configure(DocumentBuilderFactory.newInstance());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be made secure", e);
        }
    }

    private static DocumentBuilderFactory configure(DocumentBuilderFactory factory) throws ParserConfigurationException {
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** The default handler prints recoverable errors and goes on; a fiche must be all or nothing. */
    private static final class FailFast implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make the content wrong.
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}

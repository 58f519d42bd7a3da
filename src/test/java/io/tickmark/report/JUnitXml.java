package io.tickmark.report;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks on a JUnit XML report: valid against the common schema, names unique per suite, no "null". */
public final class JUnitXml {
    private static Schema schema;

    private JUnitXml() {}

    /** Validates against src/test/resources/junit/junit.xsd; throws with the first violation. */
    public static void validate(String xml) throws SAXException, IOException {
        if (schema == null) {
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(JUnitXml.class.getResource("/junit/junit.xsd"));
        }
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /** Test case names that repeat within their suite (classname and name together, or the name alone). */
    public static List<String> duplicateNames(Document doc) {
        List<String> dups = new ArrayList<>();
        NodeList suites = doc.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Set<String> seen = new HashSet<>();
            NodeList cases = ((Element) suites.item(i)).getElementsByTagName("testcase");
            for (int j = 0; j < cases.getLength(); j++) {
                String name = ((Element) cases.item(j)).getAttribute("name");
                if (!seen.add(name)) dups.add(name);
            }
        }
        return dups;
    }

    /** Names, classnames and attribute values that say "null". */
    public static List<String> nulls(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int j = 0; j < cases.getLength(); j++) {
            Element c = (Element) cases.item(j);
            for (String a : List.of("name", "classname")) {
                if (c.getAttribute(a).matches("(?s).*(?<![\\p{L}\\p{N}])null(?![\\p{L}\\p{N}]).*")) out.add(c.getAttribute(a));
            }
        }
        return out;
    }

    public static int count(Document doc, String element) {
        return doc.getElementsByTagName(element).getLength();
    }
}

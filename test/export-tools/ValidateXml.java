/*
 * Validates XML files against an XML Schema with the JDK's own validator (no network:
 * every schema it loads must come from the given location, relative imports included).
 * Usage: java ValidateXml.java SCHEMA_URL FILE... ; prints one line per problem and
 * exits 1 when there is any. SCHEMA_URL may be a jar: URL (a schema inside a jar).
 */
import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

public class ValidateXml {
  public static void main(String[] args) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    // Schemas may import others only from files and jars: nothing is fetched.
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
    Schema schema = factory.newSchema(URI.create(args[0]).toURL());
    List<String> problems = new ArrayList<>();
    for (int index = 1; index < args.length; index++) {
      String name = args[index];
      Validator validator = schema.newValidator();
      validator.setErrorHandler(
          new ErrorHandler() {
            public void warning(SAXParseException e) {}

            public void error(SAXParseException e) {
              problems.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            public void fatalError(SAXParseException e) {
              problems.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
            }
          });
      validator.validate(new StreamSource(new File(name)));
    }
    for (String problem : problems) System.out.println(problem);
    System.exit(problems.isEmpty() ? 0 : 1);
  }
}

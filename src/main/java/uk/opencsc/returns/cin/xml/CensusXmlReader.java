package uk.opencsc.returns.cin.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CinDetails;
import uk.opencsc.returns.cin.CinDetails.CensusAssessment;
import uk.opencsc.returns.cin.CinDetails.CinPlanDates;
import uk.opencsc.returns.cin.CinDetails.ProtectionPlan;
import uk.opencsc.returns.cin.CinDetails.Section47;
import uk.opencsc.returns.cin.rules.ElementPath;

/**
 * Reads a CIN census XML file (the DfE's {@code CIN_schema_2026.xsd} layout) with StAX, one {@code <Child>} at a
 * time: the header first, then each child handed to the listener and dropped, so a 50,000-child file never sits in
 * memory. Codes are passed on as written (the validation rules name a wrong one); what cannot be read at all
 * becomes a {@link ReadProblem} naming the child and the element: an element the census does not have, a date or
 * number that is not one, a required element that is missing, a repeated one that may appear once, and XML that
 * is not well-formed (after which reading stops). An empty element counts as absent.
 */
public final class CensusXmlReader {

    /** Receives the header (exactly once, before any child; null when the file has none), each child, each problem. */
    public interface Listener {
        void header(CensusHeader header);

        void child(CensusChild child);

        void problem(ReadProblem problem);
    }

    /** What a read found: children read, problems reported, whether the XML could be read to its end. */
    public record Summary(int children, int problems, boolean wellFormed) {
    }

    // XSD xs:date and xs:dateTime allow an optional time zone ("2022-07-21Z"); the census means the local day
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_DATE_TIME;

    private static final XMLInputFactory FACTORY = factory();

    public Summary read(Path file, Listener listener) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, listener);
        }
    }

    public Summary read(InputStream in, Listener listener) {
        Run run = new Run(listener);
        run.read(in);
        return new Summary(run.children, run.problems, run.wellFormed);
    }

    private static XMLInputFactory factory() {
        // the JDK's own StAX, not whichever another library puts on the classpath (a test dependency brought one whose
        // behaviour differs): the census is read and written the same way everywhere
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // a census file never needs a DTD; refusing them keeps out external entities (XXE)
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** An element read whole: a child is small, so it is read into these and then mapped with its paths. */
    private record Node(String name, String text, List<Node> children) {
    }

    private static final class Run {
        private final Listener listener;
        private int children;
        private int problems;
        private boolean wellFormed = true;
        private boolean headerGiven;
        private String currentChild;

        Run(Listener listener) {
            this.listener = listener;
        }

        void read(InputStream in) {
            XMLStreamReader x = null;
            try {
                x = FACTORY.createXMLStreamReader(in);
                if (!toNextElement(x, null, ElementPath.of("Message"))) {
                    problem(null, ElementPath.of("Message"), "a CIN census file: the root element Message; the file has no elements");
                    return;
                }
                if (!x.getLocalName().equals("Message")) {
                    problem(null, ElementPath.of(x.getLocalName()), "the root element Message, not " + x.getLocalName());
                    return;
                }
                boolean sawChildren = false;
                while (toNextElement(x, null, ElementPath.of("Message"))) {
                    switch (x.getLocalName()) {
                        case "Header" -> header(readNode(x));
                        case "Children" -> {
                            sawChildren = true;
                            readChildren(x);
                        }
                        default -> {
                            problem(null, ElementPath.of(x.getLocalName()), "Header or Children: " + x.getLocalName()
                                    + " is not an element of a CIN census");
                            readNode(x);
                        }
                    }
                }
                giveHeader(null);
                if (!sawChildren) {
                    problem(null, ElementPath.of("Children"), "a Children element holding each Child");
                }
            } catch (XMLStreamException e) {
                wellFormed = false;
                String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber()
                        + ", column " + e.getLocation().getColumnNumber() + ")";
                problem(currentChild, ElementPath.of(currentChild == null ? "Message" : "Child"),
                        "well-formed XML" + where + ": " + reason(e));
            } finally {
                close(x);
            }
        }

        private void readChildren(XMLStreamReader x) throws XMLStreamException {
            ElementPath here = ElementPath.of("Children");
            while (toNextElement(x, null, here)) {
                if (!x.getLocalName().equals("Child")) {
                    problem(null, here.then(x.getLocalName()), "Child: " + x.getLocalName() + " is not an element of a CIN census");
                    readNode(x);
                    continue;
                }
                giveHeader(null);
                children++;
                currentChild = "child " + children;
                Node node = readNode(x);
                CensusChild child = new ChildMapper(this, children, node).map();
                currentChild = null;
                listener.child(child);
            }
        }

        private void giveHeader(CensusHeader header) {
            if (!headerGiven) {
                headerGiven = true;
                listener.header(header);
            }
        }

        private void header(Node node) {
            if (headerGiven) {
                problem(null, ElementPath.of("Header"), "one Header, before the Children");
                return;
            }
            Elements h = new Elements(this, null, ElementPath.of("Header"), node,
                    Set.of("CollectionDetails"), Set.of("Source"));
            Node details = h.single("CollectionDetails", false);
            Elements c = details == null ? null : new Elements(this, null, ElementPath.of("Header/CollectionDetails"), details,
                    Set.of("Collection", "Year", "ReferenceDate"), Set.of());
            List<Node> sources = h.all("Source");
            Elements s = sources.isEmpty() ? null : new Elements(this, null, ElementPath.of("Header").then("Source", 0),
                    sources.getFirst(), Set.of("SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"), Set.of());
            giveHeader(new CensusHeader(
                    c == null ? null : c.text("Collection", false),
                    c == null ? null : c.text("Year", false),
                    c == null ? null : c.date("ReferenceDate", false),
                    s == null ? null : s.text("SourceLevel", false),
                    s == null ? null : s.text("LEA", true),
                    s == null ? null : s.text("SoftwareCode", false),
                    s == null ? null : s.text("Release", false),
                    s == null ? null : s.text("SerialNo", false),
                    s == null ? null : s.dateTime("DateTime", false)));
        }

        void problem(String child, ElementPath element, String expected) {
            problems++;
            listener.problem(new ReadProblem(child, element, expected));
        }

        /**
         * Moves to the next start element inside the current one; false at the current element's end (or the
         * document's). Text between elements is not allowed in the census's element-only content: it is reported.
         */
        private boolean toNextElement(XMLStreamReader x, String child, ElementPath where) throws XMLStreamException {
            while (x.hasNext()) {
                int event = x.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        return true;
                    }
                    case XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
                        return false;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!x.isWhiteSpace() && !x.getText().isBlank()) {
                            problem(child, where, "elements only, not the text \"" + shortened(x.getText().trim()) + "\"");
                        }
                    }
                    default -> {
                        // comments, processing instructions, whitespace
                    }
                }
            }
            return false;
        }

        /** Reads the element the reader is on, to its end. */
        private static Node readNode(XMLStreamReader x) throws XMLStreamException {
            String name = x.getLocalName();
            StringBuilder text = new StringBuilder();
            List<Node> children = new ArrayList<>();
            while (true) {
                int event = x.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> children.add(readNode(x));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(x.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return new Node(name, text.toString().trim(), children);
                    }
                    case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the file ends inside " + name, x.getLocation());
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        }

        private static String reason(XMLStreamException e) {
            String message = e.getMessage() == null ? "unreadable" : e.getMessage();
            // the parser prefixes its message with the position, which is already given
            int detail = message.indexOf("Message: ");
            return detail >= 0 ? message.substring(detail + "Message: ".length()).trim() : message.trim();
        }

        private static void close(XMLStreamReader x) {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that has already failed: nothing more to report
                }
            }
        }
    }

    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /**
     * The elements inside one element, grouped by name, with the unknown ones and stray text reported; the typed
     * getters report a value that is not of its type, a required one that is missing, and one that repeats.
     */
    private static final class Elements {
        private final Run run;
        private final String child;
        private final ElementPath path;
        private final Map<String, List<Node>> byName = new LinkedHashMap<>();

        /**
         * @param single   the element names that may appear once
         * @param repeated the element names that may repeat
         */
        Elements(Run run, String child, ElementPath path, Node node, Set<String> single, Set<String> repeated) {
            this.run = run;
            this.child = child;
            this.path = path;
            if (!node.text().isEmpty()) {
                run.problem(child, path, "elements only, not the text \"" + shortened(node.text()) + "\"");
            }
            for (Node n : node.children()) {
                if (single.contains(n.name()) || repeated.contains(n.name())) {
                    byName.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(n);
                } else {
                    List<String> expected = new ArrayList<>(single);
                    expected.addAll(repeated);
                    expected.sort(null);
                    run.problem(child, path == null ? ElementPath.of(n.name()) : path.then(n.name()),
                            "one of " + String.join(", ", expected) + ": " + n.name() + " is not an element of a CIN census here");
                }
            }
            for (String name : single) {
                List<Node> found = byName.getOrDefault(name, List.of());
                if (found.size() > 1) {
                    run.problem(child, at(name), "one " + name + ", not " + found.size());
                }
            }
        }

        ElementPath at(String name) {
            return path == null ? ElementPath.of(name) : path.then(name);
        }

        ElementPath at(String name, int index) {
            return path == null ? ElementPath.of(name + "[" + (index + 1) + "]") : path.then(name, index);
        }

        List<Node> all(String name) {
            return byName.getOrDefault(name, List.of());
        }

        Node single(String name, boolean required) {
            List<Node> found = all(name);
            if (found.isEmpty()) {
                if (required) {
                    run.problem(child, at(name), name + ", which every " + (path == null ? "Child" : lastName(path)) + " has");
                }
                return null;
            }
            return found.getFirst();
        }

        String text(String name, boolean required) {
            Node n = single(name, required);
            if (n == null) {
                return null;
            }
            if (!n.children().isEmpty()) {
                run.problem(child, at(name), "a value, not elements inside " + name);
                return null;
            }
            if (n.text().isEmpty()) {
                if (required) {
                    run.problem(child, at(name), "a value in " + name + ", which every " + (path == null ? "Child" : lastName(path)) + " has");
                }
                return null;
            }
            return n.text();
        }

        LocalDate date(String name, boolean required) {
            String value = text(name, required);
            return value == null ? null : date(at(name), value);
        }

        LocalDate date(ElementPath where, String value) {
            try {
                // the common yyyy-MM-dd without a zone directly: DateTimeFormatter's general parse costs several times more
                if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
                    return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                            Integer.parseInt(value, 8, 10, 10));
                }
                return LocalDate.from(DATE.parse(value));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                run.problem(child, where, "a date written yyyy-MM-dd, not \"" + shortened(value) + "\"");
                return null;
            }
        }

        LocalDateTime dateTime(String name, boolean required) {
            String value = text(name, required);
            if (value == null) {
                return null;
            }
            try {
                return LocalDateTime.from(DATE_TIME.parse(value));
            } catch (DateTimeParseException e) {
                run.problem(child, at(name), "a date and time written yyyy-MM-ddTHH:mm:ss, not \"" + shortened(value) + "\"");
                return null;
            }
        }

        Integer number(String name, boolean required) {
            String value = text(name, required);
            if (value == null) {
                return null;
            }
            try {
                int n = Integer.parseInt(value);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            run.problem(child, at(name), "a whole number, 0 or more, not \"" + shortened(value) + "\"");
            return null;
        }

        /** The census's yes/no: true or 1, false or 0. */
        Boolean yesNo(String name, boolean required) {
            String value = text(name, required);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1" -> true;
                case "false", "0" -> false;
                default -> {
                    run.problem(child, at(name), "true or false (or 1 or 0), not \"" + shortened(value) + "\"");
                    yield null;
                }
            };
        }

        /** The values of a list element such as Disabilities/Disability. */
        List<String> list(String container, String item) {
            Node n = single(container, false);
            if (n == null) {
                return List.of();
            }
            Elements inside = new Elements(run, child, at(container), n, Set.of(), Set.of(item));
            List<String> values = new ArrayList<>();
            List<Node> items = inside.all(item);
            for (int i = 0; i < items.size(); i++) {
                Node v = items.get(i);
                if (!v.children().isEmpty()) {
                    run.problem(child, inside.at(item, i), "a value, not elements inside " + item);
                } else if (!v.text().isEmpty()) {
                    values.add(v.text());
                }
            }
            return values;
        }

        private static String lastName(ElementPath path) {
            String value = path.value();
            String last = value.substring(value.lastIndexOf('/') + 1);
            int bracket = last.indexOf('[');
            return bracket < 0 ? last : last.substring(0, bracket);
        }
    }

    /** One {@code <Child>} to a {@link CensusChild}, every element at its path. */
    private static final class ChildMapper {

        // the elements each element of a child may hold (CIN_schema_2026.xsd)
        private static final Set<String> IDENTIFIERS = Set.of("LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "Sex", "PersonDeathDate");
        private static final Set<String> CHARACTERISTICS = Set.of("Ethnicity", "Disabilities");
        private static final Set<String> CHILD_SINGLE = Set.of("ChildIdentifiers", "ChildCharacteristics");
        private static final Set<String> CHILD_REPEATED = Set.of("CINdetails");
        private static final Set<String> EPISODE_SINGLE = Set.of("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA");
        private static final Set<String> EPISODE_REPEATED = Set.of("Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans");
        private static final Set<String> ASSESSMENT = Set.of("AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate",     "FactorsIdentifiedAtAssessment");
        private static final Set<String> CIN_PLAN = Set.of("CINPlanStartDate", "CINPlanEndDate");
        private static final Set<String> SECTION_47 = Set.of("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired");
        private static final Set<String> PROTECTION_PLAN = Set.of("CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse",     "NumberOfPreviousCPP", "Reviews");

        private final Run run;
        private final int position;
        private final Node node;
        private final String name;

        ChildMapper(Run run, int position, Node node) {
            this.run = run;
            this.position = position;
            this.node = node;
            this.name = nameOf(position, node);
        }

        /** Named before anything else is read, so that every problem in it carries the same name. */
        private static String nameOf(int position, Node child) {
            for (Node ids : child.children()) {
                if (ids.name().equals("ChildIdentifiers")) {
                    for (Node id : ids.children()) {
                        if (id.name().equals("LAchildID") && !id.text().isEmpty() && id.children().isEmpty()) {
                            return id.text();
                        }
                    }
                }
            }
            return "child " + position;
        }

        CensusChild map() {
            Elements c = new Elements(run, name, null, node, CHILD_SINGLE, CHILD_REPEATED);
            Node idNode = c.single("ChildIdentifiers", true);
            Elements ids = idNode == null ? null : new Elements(run, name, ElementPath.of("ChildIdentifiers"), idNode,
                    IDENTIFIERS, Set.of());
            Node charNode = c.single("ChildCharacteristics", true);
            Elements chars = charNode == null ? null : new Elements(run, name, ElementPath.of("ChildCharacteristics"), charNode,
                    CHARACTERISTICS, Set.of());
            List<Node> episodes = c.all("CINdetails");
            if (episodes.isEmpty()) {
                run.problem(name, ElementPath.of("CINdetails"), "at least one CINdetails, which every Child has");
            }
            List<CinDetails> details = new ArrayList<>();
            for (int e = 0; e < episodes.size(); e++) {
                details.add(episode(ElementPath.cinDetails(e), episodes.get(e)));
            }
            return new CensusChild(position,
                    ids == null ? null : ids.text("LAchildID", true),
                    ids == null ? null : ids.text("UPN", false),
                    ids == null ? null : ids.text("FormerUPN", false),
                    ids == null ? null : ids.text("UPNunknown", false),
                    ids == null ? null : ids.date("PersonBirthDate", false),
                    ids == null ? null : ids.date("ExpectedPersonBirthDate", false),
                    ids == null ? null : ids.text("Sex", true),
                    ids == null ? null : ids.date("PersonDeathDate", false),
                    chars == null ? null : chars.text("Ethnicity", true),
                    chars == null ? List.of() : chars.list("Disabilities", "Disability"),
                    details);
        }

        private CinDetails episode(ElementPath path, Node node) {
            Elements d = new Elements(run, name, path, node,
                    EPISODE_SINGLE,
                    EPISODE_REPEATED);
            List<CensusAssessment> assessments = new ArrayList<>();
            List<Node> nodes = d.all("Assessments");
            for (int i = 0; i < nodes.size(); i++) {
                Elements a = new Elements(run, name, d.at("Assessments", i), nodes.get(i),
                        ASSESSMENT, Set.of());
                assessments.add(new CensusAssessment(a.date("AssessmentActualStartDate", true),
                        a.date("AssessmentInternalReviewDate", false), a.date("AssessmentAuthorisationDate", false),
                        a.list("FactorsIdentifiedAtAssessment", "AssessmentFactors")));
            }
            List<CinPlanDates> plans = new ArrayList<>();
            nodes = d.all("CINPlanDates");
            for (int i = 0; i < nodes.size(); i++) {
                Elements p = new Elements(run, name, d.at("CINPlanDates", i), nodes.get(i),
                        CIN_PLAN, Set.of());
                plans.add(new CinPlanDates(p.date("CINPlanStartDate", true), p.date("CINPlanEndDate", false)));
            }
            List<Section47> enquiries = new ArrayList<>();
            nodes = d.all("Section47");
            for (int i = 0; i < nodes.size(); i++) {
                Elements s = new Elements(run, name, d.at("Section47", i), nodes.get(i),
                        SECTION_47, Set.of());
                enquiries.add(new Section47(s.date("S47ActualStartDate", true), s.date("InitialCPCtarget", false),
                        s.date("DateOfInitialCPC", false), s.yesNo("ICPCnotRequired", true)));
            }
            List<ProtectionPlan> protectionPlans = new ArrayList<>();
            nodes = d.all("ChildProtectionPlans");
            for (int i = 0; i < nodes.size(); i++) {
                Elements p = new Elements(run, name, d.at("ChildProtectionPlans", i), nodes.get(i),
                        PROTECTION_PLAN, Set.of());
                List<LocalDate> reviews = new ArrayList<>();
                List<String> written = p.list("Reviews", "CPPreviewDate");
                for (int r = 0; r < written.size(); r++) {
                    reviews.add(p.date(p.at("Reviews").then("CPPreviewDate", r), written.get(r)));
                }
                protectionPlans.add(new ProtectionPlan(p.date("CPPstartDate", true), p.date("CPPendDate", false),
                        p.text("InitialCategoryOfAbuse", true), p.text("LatestCategoryOfAbuse", true),
                        p.number("NumberOfPreviousCPP", true), reviews));
            }
            return new CinDetails(d.date("CINreferralDate", true), d.text("ReferralSource", true), d.text("PrimaryNeedCode", false),
                    d.date("CINclosureDate", false), d.text("ReasonForClosure", false), d.date("DateOfInitialCPC", false),
                    assessments, plans, enquiries, d.yesNo("ReferralNFA", true), protectionPlans);
        }
    }
}

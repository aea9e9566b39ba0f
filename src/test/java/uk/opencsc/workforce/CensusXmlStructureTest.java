package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The return has the structure of the DfE workforce census sample (liia-tools' social_work_workforce_2022.xml and its
 * schema): the same elements, in the same order and nesting, with the same code lists and number formats. The
 * structure is written out here from the sample; the sample itself is checked against it when the reference copy is
 * on this machine, so the check cannot drift from it.
 */
class CensusXmlStructureTest {

    static final Path SAMPLE = Path.of("/work/shared/reference/liia-tools-samples/social_work_workforce_2022.xml");

    static final List<String> MESSAGE = List.of("Header", "LALevelVacancies", "CSWWWorker");
    static final List<String> HEADER = List.of("CollectionDetails", "Source");
    static final List<String> COLLECTION = List.of("Collection", "Year", "ReferenceDate");
    static final List<String> SOURCE = List.of("SourceLevel", "LEA", "SoftwareCode", "DateTime");
    static final List<String> VACANCIES = List.of("NumberOfVacancies", "NoAgencyFTE", "NoAgencyHeadcount");
    static final List<String> WORKER = List.of("AgencyWorker", "SWENo", "FTE", "PersonBirthDate", "GenderCurrent", "Ethnicity", "QualInst",
            "QualLevel", "StepUpGrad", "OrgRole", "RoleStartDate", "StartOrigin", "RoleEndDate", "LeaverDestination", "ReasonLeave", "FTE30",
            "Cases30", "WorkingDaysLost", "ContractWeeks", "FrontlineGrad", "Absat30Sept", "ReasonAbsence", "CFKSSstatus");

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String YES_NO = "[01]";
    static final String TWO_PLACES = "\\d+(\\.\\d{1,2})?";
    static final String FTE = "(0(\\.\\d{1,6})?|1(\\.0{1,6})?)";
    static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("Collection", "CSWW"), Map.entry("Year", "\\d{4}"), Map.entry("ReferenceDate", DATE), Map.entry("SourceLevel", "L"),
            Map.entry("LEA", "\\d{3}"), Map.entry("SoftwareCode", ".+"), Map.entry("DateTime", DATE + "T\\d{2}:\\d{2}:\\d{2}Z"),
            Map.entry("NumberOfVacancies", TWO_PLACES), Map.entry("NoAgencyFTE", TWO_PLACES), Map.entry("NoAgencyHeadcount", "\\d+"),
            Map.entry("AgencyWorker", YES_NO), Map.entry("SWENo", "[A-Za-z]{2}\\d{10}"), Map.entry("FTE", FTE),
            Map.entry("PersonBirthDate", DATE), Map.entry("GenderCurrent", "[0129]"),
            Map.entry("Ethnicity", "WBRI|WIRI|WOTH|MWBC|MWBA|MWAS|MOTH|AIND|APKN|ABAN|AOTH|BCRB|BAFR|BOTH|CHNE|OOTH|REFU|NOBT"),
            Map.entry("QualInst", ".+"), Map.entry("QualLevel", "[123]"), Map.entry("StepUpGrad", YES_NO), Map.entry("OrgRole", "[1-6]"),
            Map.entry("RoleStartDate", DATE), Map.entry("StartOrigin", "[1-9]|10"), Map.entry("RoleEndDate", DATE),
            Map.entry("LeaverDestination", "[1-9]"), Map.entry("ReasonLeave", "[1-9]|10"), Map.entry("FTE30", FTE), Map.entry("Cases30", "\\d+"),
            Map.entry("WorkingDaysLost", TWO_PLACES), Map.entry("ContractWeeks", "\\d+(\\.\\d)?"), Map.entry("FrontlineGrad", YES_NO),
            Map.entry("Absat30Sept", YES_NO), Map.entry("ReasonAbsence", "MAT|OTH|PUB|SIC|TRN|UNA|UNP"), Map.entry("CFKSSstatus", "[1-4]"));

    /** Every problem with the document's structure; empty when it has the sample's. */
    static List<String> problems(String xml) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<String> problems = new ArrayList<>();
        Element message = doc.getDocumentElement();
        if (!message.getTagName().equals("Message")) problems.add("root is " + message.getTagName());
        inOrder(message, MESSAGE, true, problems);
        for (Element child : children(message)) {
            switch (child.getTagName()) {
                case "Header" -> {
                    inOrder(child, HEADER, false, problems);
                    children(child).forEach(c -> inOrder(c, c.getTagName().equals("Source") ? SOURCE : COLLECTION, false, problems));
                }
                case "LALevelVacancies" -> inOrder(child, VACANCIES, false, problems);
                default -> inOrder(child, WORKER, false, problems);
            }
        }
        return problems;
    }

    /** The children are a subsequence of {@code order} (each at most once; repeated only where {@code repeatLast}); leaves hold a value of their code list. */
    static void inOrder(Element parent, List<String> order, boolean repeatLast, List<String> problems) {
        int at = -1;
        for (Element c : children(parent)) {
            int i = order.indexOf(c.getTagName());
            if (i < 0) {
                problems.add(parent.getTagName() + " has an unknown element " + c.getTagName());
            } else if (i < at || i == at && !(repeatLast && i == order.size() - 1)) {
                problems.add(parent.getTagName() + ": " + c.getTagName() + " out of order");
            } else {
                at = i;
            }
            if (children(c).isEmpty() && VALUES.containsKey(c.getTagName())
                    && !Pattern.matches(VALUES.get(c.getTagName()), c.getTextContent())) {
                problems.add(c.getTagName() + " has a value outside its code list or format: " + c.getTextContent());
            }
        }
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) children.add(e);
        }
        return children;
    }

    static Set<String> elementNames(String xml) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Set<String> names = new TreeSet<>();
        var all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) names.add(((Element) all.item(i)).getTagName());
        return names;
    }

    @Test
    void the_sample_itself_has_the_structure_written_here() throws Exception {
        assumeTrue(Files.exists(SAMPLE), "the reference sample is not on this machine");
        assertThat(problems(Files.readString(SAMPLE))).isEmpty();
    }

    @Test
    void the_return_has_the_structure_of_the_sample() throws Exception {
        assertThat(problems(CensusXml.write(WorkforceCensusTest.theReturn()))).isEmpty();
    }

    @Test
    void the_hand_counted_return_uses_every_element_of_the_sample_and_no_other() throws Exception {
        Set<String> expected = new TreeSet<>(List.of("Message", "Header", "CollectionDetails", "Source", "LALevelVacancies", "CSWWWorker"));
        expected.addAll(COLLECTION);
        expected.addAll(SOURCE);
        expected.addAll(VACANCIES);
        expected.addAll(WORKER);
        assertThat(elementNames(CensusXml.write(WorkforceCensusTest.theReturn()))).isEqualTo(expected);
        if (Files.exists(SAMPLE)) {
            assertThat(elementNames(Files.readString(SAMPLE))).isEqualTo(expected);
        }
    }

    @Test
    void the_check_finds_an_element_out_of_order_and_a_code_outside_its_list() throws Exception {
        String bad = CensusXml.write(WorkforceCensusTest.theReturn())
                .replaceFirst("<SWENo>SW0000100002</SWENo>\n    <FTE>0.600000</FTE>", "<FTE>0.600000</FTE>\n    <SWENo>SW0000100002</SWENo>")
                .replace("<ReasonAbsence>TRN</ReasonAbsence>", "<ReasonAbsence>HOL</ReasonAbsence>");
        assertThat(problems(bad)).containsExactlyInAnyOrder("CSWWWorker: SWENo out of order",
                "ReasonAbsence has a value outside its code list or format: HOL");
    }
}

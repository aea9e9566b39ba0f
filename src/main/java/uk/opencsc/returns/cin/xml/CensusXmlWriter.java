package uk.opencsc.returns.cin.xml;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CinDetails;

/**
 * Writes a CIN census file as the DfE's schema (CIN_schema_2026.xsd) has it, one child at a time, so a census of any
 * size is written without holding it: {@link #start(CensusHeader)}, {@link #write(CensusChild)} for each child, then
 * {@link #close()}. Elements come in the order of the schema's {@code xs:sequence}s; an element whose value is null is
 * left out (the schema makes those optional), dates are ISO ({@code 2026-03-31}) and yes/no is the schema's
 * {@code yesnotype} (1 or 0). Indented, one element a line, so two files can be compared line by line.
 */
public final class CensusXmlWriter implements AutoCloseable {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final XMLStreamWriter xml;
    private int depth;
    private boolean started;

    public CensusXmlWriter(OutputStream out) {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("No XML writer available", e);
        }
    }

    /** The XML declaration, {@code <Message>}, the header and the opening of {@code <Children>}. */
    public void start(CensusHeader header) {
        try {
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            open("Message");
            open("Header");
            open("CollectionDetails");
            element("Collection", header.collection());
            element("Year", header.year());
            element("ReferenceDate", header.referenceDate());
            close("CollectionDetails");
            open("Source");
            element("SourceLevel", header.sourceLevel());
            element("LEA", header.la());
            element("SoftwareCode", header.softwareCode());
            element("Release", header.release());
            element("SerialNo", header.serialNo());
            element("DateTime", header.dateTime() == null ? null : DATE_TIME.format(header.dateTime().truncatedTo(ChronoUnit.SECONDS)));
            close("Source");
            close("Header");
            open("Children");
            started = true;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    public void write(CensusChild child) {
        if (!started) {
            throw new IllegalStateException("start(header) comes before the first child");
        }
        try {
            open("Child");
            open("ChildIdentifiers");
            element("LAchildID", child.laChildId());
            element("UPN", child.upn());
            element("FormerUPN", child.formerUpn());
            element("UPNunknown", child.upnUnknown());
            element("PersonBirthDate", child.birthDate());
            element("ExpectedPersonBirthDate", child.expectedBirthDate());
            element("Sex", child.sex());
            element("PersonDeathDate", child.deathDate());
            close("ChildIdentifiers");
            open("ChildCharacteristics");
            element("Ethnicity", child.ethnicity());
            if (!child.disabilities().isEmpty()) {
                open("Disabilities");
                for (String disability : child.disabilities()) {
                    element("Disability", disability);
                }
                close("Disabilities");
            }
            close("ChildCharacteristics");
            for (CinDetails episode : child.cinDetails()) {
                episode(episode);
            }
            close("Child");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void episode(CinDetails e) throws XMLStreamException {
        open("CINdetails");
        element("CINreferralDate", e.referralDate());
        element("ReferralSource", e.referralSource());
        element("PrimaryNeedCode", e.primaryNeed());
        element("CINclosureDate", e.closureDate());
        element("ReasonForClosure", e.reasonForClosure());
        element("DateOfInitialCPC", e.dateOfInitialCpc());
        for (CinDetails.CensusAssessment a : e.assessments()) {
            open("Assessments");
            element("AssessmentActualStartDate", a.startDate());
            element("AssessmentInternalReviewDate", a.internalReviewDate());
            element("AssessmentAuthorisationDate", a.authorisationDate());
            if (!a.factors().isEmpty()) {
                open("FactorsIdentifiedAtAssessment");
                for (String factor : a.factors()) {
                    element("AssessmentFactors", factor);
                }
                close("FactorsIdentifiedAtAssessment");
            }
            close("Assessments");
        }
        for (CinDetails.CinPlanDates plan : e.cinPlans()) {
            open("CINPlanDates");
            element("CINPlanStartDate", plan.startDate());
            element("CINPlanEndDate", plan.endDate());
            close("CINPlanDates");
        }
        for (CinDetails.Section47 s47 : e.section47s()) {
            open("Section47");
            element("S47ActualStartDate", s47.startDate());
            element("InitialCPCtarget", s47.initialCpcTarget());
            element("DateOfInitialCPC", s47.dateOfInitialCpc());
            element("ICPCnotRequired", yesNo(s47.icpcNotRequired()));
            close("Section47");
        }
        element("ReferralNFA", yesNo(e.referralNfa()));
        for (CinDetails.ProtectionPlan plan : e.protectionPlans()) {
            open("ChildProtectionPlans");
            element("CPPstartDate", plan.startDate());
            element("CPPendDate", plan.endDate());
            element("InitialCategoryOfAbuse", plan.initialCategoryOfAbuse());
            element("LatestCategoryOfAbuse", plan.latestCategoryOfAbuse());
            element("NumberOfPreviousCPP", plan.numberOfPreviousPlans() == null ? null : plan.numberOfPreviousPlans().toString());
            List<LocalDate> reviews = plan.reviewDates();
            if (!reviews.isEmpty()) {
                open("Reviews");
                for (LocalDate review : reviews) {
                    element("CPPreviewDate", review);
                }
                close("Reviews");
            }
            close("ChildProtectionPlans");
        }
        close("CINdetails");
    }

    /** The schema's yesnotype: 1 for yes, 0 for no; left out when not known. */
    static String yesNo(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }

    /** Closes {@code <Children>} and {@code <Message>} and flushes; the stream itself stays open (its owner closes it). */
    @Override
    public void close() {
        try {
            if (started) {
                close("Children");
                close("Message");
                xml.writeEndDocument();
                xml.writeCharacters("\n");
                started = false;
            }
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void open(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        depth++;
    }

    private void close(String name) throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void element(String name, LocalDate value) throws XMLStreamException {
        element(name, value == null ? null : value.toString());
    }

    private void element(String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        indent();
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeCharacters("  ".repeat(depth));
    }

    private static RuntimeException failed(XMLStreamException e) {
        return e.getCause() instanceof java.io.IOException io ? new UncheckedIOException(io) : new IllegalStateException(e);
    }
}

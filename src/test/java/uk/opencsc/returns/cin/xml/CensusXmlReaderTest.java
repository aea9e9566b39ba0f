package uk.opencsc.returns.cin.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CinDetails;

class CensusXmlReaderTest {

    @ParameterizedTest(name = "{0}: {1} children, {2} read problems")
    @CsvSource({
            "CIN2rows.xml, 1, 3",
            "CIN_Census_2021.xml, 1, 3",
            "CIN_Census_2021_copy.xml, 1, 3",
            "CIN_Census_2021_no_assessment_factors.xml, 1, 3",
            "CIN_Census_2024.xml, 2, 1",
            "CIN_Census_2026.xml, 2, 2",
            "CIN_header_issues_100.xml, 1, 3",
            "CIN_la_issues_2887Q.xml, 1, 3",
            "fake_CIN_data.xml, 332, 664"})
    void every_child_of_the_shared_fake_files_is_read_and_every_unreadable_element_reported(String file, int children, int problems) {
        ReadLog log = ReadLog.ofResource(file);

        assertThat(log.summary.wellFormed()).isTrue();
        assertThat(log.children).hasSize(children);
        assertThat(log.problems).hasSize(problems);
        assertThat(log.headerCalls).isEqualTo(1);
    }

    @Test
    void the_2026_example_is_read_element_by_element_and_its_pre_proceedings_element_is_not_a_census_element() {
        ReadLog log = ReadLog.ofResource("CIN_Census_2026.xml");

        assertThat(log.header.la()).isEqualTo("201");
        assertThat(log.header.referenceDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        CensusChild first = log.children.getFirst();
        assertThat(first.laChildId()).isEqualTo("DfEX0000001");
        assertThat(first.upn()).isEqualTo("A123456789123");
        assertThat(first.birthDate()).isEqualTo(LocalDate.of(2015, 3, 27));
        assertThat(first.disabilities()).containsExactly("HAND", "HEAR");
        CinDetails episode = first.cinDetails().getFirst();
        assertThat(episode.referralSource()).isEqualTo("1A");
        assertThat(episode.referralNfa()).isFalse();
        assertThat(episode.assessments().getFirst().factors()).containsExactly("1C", "RB", "6B");
        assertThat(episode.protectionPlans().getFirst().reviewDates()).containsExactly(LocalDate.of(2023, 2, 15));
        assertThat(episode.section47s().getFirst().icpcNotRequired()).isFalse();
        assertThat(log.problemLines()).containsExactly(
                "DfEX0000001 | ChildIdentifiers | elements only, not the text \"PersonBirthDate\"",
                "DfEX0000001 | CINdetails[1]/PreProceedingsandFGDM | one of Assessments, CINPlanDates, CINclosureDate, "
                        + "CINreferralDate, ChildProtectionPlans, DateOfInitialCPC, PrimaryNeedCode, ReasonForClosure, ReferralNFA, "
                        + "ReferralSource, Section47: PreProceedingsandFGDM is not an element of a CIN census here");
    }

    @Test
    void a_date_that_is_not_a_date_is_reported_at_its_path_and_read_as_null() {
        ReadLog log = ReadLog.ofXml(census(child("C1", """
                <CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>1A</ReferralSource>
                  <ReferralNFA>0</ReferralNFA></CINdetails>
                <CINdetails><CINreferralDate>2025-06-01</CINreferralDate><ReferralSource>1A</ReferralSource>
                  <Assessments><AssessmentActualStartDate>2025-06-31</AssessmentActualStartDate></Assessments>
                  <ReferralNFA>0</ReferralNFA></CINdetails>""")));

        assertThat(log.problemLines()).containsExactly(
                "C1 | CINdetails[2]/Assessments[1]/AssessmentActualStartDate | a date written yyyy-MM-dd, not \"2025-06-31\"");
        assertThat(log.children.getFirst().cinDetails().get(1).assessments().getFirst().startDate()).isNull();
    }

    @Test
    void a_number_that_is_not_a_number_and_a_yes_no_that_is_neither_are_reported() {
        ReadLog log = ReadLog.ofXml(census(child("C1", """
                <CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>1A</ReferralSource>
                  <ReferralNFA>maybe</ReferralNFA>
                  <ChildProtectionPlans><CPPstartDate>2025-06-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                    <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>two</NumberOfPreviousCPP>
                    <Reviews><CPPreviewDate>2025-09-01</CPPreviewDate><CPPreviewDate>1/12/2025</CPPreviewDate></Reviews>
                  </ChildProtectionPlans></CINdetails>""")));

        assertThat(log.problemLines()).containsExactlyInAnyOrder(
                "C1 | CINdetails[1]/ChildProtectionPlans[1]/NumberOfPreviousCPP | a whole number, 0 or more, not \"two\"",
                "C1 | CINdetails[1]/ChildProtectionPlans[1]/Reviews/CPPreviewDate[2] | a date written yyyy-MM-dd, not \"1/12/2025\"",
                "C1 | CINdetails[1]/ReferralNFA | true or false (or 1 or 0), not \"maybe\"");
    }

    @Test
    void a_child_without_an_LAchildID_is_named_by_its_position_and_the_missing_required_elements_are_reported() {
        ReadLog log = ReadLog.ofXml(census(child("C1", episode()) + """
                <Child><ChildIdentifiers><UPNunknown>UN1</UPNunknown></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                  <CINdetails><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails></Child>"""));

        assertThat(log.children.get(1).name()).isEqualTo("child 2");
        assertThat(log.problemLines()).containsExactlyInAnyOrder(
                "child 2 | ChildIdentifiers/LAchildID | LAchildID, which every ChildIdentifiers has",
                "child 2 | ChildIdentifiers/Sex | Sex, which every ChildIdentifiers has",
                "child 2 | CINdetails[1]/CINreferralDate | CINreferralDate, which every CINdetails has");
    }

    @Test
    void XML_that_is_not_well_formed_is_reported_after_the_children_read_before_it_and_reading_stops() {
        ReadLog log = ReadLog.ofXml(census(child("C1", episode()) + """
                <Child><ChildIdentifiers><LAchildID>C2</LAchildID><Sex>F</Sexx></ChildIdentifiers></Child>""" + child("C3", episode())));

        assertThat(log.summary.wellFormed()).isFalse();
        assertThat(log.children).extracting(CensusChild::name).containsExactly("C1");
        assertThat(log.problems).hasSize(1);
        assertThat(log.problems.getFirst().child()).isEqualTo("child 2");
        assertThat(log.problems.getFirst().expected()).startsWith("well-formed XML (line");
    }

    @Test
    void each_child_is_handed_on_before_the_next_is_read() {
        ReadLog log = ReadLog.ofXml(census(child("C1", episode()) + child("C2", episode() + "<Unknown/>")));

        assertThat(log.order).containsExactly("header", "child C1", "problem C2 Unknown", "child C2");
    }

    @Test
    void a_file_that_is_not_a_census_says_so() {
        assertThat(ReadLog.ofXml("<Return><Children/></Return>").problemLines())
                .containsExactly("null | Return | the root element Message, not Return");
        assertThat(ReadLog.ofXml("not xml at all").summary.wellFormed()).isFalse();
        assertThat(ReadLog.ofXml("").problems).hasSize(1);
    }

    @Test
    void a_file_with_a_DTD_is_refused_so_that_no_external_entity_is_read() {
        ReadLog log = ReadLog.ofXml("<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + census(child("&x;", episode())));

        assertThat(log.children.stream().map(CensusChild::laChildId).toList()).doesNotContain("root:x:0:0:root:/root:/bin/bash");
        assertThat(log.problems).isNotEmpty();
    }

    static String census(String children) {
        return """
                <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
                <ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>999</LEA>
                <SoftwareCode>test</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo><DateTime>2026-04-01T09:00:00</DateTime>
                </Source></Header><Children>""" + children + "</Children></Message>";
    }

    static String child(String id, String episodes) {
        return "<Child><ChildIdentifiers><LAchildID>" + id + "</LAchildID><UPNunknown>UN1</UPNunknown>"
                + "<PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>"
                + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>" + episodes + "</Child>";
    }

    static String episode() {
        return "<CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>1A</ReferralSource>"
                + "<ReferralNFA>0</ReferralNFA></CINdetails>";
    }

}

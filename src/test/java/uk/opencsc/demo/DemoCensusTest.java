package uk.opencsc.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinCensusExport;
import uk.opencsc.returns.cin.rules.Severity;

import uk.opencsc.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CIN census of the demo authority, as a real authority's record would give it: valid against the DfE's schema and
 * with no DfE validation error; only queries remain, where the demo is deliberately late (assessments past 45 working
 * days, conferences past 15, visits and reviews overdue). The census is the last complete collection year, the one
 * the demo's year of activity (the 365 days before today) reaches most of.
 * <p>
 * Ordered straight after {@link DemoLoadTest} (junit-platform.properties orders classes by {@code @Order}) so the
 * shared test database holds the demo and nothing else: every other test's children would be in the export too.
 * Run on its own, it loads the same demo itself.
 */
@IntegrationTest
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCensusTest {

    @Autowired
    CinCensusExport export;

    int year;
    byte[] xml;
    CinCensusExport.Result result;

    @BeforeAll
    void exportTheDemoCensus(@Autowired DemoLoader loader) {
        if (loader.personsOnRecord() == 0) {
            loader.load(new DemoSpecification(DemoLoadTest.SCALE, 2026, DemoLoadTest.TODAY), (stage, done, total) -> { });
        }
        assertThat(loader.personsOnRecord()).as("the demo census test must run on the demo alone, before any test records a person")
                .isEqualTo(DemoLoadTest.SCALE);
        year = CensusPeriod.containing(DemoLoadTest.TODAY).yearEnding() - 1;
        var out = new ByteArrayOutputStream();
        result = export.write(year, out, written -> { });
        xml = out.toByteArray();
    }

    @Test
    void the_demo_census_holds_the_children_in_need_of_the_year() {
        assertThat(result.children()).as("children in the %d census", year).isGreaterThan(10);
    }

    @Test
    void the_demo_census_is_valid_against_the_dfe_schema() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(getClass().getResourceAsStream("/returns/CIN_schema_2026.xsd")));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void the_demo_census_has_no_dfe_validation_error_only_queries() {
        assertThat(result.report().failures()).filteredOn(f -> f.severity() == Severity.ERROR)
                .as("DfE validation errors in the demo's %d census", year).isEmpty();
    }
}

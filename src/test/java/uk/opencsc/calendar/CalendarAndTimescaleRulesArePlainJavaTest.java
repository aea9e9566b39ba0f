package uk.opencsc.calendar;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The working-day calendar and the timescale rules are plain Java: no Spring, no JDBC. Their adapters (the
 * Spring configuration, commands, page and repository) live in each module's {@code adapters} package.
 * The packages are named exactly (no "..") so the adapters are outside the rule and a misspelt name fails
 * (ArchUnit refuses a rule that matches no classes).
 */
class CalendarAndTimescaleRulesArePlainJavaTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.opencsc.calendar", "uk.opencsc.timescales");

    @Test
    void calendar_and_timescale_rules_do_not_depend_on_spring_or_jdbc() {
        noClasses().that().resideInAnyPackage("uk.opencsc.calendar", "uk.opencsc.timescales")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .because("domain rules are plain Java (DESIGN.md): Spring and JDBC belong in the adapters")
                .check(CLASSES);
    }

    @Test
    void the_rule_has_the_calendar_and_the_timescale_rules_to_check() {
        assertThat(CLASSES.stream().map(JavaClass::getSimpleName))
                .contains("WorkingDayCalendar", "BankHolidays", "TimescaleRule", "DueWork", "StatutoryDeadlines");
    }
}

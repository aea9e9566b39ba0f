package uk.opencsc;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Domain rules are plain Java: values, code lists, policies and calculations know nothing of Spring,
 * JDBC or the web. The adapters that carry them (controllers, repositories, services, commands,
 * listeners, forms, configuration) are recognised by their Spring annotation or their name.
 */
class DomainRulesArePlainJavaTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.opencsc");

    static final List<String> ADAPTER_SUFFIXES = List.of("Controller", "Repository", "Service", "Command", "Configuration",
            "Listener", "Navigation", "Form", "Properties", "Loader", "Administration", "Access", "Verification", "Log",
            "Advice", "Model", "Runner", "Application", "Initializer", "Pages");

    static final DescribedPredicate<JavaClass> DOMAIN_RULES = new DescribedPredicate<>("domain rules (not adapters)") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            String name = top.getSimpleName();
            boolean adapterByName = ADAPTER_SUFFIXES.stream().anyMatch(name::endsWith);
            boolean springBean = top.getAnnotations().stream()
                    .anyMatch(a -> a.getRawType().getPackageName().startsWith("org.springframework"));
            boolean platform = top.getPackageName().startsWith("uk.opencsc.platform");
            return !adapterByName && !springBean && !platform && !name.equals("package-info");
        }
    };

    static final ArchRule RULES_IMPORT_NO_FRAMEWORK = noClasses().that(DOMAIN_RULES)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "jakarta.servlet..", "tools.jackson..", "com.fasterxml..");

    @Test
    void domain_rules_import_no_spring_jdbc_or_web() {
        RULES_IMPORT_NO_FRAMEWORK.check(CLASSES);
    }

    @Test
    void the_rule_has_something_to_check_and_would_catch_a_violation() {
        // Guards against a vacuous pass: the predicate must select real rule classes...
        assertThat(CLASSES.that(DOMAIN_RULES)).extracting(JavaClass::getSimpleName)
                .contains("AccessPolicy", "ReadScope", "AuditChain");
        // ...and the rule must fail on a class that breaks it.
        JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
        assertThat(RULES_IMPORT_NO_FRAMEWORK.evaluate(offender).hasViolation()).isTrue();
    }

    /** A rule class that wrongly reaches for JDBC; lives in the test tree only. */
    static final class Offender {
        java.sql.Connection connection;
    }
}

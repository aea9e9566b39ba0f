package uk.opencsc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(OpenCscApplication.class);

    @Test
    void modules_depend_only_on_what_they_declare_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void the_module_diagram_in_docs_is_written_from_the_code() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}

package uk.opencsc.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    /** A basename with no bundle is looked up again, through the jar, for every message every page asks for. */
    @Test
    void every_message_bundle_the_application_names_exists() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String basenames = yaml.getObject().getProperty("spring.messages.basename");

        assertThat(basenames).isNotBlank();
        assertThat(Arrays.stream(basenames.split(",")).map(String::trim))
                .allSatisfy(name -> assertThat(new ClassPathResource(name + ".properties").exists()).as(name + ".properties").isTrue());
    }
}

package uk.opencsc.timescales.adapters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.opencsc.timescales.RuleCatalogue;

/** The rule catalogue shipped with OpenCSC, read once at start; a malformed catalogue stops the start with its reason. */
@Configuration(proxyBeanMethods = false)
class TimescalesConfiguration {

    @Bean
    RuleCatalogue ruleCatalogue() {
        return RuleCatalogue.standard();
    }
}

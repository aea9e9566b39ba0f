package uk.opencsc.timescales.adapters;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.opencsc.timescales.ComposedJourneys;
import uk.opencsc.timescales.DatesOfBirth;
import uk.opencsc.timescales.JourneyEventSource;
import uk.opencsc.timescales.RuleCatalogue;

/** The rule catalogue shipped with OpenCSC, read once at start; a malformed catalogue stops the start with its reason. */
@Configuration(proxyBeanMethods = false)
class TimescalesConfiguration {

    @Bean
    RuleCatalogue ruleCatalogue() {
        return RuleCatalogue.standard();
    }

    /** Every child's journey, from every module that records part of it. */
    @Bean
    ComposedJourneys childJourneys(ObjectProvider<JourneyEventSource> sources, DatesOfBirth datesOfBirth) {
        return new ComposedJourneys(sources.orderedStream().toList(), datesOfBirth);
    }
}

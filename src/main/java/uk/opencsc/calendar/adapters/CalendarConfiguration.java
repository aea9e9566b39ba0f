package uk.opencsc.calendar.adapters;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.opencsc.calendar.BankHolidays;
import uk.opencsc.calendar.WorkingDayCalendar;

import java.util.List;

/**
 * Makes the one {@link WorkingDayCalendar} the application uses: the published bank holidays, computed later
 * years and any one-off days listed in {@code opencsc.calendar.extra-bank-holidays} (each
 * {@code yyyy-MM-dd=Name}), so a new proclamation needs configuration, not a release.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    static final String EXTRA_BANK_HOLIDAYS = "opencsc.calendar.extra-bank-holidays";

    @Bean
    WorkingDayCalendar workingDayCalendar(Environment environment) {
        List<String> extra = Binder.get(environment).bind(EXTRA_BANK_HOLIDAYS, Bindable.listOf(String.class))
                .orElse(List.of()).stream().filter(s -> !s.isBlank()).toList();
        return new WorkingDayCalendar(BankHolidays.englandAndWales().with(BankHolidays.parseExtra(extra)));
    }
}

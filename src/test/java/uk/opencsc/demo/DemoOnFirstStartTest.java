package uk.opencsc.demo;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DemoOnFirstStartTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

    DemoLoader loader = mock(DemoLoader.class);

    DemoOnFirstStart onStart(boolean enabled, MockEnvironment environment) {
        when(loader.load(any(), any())).thenReturn(new DemoLoader.Result(100, 50, 4, 44, 58, 17, Duration.ofSeconds(2)));
        return new DemoOnFirstStart(loader, environment, enabled, 100, 7, Optional.of(CLOCK));
    }

    @Test
    void the_first_start_of_the_embedded_default_loads_the_configured_scale_and_seed_as_of_today() {
        when(loader.personsOnRecord()).thenReturn(0L);
        onStart(true, new MockEnvironment()).start();
        verify(loader).load(eq(new DemoSpecification(100, 7, LocalDate.of(2026, 11, 23))), any());
    }

    @Test
    void a_later_start_finds_persons_and_loads_nothing() {
        when(loader.personsOnRecord()).thenReturn(60_000L);
        onStart(true, new MockEnvironment()).start();
        verify(loader, never()).load(any(), any());
    }

    @Test
    void a_configured_database_is_never_loaded_with_demo_data() {
        when(loader.personsOnRecord()).thenReturn(0L);
        onStart(true, new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example/opencsc")).start();
        verify(loader, never()).load(any(), any());
        verify(loader, never()).personsOnRecord();
    }

    @Test
    void nothing_is_loaded_when_load_on_start_is_off() {
        when(loader.personsOnRecord()).thenReturn(0L);
        onStart(false, new MockEnvironment()).start();
        verify(loader, never()).load(any(), any());
    }

    @Test
    void it_runs_before_the_web_server_opens_its_port() {
        assertThat(onStart(true, new MockEnvironment()).getPhase())
                .isLessThan(org.springframework.boot.web.server.context.WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
    }
}

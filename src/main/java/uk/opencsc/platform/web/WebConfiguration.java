package uk.opencsc.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** GOV.UK Frontend's compiled CSS asks for its fonts and images under /assets/. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)));
    }

    /**
     * The webjars locator turns on Spring's resource chain, and with it a filter that looks up every link a page
     * writes ({@code @{/children/...}}) as a file on the classpath in case it should be rewritten to a versioned
     * name. OpenCSC writes no versioned links, and those lookups were more than half of a work tray's time
     * (docs/performance/worktray.md); registering the filter disabled keeps Spring Boot from adding it. The locator
     * still serves {@code /webjars/...} without a version.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlRewriting() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}

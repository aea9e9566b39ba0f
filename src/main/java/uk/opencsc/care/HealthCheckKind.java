package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** The health checks of a looked after child whose dates the clocks follow. */
public enum HealthCheckKind implements CodeList {
    HEALTH_ASSESSMENT("Health assessment"),
    DENTAL_CHECK("Dental check");

    private final String label;

    HealthCheckKind(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    public static HealthCheckKind of(String code) {
        return CodeList.fromCode(HealthCheckKind.class, "kind", code);
    }
}

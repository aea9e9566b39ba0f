package uk.opencsc.platform.web;

/** An option in a select, radios or checkboxes fragment: the stored code and what the user reads. */
public record CodeOption(String code, String label) {
}

package uk.opencsc.platform.web;

/**
 * One link in the service navigation.
 *
 * @param order where it sits, lowest first
 */
public record NavigationLink(String label, String href, int order) {
}

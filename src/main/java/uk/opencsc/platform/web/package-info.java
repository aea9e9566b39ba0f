/** The shared web layer: page layout, GOV.UK fragments, error pages and the exceptions they show. */
@org.springframework.modulith.NamedInterface("web")
package uk.opencsc.platform.web;

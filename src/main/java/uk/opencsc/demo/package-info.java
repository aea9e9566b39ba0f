/**
 * A deterministic synthetic local authority (workforce, children and their families) generated from a
 * seed and a scale, loaded on the embedded default's first start and by {@code demo load}.
 */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.demo;

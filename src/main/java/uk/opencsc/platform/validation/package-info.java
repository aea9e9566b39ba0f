/**
 * The vocabulary every module's rules share for saying what is wrong: code lists and unknown codes,
 * invalid values and field problems that name their field, refusals, and a save over someone else's.
 */
@org.springframework.modulith.NamedInterface("validation")
package uk.opencsc.platform.validation;

package uk.opencsc.demo;

import java.time.LocalDate;

/**
 * A relationship in the generated population between two persons by {@link DemoPerson#number()}, read
 * as "from is TYPE of to": a mother is PARENT_OF her child; two children of one household are SIBLINGs
 * (each pair once, the elder first). Siblings share all their recorded parents.
 *
 * @param since when it began (the child's birth, the younger sibling's birth); null for an unborn child
 */
record DemoRelationship(int from, int to, Type type, LocalDate since) {

    enum Type { PARENT_OF, SIBLING }
}

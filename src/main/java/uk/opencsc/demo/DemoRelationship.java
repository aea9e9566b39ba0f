package uk.opencsc.demo;

/**
 * A parent and their child in the generated population, by {@link DemoPerson#number()}. Siblings are
 * the children of the same parents; the generator gives every child of a family the same parents.
 */
record DemoRelationship(int parent, int child, Type type) {

    enum Type { MOTHER, FATHER }
}

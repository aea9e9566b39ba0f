/**
 * Adoption and permanence: each child's adoption and permanence record (agency decision, placement order, match,
 * placement, adoption order or reversal, siblings, special guardianship and child arrangements orders), restricted
 * by default to the adoption team and explicit grants; and prospective adopters through their stages to approval.
 */
@org.springframework.modulith.ApplicationModule
package uk.opencsc.adoption;

package uk.opencsc.people;

/**
 * The local authority's ID for a person (SSD {@code pers_person_id}): letters and digits, at most 20
 * characters, never reused. OpenCSC generates "P" and a zero-padded sequence number.
 */
final class LocalId {

    private LocalId() {
    }

    static boolean isWellFormed(String id) {
        return id.matches("[A-Za-z0-9]{1,20}");
    }

    static String generated(long sequence) {
        return "P" + String.format("%07d", sequence);
    }
}

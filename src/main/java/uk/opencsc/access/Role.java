package uk.opencsc.access;

/**
 * The roles of people who use OpenCSC, each with the scope of children's records it may read and
 * whether it may change them. Until allocation exists (the workforce issue), a caseload is the
 * caseload of the record's responsible team, so "own caseload" roles read their team's records.
 */
public enum Role {
    SOCIAL_WORKER("Social worker", Scope.TEAM, true),
    PERSONAL_ADVISER("Personal adviser", Scope.TEAM, true),
    TEAM_MANAGER("Team manager", Scope.TEAM, true),
    HEAD_OF_SERVICE("Head of service", Scope.SERVICE, true),
    INDEPENDENT_REVIEWING_OFFICER("Independent reviewing officer / child protection chair", Scope.ALL, false),
    PERFORMANCE_ANALYST("Performance analyst", Scope.ALL, false),
    INSPECTOR("Ofsted inspector (read-only, time-limited)", Scope.ALL, false),
    /** Administers users, teams and settings; reads the audit log, not children's records. */
    ADMINISTRATOR("Administrator", Scope.NONE, false);

    /** Which children's records a role reads. */
    public enum Scope { NONE, TEAM, SERVICE, ALL }

    private final String label;
    private final Scope readScope;
    private final boolean writesRecords;

    Role(String label, Scope readScope, boolean writesRecords) {
        this.label = label;
        this.readScope = readScope;
        this.writesRecords = writesRecords;
    }

    public String label() {
        return label;
    }

    public Scope readScope() {
        return readScope;
    }

    /** Whether the role may change the children's records it can read. */
    public boolean writesRecords() {
        return writesRecords;
    }

    public boolean readsRecords() {
        return readScope != Scope.NONE;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}

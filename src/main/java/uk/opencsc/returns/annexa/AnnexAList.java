package uk.opencsc.returns.annexa;

import java.util.ArrayList;
import java.util.List;

import static uk.opencsc.returns.annexa.OfstedFormat.ABUSE_CATEGORY;
import static uk.opencsc.returns.annexa.OfstedFormat.ACCOMMODATION;
import static uk.opencsc.returns.annexa.OfstedFormat.ACTIVITY;
import static uk.opencsc.returns.annexa.OfstedFormat.ADOPTER_LEFT;
import static uk.opencsc.returns.annexa.OfstedFormat.ELIGIBILITY;
import static uk.opencsc.returns.annexa.OfstedFormat.IN_TOUCH;
import static uk.opencsc.returns.annexa.OfstedFormat.LEGAL_STATUS;
import static uk.opencsc.returns.annexa.OfstedFormat.PERMANENCE_PLAN;
import static uk.opencsc.returns.annexa.OfstedFormat.PLACEMENT_PROVIDER;
import static uk.opencsc.returns.annexa.OfstedFormat.PLACEMENT_TYPE;
import static uk.opencsc.returns.annexa.OfstedFormat.REASON_CEASED;
import static uk.opencsc.returns.annexa.OfstedFormat.REVERSAL_REASON;
import static uk.opencsc.returns.annexa.OfstedFormat.SUITABILITY;
import static uk.opencsc.returns.annexa.OfstedFormat.CASE_STATUS;
import static uk.opencsc.returns.annexa.OfstedFormat.CLOSURE_REASON;
import static uk.opencsc.returns.annexa.OfstedFormat.DATE;
import static uk.opencsc.returns.annexa.OfstedFormat.DISABILITY;
import static uk.opencsc.returns.annexa.OfstedFormat.ETHNICITY;
import static uk.opencsc.returns.annexa.OfstedFormat.GENDER;
import static uk.opencsc.returns.annexa.OfstedFormat.LETTERED_YES_NO;
import static uk.opencsc.returns.annexa.OfstedFormat.NUMBER;
import static uk.opencsc.returns.annexa.OfstedFormat.PRIMARY_NEED;
import static uk.opencsc.returns.annexa.OfstedFormat.SOURCE;
import static uk.opencsc.returns.annexa.OfstedFormat.TEXT;
import static uk.opencsc.returns.annexa.OfstedFormat.YES_NO;

/**
 * Ofsted's Annex A lists 1 to 11, each with its sheet name and columns in Ofsted's order and wording (the headers of the
 * liia-tools Annex A schema, which Ofsted's template matches: 2024's layout, so list 9 has the personal adviser and
 * the latest pathway plan review and contact). The rows of each come from its {@code list-N-*.sql} beside this class,
 * inside the frame that adds the child's columns and allocation (list 11, of adopters, has no child and no frame).
 * The accessors the page reads are public for its template.
 */
enum AnnexAList {
    LIST_1(1, "Contacts", "list-1-contacts.sql", standard(false, false,
            own("Date of Contact", DATE), own("Contact Source", SOURCE))),
    LIST_2(2, "Early help", "list-2-early-help.sql", standard(false, false,
            own("Assessment start date", DATE), own("Assessment completion date", DATE),
            own("Organisation completing assessment", TEXT))),
    LIST_3(3, "Referrals", "list-3-referrals.sql", standard(false, true,
            own("Date of referral", DATE), own("Referral Source", SOURCE), own("Referral NFA?", YES_NO),
            own("Number of Referrals in Last 12 Months", NUMBER))),
    LIST_4(4, "Assessments", "list-4-assessments.sql", standard(true, true,
            own("Continuous Assessment Start Date", DATE), own("Child Seen During Continuous Assessment", YES_NO),
            own("Continuous Assessment Date of Authorisation", DATE),
            own("Was the child assessed as requiring LA children's social care support?", YES_NO))),
    LIST_5(5, "Section 47 enquiries and ICPCs", "list-5-section-47.sql", standard(true, true,
            own("Strategy discussion initiating Section 47 Enquiry Start Date", DATE),
            own("Was an Initial Child Protection Conference deemed unnecessary?", YES_NO),
            own("Date of Initial Child Protection Conference", DATE),
            own("Did the Initial Child Protection Conference Result in a Child Protection Plan", YES_NO),
            own("Number of Section 47 Enquiries in the last 12 months", NUMBER),
            own("Number of ICPCs in the last 12 months", NUMBER))),
    LIST_6(6, "Children in need", "list-6-children-in-need.sql", standard(true, true,
            own("CIN Start Date", DATE), own("Primary Need Code", PRIMARY_NEED),
            own("Date Child Was Last Seen", DATE), own("CIN Closure Date", DATE),
            own("Reason for Closure", CLOSURE_REASON), own("Case Status", CASE_STATUS))),
    LIST_7(7, "Child protection", "list-7-child-protection.sql", standard(true, true,
            own("Child Protection Plan Start Date", DATE), own("Initial Category of Abuse", ABUSE_CATEGORY),
            own("Latest Category of Abuse", ABUSE_CATEGORY), own("Date of the Last Statutory Visit", DATE),
            own("Was the Child Seen Alone?", LETTERED_YES_NO), own("Date of latest review conference", DATE),
            own("Child Protection Plan End Date", DATE),
            own("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)", LETTERED_YES_NO),
            own("Number of Previous Child Protection Plans", NUMBER))),
    LIST_8(8, "Children in care", "list-8-children-in-care.sql", concat(Column.CHILD,
            List.of(own("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", LETTERED_YES_NO), Column.DISABILITY,
                    own("Date Started to be Looked After", DATE), own("Child's Category of Need", PRIMARY_NEED),
                    own("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)", LETTERED_YES_NO),
                    own("Start date of current legal status", DATE), own("Child's Legal Status", LEGAL_STATUS),
                    own("Date of Latest Statutory Review", DATE), own("Date of Last Social Work Visit", DATE),
                    own("What is the permanence plan for this child?", PERMANENCE_PLAN),
                    own("Date of Last IRO Visit / Contact to the Child", DATE),
                    own("Date of Last Health Assessment", DATE), own("Date of Last Dental Check", DATE),
                    own("Number of Placements in the Last 12 months", NUMBER), own("Date Ceased to be Looked After", DATE),
                    own("Reason Ceased to be Looked After", REASON_CEASED), own("Start Date of Most Recent Placement", DATE),
                    own("Placement Type", PLACEMENT_TYPE), own("Placement Provider", PLACEMENT_PROVIDER),
                    own("Placement postcode", TEXT), own("URN of Placement", TEXT), own("Placement Location", TEXT),
                    own("LA of Placement", TEXT),
                    own("Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months", NUMBER),
                    own("Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months", NUMBER),
                    own("Was the child offered a Return Interview after their last missing episode (Y/N)?", LETTERED_YES_NO),
                    own("Did the child accept a Return Interview after their last missing episode (Y/N)?", LETTERED_YES_NO)),
            Column.ALLOCATION)),
    LIST_9(9, "Leaving care", "list-9-leaving-care.sql", concat(Column.CHILD,
            List.of(own("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", LETTERED_YES_NO),
                    Column.DISABILITY),
            Column.ALLOCATION,
            List.of(new Column("Allocated Personal Advisor", TEXT, "adviser_name"),
                    own("Eligibility Category", ELIGIBILITY), own("Latest Pathway Plan Review Date", DATE),
                    own("LA in Touch", IN_TOUCH), own("Latest Date of Contact", DATE),
                    own("Type of Accommodation", ACCOMMODATION), own("Suitability of Accommodation", SUITABILITY),
                    own("Activity Status", ACTIVITY)))),
    LIST_10(10, "Adoption", "list-10-adoption.sql", concat(
            List.of(Column.CHILD.getFirst(), own("Family identifier", TEXT)), Column.CHILD.subList(1, Column.CHILD.size()),
            List.of(Column.DISABILITY, own("Date the Child Entered Care", DATE),
                    own("Date of Decision that Child Should be Placed for Adoption", DATE), own("Date of Placement Order", DATE),
                    own("Date of Matching Child and Prospective Adopters", DATE), own("Date Placed for Adoption", DATE),
                    own("Date of Adoption Order", DATE),
                    own("Date of Decision that Child Should No Longer be Placed for Adoption", DATE),
                    own("Reason Why Child No Longer Placed for Adoption", REVERSAL_REASON),
                    own("Date the child was placed for fostering in FFA or concurrent planning placement", DATE)))),
    /** Adopters, not children: no child columns, no allocation, no frame (its query selects every column). */
    LIST_11(11, "Adopters", "list-11-adopters.sql", List.of(
            own("Individual adopter identifier", TEXT), own("Family identifier", TEXT), own("Gender", GENDER),
            own("Ethnicity", ETHNICITY), own("Disability", DISABILITY),
            own("Is the (prospective) adopter fostering for adoption?", LETTERED_YES_NO), own("Date enquiry received", DATE),
            own("Date Stage 1 started", DATE), own("Date Stage 1 ended", DATE), own("Date Stage 2 started", DATE),
            own("Date Stage 2 ended", DATE), own("Date application submitted", DATE), own("Date application approved", DATE),
            own("Date adopter matched with child(ren)", DATE), own("Date child/children placed with adopter(s)", DATE),
            own("No. of children placed", NUMBER), own("Date of Adoption Order", DATE),
            own("Date of leaving adoption process", DATE), own("Reason for leaving adoption process", ADOPTER_LEFT)));

    /**
     * One column: Ofsted's header, how the stored value is written in it, and where it comes from.
     *
     * @param frame the frame's column it is read from (the child's and the allocation's, by name); null for the list's
     *              own columns, read in order after the frame's
     */
    record Column(String header, OfstedFormat format, String frame) {
        /** The columns most lists open with. */
        static final List<Column> CHILD = List.of(new Column("Child Unique ID", TEXT, "local_id"), new Column("Gender", GENDER, "sex"),
                new Column("Ethnicity", ETHNICITY, "ethnicity"), new Column("Date of Birth", DATE, "date_of_birth"),
                new Column("Age of Child (Years)", NUMBER, "age"));
        static final Column DISABILITY = new Column("Does the Child have a Disability", OfstedFormat.DISABILITY, "disability");
        static final List<Column> ALLOCATION = List.of(new Column("Allocated Team", TEXT, "team_name"),
                new Column("Allocated Worker", TEXT, "worker_name"));
    }

    private final int number;
    private final String title;
    private final String sql;
    private final List<Column> columns;

    AnnexAList(int number, String title, String sql, List<Column> columns) {
        this.number = number;
        this.title = title;
        this.sql = sql;
        this.columns = columns;
    }

    /** A list's own column, read in order from its query. */
    private static Column own(String header, OfstedFormat format) {
        return new Column(header, format, null);
    }

    /** Lists 1 to 7: the child's columns, the disability column when given, the list's own, the allocation when given. */
    private static List<Column> standard(boolean disability, boolean allocation, Column... own) {
        return concat(Column.CHILD, disability ? List.of(Column.DISABILITY) : List.of(), List.of(own),
                allocation ? Column.ALLOCATION : List.of());
    }

    @SafeVarargs
    private static List<Column> concat(List<Column>... parts) {
        List<Column> all = new ArrayList<>();
        for (List<Column> part : parts) all.addAll(part);
        return List.copyOf(all);
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** The sheet's name in Ofsted's workbook: "List 1". */
    public String sheetName() {
        return "List " + number;
    }

    /** The query's resource name, beside this class. */
    String sql() {
        return sql;
    }

    /** Whether the list's rows are children's, inside the frame (all but list 11, of adopters). */
    boolean framed() {
        return this != LIST_11;
    }

    /** Whether the list holds what the adoption record restricts (lists 10 and 11; see {@link AnnexAExport}). */
    boolean adoption() {
        return this == LIST_10 || this == LIST_11;
    }

    /** Every column of the list, in Ofsted's order. */
    List<Column> columns() {
        return columns;
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** @return the list numbered 1 to 11, or null for any other number */
    static AnnexAList numbered(int n) {
        return n >= 1 && n <= values().length ? values()[n - 1] : null;
    }
}

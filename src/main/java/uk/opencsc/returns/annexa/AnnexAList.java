package uk.opencsc.returns.annexa;

import java.util.ArrayList;
import java.util.List;

import static uk.opencsc.returns.annexa.OfstedFormat.ABUSE_CATEGORY;
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
 * Ofsted's Annex A lists 1 to 7 (those the record holds so far; 8 to 11 need the care, care leaver and adoption
 * journeys), each with its sheet name and columns in Ofsted's order and wording (the headers of the liia-tools Annex A
 * schema, which Ofsted's template matches). The rows of each come from its {@code list-N-*.sql} beside this class. The
 * accessors the page reads are public for its template.
 */
enum AnnexAList {
    LIST_1(1, "Contacts", "list-1-contacts.sql", false, false,
            new Column("Date of Contact", DATE), new Column("Contact Source", SOURCE)),
    LIST_2(2, "Early help", "list-2-early-help.sql", false, false,
            new Column("Assessment start date", DATE), new Column("Assessment completion date", DATE),
            new Column("Organisation completing assessment", TEXT)),
    LIST_3(3, "Referrals", "list-3-referrals.sql", false, true,
            new Column("Date of referral", DATE), new Column("Referral Source", SOURCE), new Column("Referral NFA?", YES_NO),
            new Column("Number of Referrals in Last 12 Months", NUMBER)),
    LIST_4(4, "Assessments", "list-4-assessments.sql", true, true,
            new Column("Continuous Assessment Start Date", DATE), new Column("Child Seen During Continuous Assessment", YES_NO),
            new Column("Continuous Assessment Date of Authorisation", DATE),
            new Column("Was the child assessed as requiring LA children's social care support?", YES_NO)),
    LIST_5(5, "Section 47 enquiries and ICPCs", "list-5-section-47.sql", true, true,
            new Column("Strategy discussion initiating Section 47 Enquiry Start Date", DATE),
            new Column("Was an Initial Child Protection Conference deemed unnecessary?", YES_NO),
            new Column("Date of Initial Child Protection Conference", DATE),
            new Column("Did the Initial Child Protection Conference Result in a Child Protection Plan", YES_NO),
            new Column("Number of Section 47 Enquiries in the last 12 months", NUMBER),
            new Column("Number of ICPCs in the last 12 months", NUMBER)),
    LIST_6(6, "Children in need", "list-6-children-in-need.sql", true, true,
            new Column("CIN Start Date", DATE), new Column("Primary Need Code", PRIMARY_NEED),
            new Column("Date Child Was Last Seen", DATE), new Column("CIN Closure Date", DATE),
            new Column("Reason for Closure", CLOSURE_REASON), new Column("Case Status", CASE_STATUS)),
    LIST_7(7, "Child protection", "list-7-child-protection.sql", true, true,
            new Column("Child Protection Plan Start Date", DATE), new Column("Initial Category of Abuse", ABUSE_CATEGORY),
            new Column("Latest Category of Abuse", ABUSE_CATEGORY), new Column("Date of the Last Statutory Visit", DATE),
            new Column("Was the Child Seen Alone?", LETTERED_YES_NO), new Column("Date of latest review conference", DATE),
            new Column("Child Protection Plan End Date", DATE),
            new Column("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)", LETTERED_YES_NO),
            new Column("Number of Previous Child Protection Plans", NUMBER));

    /** One column: Ofsted's header and how the stored value is written in it. */
    record Column(String header, OfstedFormat format) {
    }

    /** The columns every list opens with. */
    static final List<Column> CHILD = List.of(new Column("Child Unique ID", TEXT), new Column("Gender", GENDER),
            new Column("Ethnicity", ETHNICITY), new Column("Date of Birth", DATE), new Column("Age of Child (Years)", NUMBER));
    static final Column DISABLED = new Column("Does the Child have a Disability", DISABILITY);
    /** The columns lists 3 to 7 close with. */
    static final List<Column> ALLOCATION = List.of(new Column("Allocated Team", TEXT), new Column("Allocated Worker", TEXT));

    private final int number;
    private final String title;
    private final String sql;
    private final boolean disability;
    private final boolean allocation;
    private final List<Column> own;

    AnnexAList(int number, String title, String sql, boolean disability, boolean allocation, Column... own) {
        this.number = number;
        this.title = title;
        this.sql = sql;
        this.disability = disability;
        this.allocation = allocation;
        this.own = List.of(own);
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

    /** The list's own columns (after the child's, before the allocation's), in the order its query selects them. */
    List<Column> ownColumns() {
        return own;
    }

    boolean hasDisability() {
        return disability;
    }

    boolean hasAllocation() {
        return allocation;
    }

    /** Every column of the list, in Ofsted's order. */
    List<Column> columns() {
        List<Column> all = new ArrayList<>(CHILD);
        if (disability) all.add(DISABLED);
        all.addAll(own);
        if (allocation) all.addAll(ALLOCATION);
        return all;
    }

    public List<String> headers() {
        return columns().stream().map(Column::header).toList();
    }

    /** @return the list numbered 1 to 7, or null for any other number */
    static AnnexAList numbered(int n) {
        return n >= 1 && n <= values().length ? values()[n - 1] : null;
    }
}

package uk.opencsc;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.opencsc.access.Role;
import uk.opencsc.people.Disability;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.people.NewAddress;
import uk.opencsc.people.NewPerson;
import uk.opencsc.people.PeopleBulkLoad;
import uk.opencsc.people.PersonDetails;
import uk.opencsc.people.Postcode;
import uk.opencsc.people.Sex;
import uk.opencsc.people.UpnUnknownReason;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route x every role x (a record of the user's own team / of a team in another service / a
 * restricted record) gets exactly the answer the access rules give: refused with 403, or let through
 * (whatever the page then says about the empty form). Nothing but sign-in and static assets is
 * reachable without signing in.
 * <p>
 * The expected answers are written out here, from the rules as a person would state them, rather than
 * computed by the code under test. A new route fails {@link #every_route_is_in_the_matrix()} until it is
 * added below with its rule.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    static final String SERVICE = "Children in need and protection";
    static final String OTHER_SERVICE = "Children in care and permanence";

    /** Who may use a route. */
    enum Rule {
        PUBLIC, SIGNED_IN, ADMINISTRATORS, GRANTERS, FINDERS, CREATORS, READ_RECORD, WRITE_RECORD,
        /** Changing a case note: only its author (here the team's social worker), and only on a record they may change. */
        NOTE_AUTHOR,
        /** The work tray: the roles that hold or manage children's work. */
        WORK_HOLDERS,
        /** Allocating, reallocating and ending a child's allocation: a manager who may change the child's record. */
        ALLOCATORS,
        /** The teams' workers and caseloads: managers, administrators and analysts. */
        WORKFORCE_READERS,
        /** A worker's employment details: managers (of their teams) and administrators. */
        WORKFORCE_EDITORS,
        /** The workforce census and the CIN census returns: performance analysts and administrators. */
        CENSUS_EXPORTERS,
        /** Caseloads: everyone but independent reviewing officers (workers and managers their own team's). */
        CASELOAD_READERS,
        /** Who is due supervision: managers, analysts, inspectors and administrators. */
        SUPERVISION_OVERSEERS,
        /** A worker's supervision page: as caseloads (a worker their own; no such worker here, so 404 once past the role). */
        SUPERVISION_PAGE_READERS,
        /** One supervision's discussions: the roles that read children's records, less independent reviewing officers. */
        SUPERVISION_RECORD_READERS,
        /** Recording a supervision: team managers and heads of service. */
        SUPERVISORS,
        /** Ofsted's Annex A lists: performance analysts, heads of service, inspectors and administrators (each seeing the children they may read). */
        ANNEX_A_READERS,
        /**
         * A child's adoption and permanence record: restricted by default, read only by adoption teams and explicit
         * grants, whatever the child's main record. No user of the matrix is in an adoption team or holds a grant, so
         * every role is refused on every record, the own team's included; AdoptionAccessTest proves who is let through.
         */
        ADOPTION_RECORD,
        /** Prospective adopters: adoption team members only (none in the matrix; see AdoptionAccessTest). */
        ADOPTION_TEAM,
        /** The IRO's contacts and escalations: an independent reviewing officer who may read the record. */
        IRO_RECORD
    }

    /** Which child's record the route is asked about. */
    enum Kind { OWN_TEAM, OTHER_SERVICE, RESTRICTED }

    record Route(HttpMethod method, String pattern, Rule rule) {
        boolean aboutARecord() {
            return rule == Rule.READ_RECORD || rule == Rule.WRITE_RECORD || rule == Rule.NOTE_AUTHOR || rule == Rule.ALLOCATORS
                    || rule == Rule.ADOPTION_RECORD || rule == Rule.IRO_RECORD;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route(HttpMethod.GET, "/sign-in", Rule.PUBLIC),
            new Route(HttpMethod.GET, "/", Rule.SIGNED_IN),
            new Route(HttpMethod.GET, "/timescales", Rule.SIGNED_IN),
            new Route(HttpMethod.GET, "/tray", Rule.WORK_HOLDERS),
            new Route(HttpMethod.GET, "/timescales/{id}/setting", Rule.ADMINISTRATORS),
            new Route(HttpMethod.POST, "/timescales/{id}/setting", Rule.ADMINISTRATORS),
            new Route(HttpMethod.GET, "/admin/audit", Rule.ADMINISTRATORS),
            new Route(HttpMethod.GET, "/admin/audit.csv", Rule.ADMINISTRATORS),
            new Route(HttpMethod.GET, "/admin/users", Rule.ADMINISTRATORS),
            new Route(HttpMethod.GET, "/admin/users/new", Rule.ADMINISTRATORS),
            new Route(HttpMethod.POST, "/admin/users/new", Rule.ADMINISTRATORS),
            new Route(HttpMethod.POST, "/admin/users/{id}/disable", Rule.ADMINISTRATORS),
            new Route(HttpMethod.POST, "/admin/users/{id}/enable", Rule.ADMINISTRATORS),
            new Route(HttpMethod.GET, "/access/restricted-records", Rule.GRANTERS),
            new Route(HttpMethod.POST, "/access/restricted-records", Rule.GRANTERS),
            new Route(HttpMethod.POST, "/access/restricted-records/{id}/revoke", Rule.GRANTERS),
            new Route(HttpMethod.GET, "/children", Rule.FINDERS),
            new Route(HttpMethod.GET, "/children/new", Rule.CREATORS),
            new Route(HttpMethod.POST, "/children/new", Rule.CREATORS),
            new Route(HttpMethod.GET, "/children/{id}", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/addresses/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/addresses/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/addresses/{addressId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/addresses/{addressId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/relationships/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/relationships/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/relationships/{relationshipId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/relationships/{relationshipId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/names/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/names/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/case-notes", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/case-notes/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/case-notes/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/case-notes/draft", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/case-notes/draft/discard", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/case-notes/{noteId}", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/case-notes/{noteId}/edit", Rule.NOTE_AUTHOR),
            new Route(HttpMethod.POST, "/children/{id}/case-notes/{noteId}/edit", Rule.NOTE_AUTHOR),
            new Route(HttpMethod.GET, "/children/{id}/case-notes/{noteId}/addendum", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/case-notes/{noteId}/addendum", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/chronology", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/chronology/print", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/front-door", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/contacts/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/contacts/new", Rule.WRITE_RECORD),
            // a social worker may open the decision form; saving it is refused as a field error (a manager decides)
            new Route(HttpMethod.GET, "/children/{id}/contacts/{contactId}/decision", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/contacts/{contactId}/decision", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/referrals/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/referrals/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/referrals/{referralId}/close", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/referrals/{referralId}/close", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/early-help/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/early-help/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/early-help/{episodeId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/early-help/{episodeId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/protection", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/protection/strategy-discussions/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/protection/strategy-discussions/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/protection/enquiries/{enquiryId}/outcome", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/protection/enquiries/{enquiryId}/outcome", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/protection/enquiries/{enquiryId}/conference", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/protection/enquiries/{enquiryId}/conference", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/protection/plans/{planId}/core-groups/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/protection/plans/{planId}/core-groups/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/protection/plans/{planId}/reviews/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/protection/plans/{planId}/reviews/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/protection/plans/{planId}/visits/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/protection/plans/{planId}/visits/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/protection/plans/{planId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/protection/plans/{planId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/protection/orders/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/protection/orders/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/assessments", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/assessments/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/assessments/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/assessments/{assessmentId}", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/assessments/{assessmentId}/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/assessments/{assessmentId}/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/assessments/{assessmentId}/draft", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/assessments/{assessmentId}/draft/discard", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/assessments/{assessmentId}/submit", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/assessments/{assessmentId}/return", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/assessments/{assessmentId}/return", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/assessments/{assessmentId}/authorise", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/assessments/{assessmentId}/authorise", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/child-in-need", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/child-in-need/plans/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/child-in-need/plans/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/child-in-need/plans/{planId}/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/child-in-need/plans/{planId}/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/child-in-need/plans/{planId}/draft", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/child-in-need/plans/{planId}/draft/discard", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/child-in-need/plans/{planId}/reviews/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/child-in-need/plans/{planId}/reviews/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/child-in-need/plans/{planId}/visits/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/child-in-need/plans/{planId}/visits/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/child-in-need/plans/{planId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/child-in-need/plans/{planId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care-leaver", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care-leaver/category", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care-leaver/category", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care-leaver/pathway-plan", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care-leaver/pathway-plan", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care-leaver/pathway-plan/reviews/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care-leaver/pathway-plan/reviews/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care-leaver/contacts/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care-leaver/contacts/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care-leaver/accommodation/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care-leaver/accommodation/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care-leaver/activity/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care-leaver/activity/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care-leaver/support", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care-leaver/support", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/exploitation", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/exploitation/missing/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/exploitation/missing/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/exploitation/missing/{episodeId}/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/exploitation/missing/{episodeId}/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/exploitation/missing/{episodeId}/interview", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/exploitation/missing/{episodeId}/interview", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/exploitation/linked", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/exploitation/risks/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/exploitation/risks/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/exploitation/nrm/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/exploitation/nrm/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/exploitation/nrm/{referralId}/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/exploitation/nrm/{referralId}/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/exploitation/links/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/exploitation/links/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/exploitation/links/{linkId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/exploitation/links/{linkId}/end", Rule.WRITE_RECORD),
            // the complex safeguarding contexts: everyone who reads records sees them (each seeing only the linked
            // children they may read); the roles that write records add places and groups. No such place or group here:
            // the role is decided before the place is looked up (403), an allowed one is told (404)
            new Route(HttpMethod.GET, "/contexts", Rule.FINDERS),
            new Route(HttpMethod.GET, "/contexts/places/{placeId}", Rule.FINDERS),
            new Route(HttpMethod.GET, "/contexts/groups/{groupId}", Rule.FINDERS),
            new Route(HttpMethod.GET, "/contexts/places/new", Rule.CREATORS),
            new Route(HttpMethod.POST, "/contexts/places/new", Rule.CREATORS),
            new Route(HttpMethod.GET, "/contexts/groups/new", Rule.CREATORS),
            new Route(HttpMethod.POST, "/contexts/groups/new", Rule.CREATORS),
            new Route(HttpMethod.GET, "/children/{id}/care", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/start", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/start", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/change", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/change", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/episodes/{episodeId}/correct", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/episodes/{episodeId}/correct", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/reviews/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/reviews/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/visits/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/visits/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/health-assessments/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/health-assessments/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/dental-checks/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/dental-checks/new", Rule.WRITE_RECORD),
            // care planning: permanence plans and family time by those who change the record, the IRO's contacts and
            // escalations by the IRO alone (no such plan, escalation or arrangement: 404 once past the child's access)
            new Route(HttpMethod.GET, "/children/{id}/care/planning", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/planning/permanence/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/planning/permanence/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/planning/permanence/{planId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/planning/permanence/{planId}/end", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/planning/iro-contacts/new", Rule.IRO_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/planning/iro-contacts/new", Rule.IRO_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/planning/escalations/new", Rule.IRO_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/planning/escalations/new", Rule.IRO_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/planning/escalations/{escalationId}/edit", Rule.IRO_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/planning/escalations/{escalationId}/edit", Rule.IRO_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/planning/family-time/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/planning/family-time/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/planning/family-time/{arrangementId}/sessions/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/planning/family-time/{arrangementId}/sessions/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/health-and-education", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/health-and-education/immunisations/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/health-and-education/immunisations/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/health-and-education/sdq/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/health-and-education/sdq/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/health-and-education/substance-misuse/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/health-and-education/substance-misuse/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/health-and-education/convictions/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/health-and-education/convictions/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/health-and-education/education/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/health-and-education/education/edit", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/care/health-and-education/pep-meetings/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/care/health-and-education/pep-meetings/new", Rule.WRITE_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/allocation", Rule.READ_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/allocation/new", Rule.ALLOCATORS),
            new Route(HttpMethod.POST, "/children/{id}/allocation/new", Rule.ALLOCATORS),
            new Route(HttpMethod.GET, "/children/{id}/allocation/end", Rule.ALLOCATORS),
            new Route(HttpMethod.POST, "/children/{id}/allocation/end", Rule.ALLOCATORS),
            // each reader sees the children waiting that their scope admits (a social worker their team's)
            new Route(HttpMethod.GET, "/workforce/waiting", Rule.FINDERS),
            new Route(HttpMethod.GET, "/workforce/workers", Rule.WORKFORCE_READERS),
            // no such worker: the role is decided before the worker is looked up (403), an allowed one is told (404)
            new Route(HttpMethod.GET, "/workforce/workers/{userId}/edit", Rule.WORKFORCE_EDITORS),
            new Route(HttpMethod.POST, "/workforce/workers/{userId}/edit", Rule.WORKFORCE_EDITORS),
            // the workforce census: its census details and absences are the worker's employment's (same editors);
            // the return itself is for analysts and administrators
            new Route(HttpMethod.GET, "/workforce/workers/{userId}/census", Rule.WORKFORCE_EDITORS),
            new Route(HttpMethod.POST, "/workforce/workers/{userId}/census", Rule.WORKFORCE_EDITORS),
            new Route(HttpMethod.GET, "/workforce/workers/{userId}/absences/new", Rule.WORKFORCE_EDITORS),
            new Route(HttpMethod.POST, "/workforce/workers/{userId}/absences/new", Rule.WORKFORCE_EDITORS),
            new Route(HttpMethod.GET, "/workforce/workers/{userId}/absences/{absenceId}/edit", Rule.WORKFORCE_EDITORS),
            new Route(HttpMethod.POST, "/workforce/workers/{userId}/absences/{absenceId}/edit", Rule.WORKFORCE_EDITORS),
            new Route(HttpMethod.GET, "/workforce/establishment", Rule.WORKFORCE_READERS),
            // no such team: the role is decided before the team is looked up (403), an allowed one is told (404)
            new Route(HttpMethod.GET, "/workforce/establishment/{teamId}/edit", Rule.WORKFORCE_EDITORS),
            new Route(HttpMethod.POST, "/workforce/establishment/{teamId}/edit", Rule.WORKFORCE_EDITORS),
            new Route(HttpMethod.GET, "/workforce/census", Rule.CENSUS_EXPORTERS),
            new Route(HttpMethod.GET, "/workforce/census/download", Rule.CENSUS_EXPORTERS),
            new Route(HttpMethod.GET, "/workforce/caseloads", Rule.CASELOAD_READERS),
            new Route(HttpMethod.GET, "/workforce/caseloads/settings", Rule.ADMINISTRATORS),
            new Route(HttpMethod.POST, "/workforce/caseloads/settings", Rule.ADMINISTRATORS),
            new Route(HttpMethod.GET, "/workforce/supervision", Rule.SUPERVISION_OVERSEERS),
            new Route(HttpMethod.GET, "/workforce/workers/{userId}/supervision", Rule.SUPERVISION_PAGE_READERS),
            new Route(HttpMethod.GET, "/workforce/workers/{userId}/supervision/new", Rule.SUPERVISORS),
            new Route(HttpMethod.POST, "/workforce/workers/{userId}/supervision/new", Rule.SUPERVISORS),
            new Route(HttpMethod.GET, "/workforce/supervisions/{supervisionId}", Rule.SUPERVISION_RECORD_READERS),
            new Route(HttpMethod.GET, "/children/{id}/supervision", Rule.READ_RECORD),
            // the CIN census page, its run, drill-down and download: as the workforce census, analysts and administrators
            // (no run of 2026 in the matrix: the drill-down and download are 404 once past the role)
            new Route(HttpMethod.GET, "/returns/cin", Rule.CENSUS_EXPORTERS),
            new Route(HttpMethod.POST, "/returns/cin", Rule.CENSUS_EXPORTERS),
            new Route(HttpMethod.GET, "/returns/cin/{year}/rules/{code}", Rule.CENSUS_EXPORTERS),
            new Route(HttpMethod.GET, "/returns/cin/{year}/download", Rule.CENSUS_EXPORTERS),
            new Route(HttpMethod.GET, "/returns/annex-a", Rule.ANNEX_A_READERS),
            new Route(HttpMethod.GET, "/returns/annex-a/download", Rule.ANNEX_A_READERS),
            new Route(HttpMethod.GET, "/children/{id}/adoption", Rule.ADOPTION_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/adoption/edit", Rule.ADOPTION_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/adoption/edit", Rule.ADOPTION_RECORD),
            new Route(HttpMethod.GET, "/children/{id}/adoption/orders/new", Rule.ADOPTION_RECORD),
            new Route(HttpMethod.POST, "/children/{id}/adoption/orders/new", Rule.ADOPTION_RECORD),
            new Route(HttpMethod.GET, "/adoption/children", Rule.ADOPTION_TEAM),
            new Route(HttpMethod.GET, "/adoption/adopters", Rule.ADOPTION_TEAM),
            new Route(HttpMethod.GET, "/adoption/adopters/new", Rule.ADOPTION_TEAM),
            new Route(HttpMethod.POST, "/adoption/adopters/new", Rule.ADOPTION_TEAM),
            // no such household: the team is decided before the household is looked up (403)
            new Route(HttpMethod.GET, "/adoption/adopters/{householdId}/edit", Rule.ADOPTION_TEAM),
            new Route(HttpMethod.POST, "/adoption/adopters/{householdId}/edit", Rule.ADOPTION_TEAM));

    /** The rules, as the access design states them. */
    static boolean allowed(Rule rule, Role role, Kind kind) {
        return switch (rule) {
            case PUBLIC, SIGNED_IN -> true;
            case ADMINISTRATORS -> role == Role.ADMINISTRATOR;
            case GRANTERS -> role == Role.ADMINISTRATOR || role == Role.HEAD_OF_SERVICE;
            case FINDERS -> role != Role.ADMINISTRATOR;
            case CREATORS, WORK_HOLDERS -> Set.of(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE).contains(role);
            case READ_RECORD -> switch (kind) {
                // the own team's record: everyone who reads records
                case OWN_TEAM -> role != Role.ADMINISTRATOR;
                // another service's record: only the roles that read every record
                case OTHER_SERVICE -> Set.of(Role.INDEPENDENT_REVIEWING_OFFICER, Role.PERFORMANCE_ANALYST, Role.INSPECTOR).contains(role);
                // a restricted record without a grant: nobody
                case RESTRICTED -> false;
            };
            case NOTE_AUTHOR -> kind == Kind.OWN_TEAM && role == Role.SOCIAL_WORKER;
            case ALLOCATORS -> kind == Kind.OWN_TEAM && Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE).contains(role);
            case WORKFORCE_READERS -> Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.ADMINISTRATOR, Role.PERFORMANCE_ANALYST).contains(role);
            case WORKFORCE_EDITORS -> Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.ADMINISTRATOR).contains(role);
            case CENSUS_EXPORTERS -> role == Role.PERFORMANCE_ANALYST || role == Role.ADMINISTRATOR;
            case CASELOAD_READERS, SUPERVISION_PAGE_READERS -> role != Role.INDEPENDENT_REVIEWING_OFFICER;
            case SUPERVISION_OVERSEERS -> Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.PERFORMANCE_ANALYST, Role.INSPECTOR,
                    Role.ADMINISTRATOR).contains(role);
            case SUPERVISION_RECORD_READERS -> !Set.of(Role.INDEPENDENT_REVIEWING_OFFICER, Role.ADMINISTRATOR).contains(role);
            case SUPERVISORS -> Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE).contains(role);
            case ANNEX_A_READERS -> Set.of(Role.PERFORMANCE_ANALYST, Role.HEAD_OF_SERVICE, Role.INSPECTOR, Role.ADMINISTRATOR).contains(role);
            case ADOPTION_RECORD, ADOPTION_TEAM -> false;
            case IRO_RECORD -> role == Role.INDEPENDENT_REVIEWING_OFFICER && kind != Kind.RESTRICTED;
            case WRITE_RECORD -> kind == Kind.OWN_TEAM
                    && Set.of(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE).contains(role);
        };
    }

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired PeopleBulkLoad people;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    final Map<Role, String> users = new EnumMap<>(Role.class);
    final Map<Kind, Map<String, String>> records = new EnumMap<>(Kind.class);

    @BeforeAll
    void a_team_in_each_of_two_services_a_user_per_role_and_three_records() {
        UUID ownTeam = data.aTeam(SERVICE);
        UUID otherTeam = data.aTeam(OTHER_SERVICE);
        for (Role role : Role.values()) {
            UUID team = role.readScope() == Role.Scope.TEAM ? ownTeam : null;
            users.put(role, data.aUser(role, team, role == Role.HEAD_OF_SERVICE ? SERVICE : null));
        }
        records.put(Kind.OWN_TEAM, aRecord(ownTeam, false));
        // (case notes are written by the team's social worker, just now, so inside the author's edit window)
        records.put(Kind.OTHER_SERVICE, aRecord(otherTeam, false));
        records.put(Kind.RESTRICTED, aRecord(ownTeam, true));
    }

    /** A child with a current address and a parent, so every sub-route has something real to point at. */
    Map<String, String> aRecord(UUID team, boolean restricted) {
        String child = "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String parent = child + "P";
        var address = new NewAddress("1 Matrix Row", null, "Northmoor", Postcode.of("NM1 1AA"), LocalDate.of(2020, 1, 1));
        PersonDetails childDetails = new PersonDetails("Alex", null, "Matrix", null, Sex.MALE, null, LocalDate.of(2016, 5, 5), null,
                Ethnicity.WBRI, null, null, false, Set.of(Disability.NONE), null, UpnUnknownReason.UN1, null, false, null, null,
                team, restricted, restricted ? "Child of a member of staff" : null);
        PersonDetails parentDetails = new PersonDetails("Sam", null, "Matrix", null, Sex.FEMALE, null, LocalDate.of(1985, 1, 1), null,
                Ethnicity.WBRI, null, null, false, Set.of(), null, null, null, false, null, null, team, false, null);
        TestData.asSystem(() -> people.load(List.of(
                new NewPerson(parent, parentDetails, address, List.of()),
                new NewPerson(child, childDetails, address, List.of(new uk.opencsc.people.NewRelationship(
                        uk.opencsc.people.RelationshipType.CHILD_OF, parent, LocalDate.of(2016, 5, 5)))))));
        UUID id = jdbc.sql("select id from person where local_id = :l").param("l", child).query(UUID.class).single();
        UUID note = UUID.randomUUID();
        String author = users.get(Role.SOCIAL_WORKER);
        jdbc.sql("""
                        insert into case_note (id, person_id, type, occurred_at, subject, note_text, recorded_by, recorded_by_name,
                                               recorded_at, updated_by, updated_at)
                        values (:id, :p, 'PHONE_CALL', now(), 'Call with school', 'Spoke to the head of year.', :a, 'Test', now(), :a, now())""")
                .param("id", note).param("p", id).param("a", author).update();
        return Map.of(
                "id", id.toString(),
                "noteId", note.toString(),
                "addressId", jdbc.sql("select id from address where person_id = :p").param("p", id).query(UUID.class).single().toString(),
                "relationshipId", jdbc.sql("select id from relationship where person_id = :p limit 1").param("p", id).query(UUID.class).single().toString());
    }

    @Test
    void every_route_is_in_the_matrix() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern ->
                info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method + " " + pattern))));
        mapped.removeIf(route -> route.endsWith(" /error"));
        Set<String> inMatrix = ROUTES.stream().map(r -> r.method().name() + " " + r.pattern()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(mapped).as("routes served by the application").isEqualTo(inMatrix);
    }

    @TestFactory
    Stream<DynamicTest> no_route_but_sign_in_is_reachable_without_signing_in() {
        return ROUTES.stream().map(route -> DynamicTest.dynamicTest(route.method() + " " + route.pattern(), () -> {
            MvcResult result = mvc.perform(requestFor(route, records.get(Kind.OWN_TEAM)).with(csrf())).andReturn();
            if (route.rule() == Rule.PUBLIC) {
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
            } else {
                assertThat(result.getResponse().getStatus()).isEqualTo(302);
                assertThat(result.getResponse().getRedirectedUrl()).endsWith("/sign-in");
            }
        }));
    }

    @Test
    void static_assets_are_reachable_without_signing_in() throws Exception {
        for (String asset : List.of("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css", "/css/opencsc.css", "/js/init.js",
                "/assets/images/favicon.ico")) {
            assertThat(mvc.perform(request(HttpMethod.GET, asset)).andReturn().getResponse().getStatus()).as(asset).isEqualTo(200);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_route_gives_each_role_exactly_the_answer_the_access_rules_give() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : ROUTES) {
            if (route.rule() == Rule.PUBLIC) continue;
            for (Role role : Role.values()) {
                for (Kind kind : route.aboutARecord() ? List.of(Kind.values()) : List.of(Kind.OWN_TEAM)) {
                    boolean expected = allowed(route.rule(), role, kind);
                    String name = route.method() + " " + route.pattern() + " as " + role + (route.aboutARecord() ? " on " + kind : "")
                            + (expected ? " is let through" : " is refused");
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        MvcResult result = mvc.perform(requestFor(route, records.get(kind))
                                .with(user(users.get(role)).roles(role.name())).with(csrf())).andReturn();
                        int status = result.getResponse().getStatus();
                        if (expected) {
                            assertThat(status).as("status").isNotEqualTo(403).isLessThan(500);
                            assertThat(result.getResponse().getRedirectedUrl()).as("redirect").satisfiesAnyOf(
                                    url -> assertThat(url).isNull(), url -> assertThat(url).doesNotEndWith("/sign-in"));
                        } else {
                            assertThat(status).as("status").isEqualTo(403);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    static MockHttpServletRequestBuilder requestFor(Route route, Map<String, String> record) {
        String path = route.pattern()
                .replace("/timescales/{id}", "/timescales/first-core-group")
                .replace("/restricted-records/{id}", "/restricted-records/" + UUID.randomUUID())
                .replace("/users/{id}", "/users/" + UUID.randomUUID())
                .replace("{userId}", UUID.randomUUID().toString())
                .replace("{teamId}", UUID.randomUUID().toString())
                .replace("{absenceId}", UUID.randomUUID().toString())
                .replace("{householdId}", UUID.randomUUID().toString())
                .replace("{id}", record.get("id"))
                .replace("{addressId}", record.get("addressId"))
                .replace("{relationshipId}", record.get("relationshipId"))
                .replace("{noteId}", record.get("noteId"))
                // no such contact, referral or episode: the child's access is decided before the item is looked up,
                // so a refused user learns nothing of what exists (403), an allowed one is told it does not (404)
                .replace("{contactId}", UUID.randomUUID().toString())
                .replace("{referralId}", UUID.randomUUID().toString())
                .replace("{episodeId}", UUID.randomUUID().toString())
                .replace("{assessmentId}", UUID.randomUUID().toString())
                .replace("{enquiryId}", UUID.randomUUID().toString())
                .replace("{planId}", UUID.randomUUID().toString())
                .replace("{escalationId}", UUID.randomUUID().toString())
                .replace("{arrangementId}", UUID.randomUUID().toString())
                .replace("{supervisionId}", UUID.randomUUID().toString())
                .replace("{linkId}", UUID.randomUUID().toString())
                .replace("{placeId}", UUID.randomUUID().toString())
                .replace("{groupId}", UUID.randomUUID().toString())
                .replace("{year}", "2026")
                .replace("{code}", "8869");
        return request(route.method(), path);
    }
}

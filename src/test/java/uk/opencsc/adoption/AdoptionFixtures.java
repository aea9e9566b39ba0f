package uk.opencsc.adoption;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.opencsc.support.JourneyForms.date;
import static uk.opencsc.support.JourneyForms.form;

/**
 * A child held by a children in care team with its social worker, an adoption team (a team of kind ADOPTION) with its
 * social worker, and the forms they fill in; the starting point of the adoption page tests.
 */
public final class AdoptionFixtures {

    static final LocalDate BORN = LocalDate.of(2023, 1, 10);

    final UUID childsTeam;
    final String childsWorker;
    final UUID adoptionTeam;
    final String adoptionWorker;
    final UUID child;

    AdoptionFixtures(MockMvc mvc, JdbcClient jdbc, TestData data) throws Exception {
        childsTeam = data.aTeam("Children in care");
        childsWorker = data.aUser(Role.SOCIAL_WORKER, childsTeam, "Children in care");
        adoptionTeam = data.aTeam("Adoption");
        jdbc.sql("insert into team_kind (team_id, kind, created_by, updated_by) values (:t, 'ADOPTION', 'test', 'test')")
                .param("t", adoptionTeam).update();
        adoptionWorker = data.aUser(Role.SOCIAL_WORKER, adoptionTeam, "Adoption");
        child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Ada", TestData.unique("Lovell"), BORN, childsTeam), asChildsWorker());
    }

    RequestPostProcessor asChildsWorker() {
        return user(childsWorker).roles(Role.SOCIAL_WORKER.name());
    }

    RequestPostProcessor asAdoptionWorker() {
        return user(adoptionWorker).roles(Role.SOCIAL_WORKER.name());
    }

    /** An approved household through both stages, added through its page; returns its id. */
    public static UUID anApprovedHousehold(MockMvc mvc, JdbcClient jdbc, RequestPostProcessor adoptionWorker, String familyRef,
                                    String first, String second) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("familyRef", familyRef);
        f.put("firstAdopter", first);
        f.put("secondAdopter", second);
        f.put("adoptersSex", "MF");
        f.put("legalStatus", "L11");
        f.put("fosteringForAdoption", "no");
        date(f, "enquiryDate", LocalDate.of(2023, 9, 1));
        date(f, "stage1Start", LocalDate.of(2023, 9, 15));
        date(f, "stage1End", LocalDate.of(2023, 11, 10));
        date(f, "stage2Start", LocalDate.of(2023, 11, 20));
        date(f, "stage2End", LocalDate.of(2024, 3, 15));
        date(f, "approvalDate", LocalDate.of(2024, 4, 2));
        f.put("approvedBy", "PANEL_AND_ADM");
        mvc.perform(form(post("/adoption/adopters/new"), f).with(adoptionWorker)).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from adopter_household where family_ref = :f").param("f", familyRef).query(UUID.class).single();
    }

    /** The whole adoption, in order, with the household; change any field before posting. */
    static Map<String, String> anAdoption(UUID household, int version) {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "enteredCareDate", LocalDate.of(2024, 3, 1));
        date(f, "admDecisionDate", LocalDate.of(2024, 9, 2));
        f.put("authority", "PLACEMENT_ORDER");
        date(f, "placementOrderDate", LocalDate.of(2024, 11, 4));
        f.put("placementOrderCourt", "Northmoor Family Court");
        date(f, "matchedDate", LocalDate.of(2025, 1, 6));
        f.put("householdId", household.toString());
        date(f, "placedDate", LocalDate.of(2025, 2, 3));
        date(f, "adoptionOrderDate", LocalDate.of(2025, 8, 4));
        f.put("version", String.valueOf(version));
        return f;
    }
}

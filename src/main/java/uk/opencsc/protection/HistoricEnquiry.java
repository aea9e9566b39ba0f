package uk.opencsc.protection;

import uk.opencsc.platform.validation.CodeList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A strategy discussion that started a section 47 enquiry, with what followed, as loaded in bulk (the synthetic
 * local authority, a migration). Each later part is null (or empty) when it has not happened yet.
 *
 * @param outcome          null while the enquiry is open
 * @param conferenceDate   null unless the outcome asked for a conference and it was held
 * @param categories       the categories found when the conference made a plan
 * @param coreGroups       core group meetings of the plan
 * @param reviews          review conferences of the plan; one on {@code planEnded} ends it
 * @param planEnded        null while the plan is open
 */
public record HistoricEnquiry(UUID personId, LocalDateTime strategyDiscussionAt, Set<Agency> agencies, String rationale,
                              Section47Outcome outcome, LocalDate outcomeDate, String icpcNotRequiredWhy,
                              LocalDate conferenceDate, ConferenceOutcome conferenceOutcome, Set<AbuseCategory> categories,
                              List<LocalDate> coreGroups, List<LocalDate> reviews, List<Visit> visits,
                              LocalDate planEnded, String planEndReason) {

    public HistoricEnquiry {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(strategyDiscussionAt, "strategyDiscussionAt");
        agencies = CodeList.inListOrder(Agency.class, agencies);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        coreGroups = coreGroups == null ? List.of() : List.copyOf(coreGroups);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        visits = visits == null ? List.of() : List.copyOf(visits);
    }

    /** A visit to the child on the plan. */
    public record Visit(LocalDate date, boolean seen, boolean seenAlone, boolean bedroomSeen, String childsViews) {
    }

    public boolean madeAPlan() {
        return conferenceDate != null && conferenceOutcome == ConferenceOutcome.PLAN;
    }
}

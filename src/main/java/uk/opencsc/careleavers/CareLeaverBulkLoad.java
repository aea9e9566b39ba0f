package uk.opencsc.careleavers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.chronology.ChronologyBulkLoad;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads many care leavers' records at once (the synthetic local authority, a migration), with PostgreSQL's COPY. One
 * transaction: every record is checked by the rules the forms use first, and one bad record loads nothing. The load
 * is audited as one change; the chronology gets the entries the pages would have made ({@link CareLeaverChronology}'s)
 * through {@link ChronologyBulkLoad}.
 */
@Service
public class CareLeaverBulkLoad {

    private final DataSource dataSource;
    private final PersonLookup persons;
    private final ChronologyBulkLoad chronologyLoad;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareLeaverBulkLoad(DataSource dataSource, PersonLookup persons, ChronologyBulkLoad chronologyLoad,
                       ApplicationEventPublisher events, Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.persons = persons;
        this.chronologyLoad = chronologyLoad;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What a load wrote. */
    public record Summary(int careLeavers, int contacts, int reviews) {
    }

    /**
     * @throws InvalidValueException naming the record (by position) and the field when it breaks a rule (a category at
     *                               an age it does not apply to, a contact before the 16th birthday...); nothing is loaded
     * @throws IllegalStateException when the database refuses a row, with PostgreSQL's message; nothing is loaded
     */
    @Transactional
    public Summary load(List<HistoricCareLeaver> careLeavers) {
        LocalDate today = LocalDate.now(clock);
        String actor = actor();
        Map<UUID, PersonLookup.PersonSummary> known = persons.findAll(careLeavers.stream().map(HistoricCareLeaver::personId).toList());
        CopyRows leaverRows = new CopyRows("care_leaver (person_id, category, category_from, pathway_plan_agreed_on, staying_put_from, "
                + "staying_put_to, extended_support_requested_on, support_ended_on, created_by, updated_by)");
        CopyRows contactRows = new CopyRows("care_leaver_contact (id, person_id, contact_date, in_touch, method, notes, created_by)");
        CopyRows accommodationRows = new CopyRows("care_leaver_accommodation (id, person_id, from_date, accommodation, suitable, created_by)");
        CopyRows activityRows = new CopyRows("care_leaver_activity (id, person_id, from_date, activity, created_by)");
        CopyRows reviewRows = new CopyRows("pathway_plan_review (id, person_id, review_date, attended, views, created_by)");
        List<SignificantEvent> chronology = new ArrayList<>();
        int contacts = 0;
        int reviews = 0;
        for (int i = 0; i < careLeavers.size(); i++) {
            HistoricCareLeaver h = careLeavers.get(i);
            UUID person = h.personId();
            PersonLookup.PersonSummary summary = known.get(person);
            if (summary == null) {
                refuseIfAny(i, h, List.of(new FieldProblem("personId", "No person " + person)));
            }
            LocalDate born = summary.dateOfBirth();
            refuseIfAny(i, h, CareLeaverRules.category(h.category(), h.categoryFrom(), born, today));
            CareLeaver record = new CareLeaver(person, h.category(), h.categoryFrom(), h.pathwayPlanAgreedOn(), null, null, null, null,
                    0, null, actor);
            chronology.add(CareLeaverChronology.category(person, h.category(), h.categoryFrom()));
            if (h.pathwayPlanAgreedOn() != null) {
                refuseIfAny(i, h, CareLeaverRules.pathwayPlanAgreed(record, h.pathwayPlanAgreedOn(), born, today));
                chronology.add(CareLeaverChronology.planAgreed(person, h.pathwayPlanAgreedOn(), 0));
            }
            refuseIfAny(i, h, CareLeaverRules.support(record, h.stayingPutFrom(), h.stayingPutTo(), h.extendedSupportRequestedOn(),
                    h.supportEndedOn(), born, today));
            if (h.supportEndedOn() != null) {
                chronology.add(CareLeaverChronology.supportEnded(person, h.supportEndedOn(), 0));
            }
            if (h.stayingPutFrom() != null) {
                chronology.add(CareLeaverChronology.stayingPut(person, h.stayingPutFrom(), 0));
            }
            leaverRows.add(person, h.category().code(), h.categoryFrom(), h.pathwayPlanAgreedOn(), h.stayingPutFrom(), h.stayingPutTo(),
                    h.extendedSupportRequestedOn(), h.supportEndedOn(), actor, actor);
            for (HistoricCareLeaver.Contact c : h.contacts()) {
                refuseIfAny(i, h, CareLeaverRules.contact(c.date(), born, today));
                contactRows.add(UUID.randomUUID(), person, c.date(), c.inTouch().code(), c.method().code(),
                        CareLeaverRepository.trimmed(c.notes()), actor);
                contacts++;
            }
            for (HistoricCareLeaver.Accommodation a : h.accommodation()) {
                refuseIfAny(i, h, CareLeaverRules.from(a.from(), born, today));
                CareLeaverAccommodation row = new CareLeaverAccommodation(UUID.randomUUID(), person, a.from(), a.type(), a.suitable());
                accommodationRows.add(row.id(), person, a.from(), a.type().code(), a.suitable(), actor);
                chronology.add(CareLeaverChronology.accommodation(row));
            }
            for (HistoricCareLeaver.ActivityFrom a : h.activity()) {
                refuseIfAny(i, h, CareLeaverRules.from(a.from(), born, today));
                activityRows.add(UUID.randomUUID(), person, a.from(), a.activity().code(), actor);
            }
            for (HistoricCareLeaver.Review r : h.reviews()) {
                refuseIfAny(i, h, CareLeaverRules.review(record, r.date(), r.attended(), today));
                PathwayPlanReview review = new PathwayPlanReview(UUID.randomUUID(), person, r.date(), r.attended().trim(),
                        CareLeaverRepository.trimmed(r.views()));
                reviewRows.add(review.id(), person, review.date(), review.attended(), review.views(), actor);
                chronology.add(CareLeaverChronology.review(review));
                reviews++;
            }
        }
        CopyRows.copyAll(dataSource, "the care leavers load", leaverRows, contactRows, accommodationRows, activityRows, reviewRows);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("care-leaver-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("careLeavers", null, String.valueOf(careLeavers.size())),
                new FieldChange("contacts", null, String.valueOf(contacts)),
                new FieldChange("reviews", null, String.valueOf(reviews)))));
        return new Summary(careLeavers.size(), contacts, reviews);
    }

    private static void refuseIfAny(int index, HistoricCareLeaver h, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new InvalidValueException(first.field(), "Care leaver " + (index + 1) + " (person " + h.personId() + "): "
                    + first.message());
        }
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}

package uk.opencsc.assessment;

import org.springframework.stereotype.Component;
import uk.opencsc.worktray.AuthorisationQueue;
import uk.opencsc.worktray.AwaitingAuthorisation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Submitted assessments wait on the team manager's tray until they are authorised or returned. */
@Component
class AssessmentAuthorisations implements AuthorisationQueue {

    private final AssessmentRepository repository;

    AssessmentAuthorisations(AssessmentRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<AwaitingAuthorisation> awaitingAuthorisation(Collection<UUID> childIds) {
        return repository.submittedOf(childIds).stream()
                .map(a -> new AwaitingAuthorisation(a.personId(), "Child and family assessment", a.submittedOn(), a.worker(),
                        "/children/" + a.personId() + "/assessments/" + a.id() + "/authorise"))
                .toList();
    }
}

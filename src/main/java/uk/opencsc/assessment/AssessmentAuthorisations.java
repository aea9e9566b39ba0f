package uk.opencsc.assessment;

import org.springframework.stereotype.Component;
import uk.opencsc.worktray.AuthorisationQueue;
import uk.opencsc.worktray.AwaitingAuthorisation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        // what waits is a few dozen authority-wide: fewer to read than the team's children would be to send
        Set<UUID> children = childIds instanceof Set<UUID> set ? set : new HashSet<>(childIds);
        return repository.submitted().stream().filter(a -> children.contains(a.personId()))
                .map(a -> new AwaitingAuthorisation(a.personId(), "Child and family assessment", a.submittedOn(), a.worker(),
                        "/children/" + a.personId() + "/assessments/" + a.id() + "/authorise"))
                .toList();
    }
}

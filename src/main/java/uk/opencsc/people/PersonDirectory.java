package uk.opencsc.people;

import org.springframework.stereotype.Service;
import uk.opencsc.access.RecordFacts;

import java.util.Optional;
import java.util.UUID;

/**
 * For other modules that hang their own records on a child (case notes, contacts…): who the child is
 * and what access decisions need. It checks nothing and audits nothing: the caller applies
 * {@code RecordAccess} to {@link ChildSummary#facts()} and publishes its own {@code RecordViewed}.
 */
@Service
public class PersonDirectory {

    private final PersonRepository repository;

    PersonDirectory(PersonRepository repository) {
        this.repository = repository;
    }

    /** A child as a page about them heads itself: name, local ID and the facts access decisions need. */
    public record ChildSummary(UUID id, String localId, String displayName, RecordFacts facts) {
    }

    public Optional<ChildSummary> find(UUID personId) {
        return repository.find(personId).map(p -> new ChildSummary(p.id(), p.localId(), p.details().displayName(), p.facts()));
    }
}

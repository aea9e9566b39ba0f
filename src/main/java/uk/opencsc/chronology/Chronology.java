package uk.opencsc.chronology;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.platform.web.NotPermittedException;

import java.util.List;

/** Reading a child's chronology: checked by the caller's {@link CaseNotes#readable}, audited here once per view. */
@Service
class Chronology {

    private final ChronologyRepository entries;
    private final ApplicationEventPublisher events;

    Chronology(ChronologyRepository entries, ApplicationEventPublisher events) {
        this.entries = entries;
        this.events = events;
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    List<ChronologyRepository.Entry> of(PersonSummary readableChild, ChronologyKind kind) {
        events.publishEvent(new RecordViewed(readableChild.id(), "chronology"));
        return entries.ofChild(readableChild.id(), kind);
    }
}

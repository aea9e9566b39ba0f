package uk.opencsc.adoption;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The one fact of a child's restricted adoption record that the child's own record needs: the day the court made the
 * adoption order, which ends the child's period of care (SSDA903 reason E11 or E12). It gives nothing else (not the
 * adopters, the court or the other milestones) and does not check access or audit: it is for the care module's
 * consistency check, whose user learns only that the order exists and its date, as the child's worker would.
 */
@Service
public class AdoptionOrders {

    private final AdoptionRepository repository;

    AdoptionOrders(AdoptionRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> adoptionOrderDate(UUID personId) {
        return repository.recordOf(personId).map(r -> r.milestones().adoptionOrderDate());
    }
}

package uk.opencsc.worktray;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.access.AccessAdministration.TeamSummary;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.Role;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.platform.web.NotPermittedException;
import uk.opencsc.workforce.ChildrenWaiting;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code /tray}: a social worker's or personal adviser's own work; a team manager's team work with what waits for
 * their authorisation; a head of service's, for one team of their service at a time. Other roles hold no work.
 */
@Controller
class WorkTrayController {

    private final WorkTrays trays;
    private final RecordAccess access;
    private final AccessAdministration administration;
    private final ChildrenWaiting waiting;

    WorkTrayController(WorkTrays trays, RecordAccess access, AccessAdministration administration, ChildrenWaiting waiting) {
        this.trays = trays;
        this.access = access;
        this.administration = administration;
        this.waiting = waiting;
    }

    @GetMapping("/tray")
    String tray(@RequestParam(required = false) UUID team, @RequestParam(required = false) String worker,
                @RequestParam(defaultValue = "1") int page, Model model) {
        SignedInUser user = access.currentUser().orElseThrow(() -> new NotPermittedException("Sign in to see your work"));
        Tray tray = switch (user.role()) {
            case SOCIAL_WORKER, PERSONAL_ADVISER -> trays.forWorker(user.id(), "Your work");
            case TEAM_MANAGER -> {
                if (user.teamId() == null) {
                    throw new NotPermittedException("You are not in a team, so you have no team work tray");
                }
                yield teamTray(user.teamId());
            }
            case HEAD_OF_SERVICE -> {
                List<TeamSummary> teams = administration.teams().stream()
                        .filter(t -> Objects.equals(t.service(), user.service())).toList();
                if (teams.isEmpty()) {
                    throw new NotPermittedException("Your service has no teams, so there is no work tray to show");
                }
                TeamSummary chosen = teams.stream().filter(t -> t.id().equals(team)).findFirst().orElse(teams.getFirst());
                model.addAttribute("teams", teams);
                model.addAttribute("chosenTeam", chosen.id());
                // a head of service leads every team of the service: the wait across all of them starts their day
                model.addAttribute("serviceWaiting", waiting.forCurrentUser());
                yield teamTray(chosen.id());
            }
            default -> throw new NotPermittedException("Your role holds no work, so it has no work tray");
        };
        model.addAttribute("tray", tray);
        model.addAttribute("view", TrayPage.of(tray, worker, page));
        model.addAttribute("teamTray", user.role() == Role.TEAM_MANAGER || user.role() == Role.HEAD_OF_SERVICE);
        return "worktray/tray";
    }

    private Tray teamTray(UUID teamId) {
        String name = administration.teams().stream().filter(t -> t.id().equals(teamId)).map(TeamSummary::name)
                .findFirst().orElse("Your team");
        return trays.forTeam(teamId, name);
    }
}

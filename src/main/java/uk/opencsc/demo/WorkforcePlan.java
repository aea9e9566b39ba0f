package uk.opencsc.demo;

import uk.opencsc.access.Role;
import uk.opencsc.workforce.TeamKind;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The synthetic authority's services, teams and staff, and the eight memorable demo users.
 * <p>
 * Sizes follow a large city: one team per 1,500 persons on the record (40 at the default scale), each
 * with a team manager and eight to twelve social workers (personal advisers in leaving care), about 400 in all,
 * a head of each service, an independent reviewing officer per two teams, an analyst per seven teams,
 * one inspector and one administrator. Generated staff have no password: in a real authority they sign
 * in through single sign-on, and in the demo one signs in as the demo users, whose password is "demo". A service of
 * children in care with three teams or more has an adoption team, with a ninth demo user, adopt.demo.
 */
record WorkforcePlan(List<Team> teams, List<User> users) {

    static final String FRONT_DOOR = "Front door and assessment";
    static final String CHILDREN_IN_NEED_AND_PROTECTION = "Children in need and protection";
    static final String CHILDREN_IN_CARE = "Children in care and permanence";
    static final String CARE_LEAVERS = "Care leavers";
    static final List<String> SERVICES = List.of(FRONT_DOOR, CHILDREN_IN_NEED_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS);

    /** The children in care and permanence service's adoption team (when the service has three teams or more). */
    static final String ADOPTION_TEAM = "Adoption and permanence team";

    /** The demo users' password. */
    static final String DEMO_PASSWORD = "demo";

    /** How long an inspector's access lasts from the day the demo is loaded. */
    static final int INSPECTOR_ACCESS_DAYS = 30;

    private static final int PERSONS_PER_TEAM = 1_500;
    private static final double[] TEAM_SHARE_BY_SERVICE = {0.20, 0.40, 0.25, 0.15};
    private static final List<String> AREAS = List.of("North", "South", "East", "West", "Central", "Riverside",
            "Moorside", "Harbour", "Hillside", "Valley", "Parkside", "Old Town");

    WorkforcePlan {
        teams = List.copyOf(teams);
        users = List.copyOf(users);
    }

    /** @param kind the work the team does (the workforce module's team kind) */
    record Team(String name, String service, TeamKind kind) {
    }

    /**
     * @param team            the team's name; null for roles that work across teams
     * @param service         the service a head of service leads; null otherwise
     * @param password        "demo" for the demo users, null for staff who would sign in by single sign-on
     * @param accessExpiresOn the last day an inspector may sign in; null for everyone else
     */
    record User(String username, String displayName, Role role, String team, String service, String password,
                LocalDate accessExpiresOn) {
    }

    List<Team> teamsOf(String service) {
        return teams.stream().filter(t -> t.service().equals(service)).toList();
    }

    /** The complex safeguarding team's name; empty when the authority is too small to have one. */
    Optional<String> complexSafeguardingTeam() {
        return teams.stream().filter(t -> t.kind() == TeamKind.COMPLEX_SAFEGUARDING).map(Team::name).findFirst();
    }

    /** The team the demo social worker and team manager work in: the first children in need and protection team. */
    Team demoSocialWorkersTeam() {
        return teamsOf(CHILDREN_IN_NEED_AND_PROTECTION).getFirst();
    }

    static WorkforcePlan of(DemoSpecification spec) {
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0x5EED_7EA3L);
        List<Team> teams = teams(Math.max(SERVICES.size(), Math.round((float) spec.scale() / PERSONS_PER_TEAM)));
        Team demoTeam = teams.stream().filter(t -> t.service().equals(CHILDREN_IN_NEED_AND_PROTECTION)).findFirst().orElseThrow();
        Team demoLeavingCareTeam = teams.stream().filter(t -> t.service().equals(CARE_LEAVERS)).findFirst().orElseThrow();
        Team demoCareTeam = teams.stream().filter(t -> t.service().equals(CHILDREN_IN_CARE)).findFirst().orElseThrow();
        LocalDate inspectorExpires = spec.today().plusDays(INSPECTOR_ACCESS_DAYS);

        List<User> users = new ArrayList<>(List.of(
                demo("sw.demo", "Sam Worker (demo social worker)", Role.SOCIAL_WORKER, demoTeam.name(), null, null),
                demo("pa.demo", "Pat Adviser (demo personal adviser)", Role.PERSONAL_ADVISER, demoLeavingCareTeam.name(), null, null),
                demo("tm.demo", "Toni Manager (demo team manager)", Role.TEAM_MANAGER, demoTeam.name(), null, null),
                demo("hos.demo", "Harper Head (demo head of service)", Role.HEAD_OF_SERVICE, null, CHILDREN_IN_NEED_AND_PROTECTION, null),
                demo("iro.demo", "Indira Reviewer (demo IRO)", Role.INDEPENDENT_REVIEWING_OFFICER, null, null, null),
                demo("analyst.demo", "Alex Analyst (demo performance analyst)", Role.PERFORMANCE_ANALYST, null, null, null),
                demo("inspector.demo", "Ira Inspector (demo Ofsted inspector)", Role.INSPECTOR, null, null, inspectorExpires),
                demo("admin.demo", "Ash Admin (demo administrator)", Role.ADMINISTRATOR, null, null, null),
                // a social worker of the complex safeguarding team (the demo team's when the authority is too small to
                // have one), for the places and groups pages: they see the linked children their team holds
                demo("cs.demo", "Casey Safeguarding (demo complex safeguarding worker)", Role.SOCIAL_WORKER,
                        teams.stream().filter(t -> t.kind() == TeamKind.COMPLEX_SAFEGUARDING).findFirst().orElse(demoTeam).name(),
                        null, null),
                // a second team manager, of a children in care team: the looked after children's tray
                demo("tmcic.demo", "Cameron Carter (demo children in care team manager)", Role.TEAM_MANAGER, demoCareTeam.name(), null, null)));

        // the adoption team's demo social worker: the adoption records are restricted to that team (see docs/adoption.md)
        teams.stream().filter(t -> t.kind() == TeamKind.ADOPTION).findFirst().ifPresent(adoption -> users.add(
                demo("adopt.demo", "Ade Placer (demo adoption social worker)", Role.SOCIAL_WORKER, adoption.name(), null, null)));

        StaffNames names = new StaffNames(random);
        for (Team team : teams) {
            // tm.demo manages the demo team and tmcic.demo the first children in care team, so they get no second manager.
            if (team != demoTeam && team != demoCareTeam) {
                users.add(names.staff(Role.TEAM_MANAGER, team.name(), null, null));
            }
            Role worker = team.service().equals(CARE_LEAVERS) ? Role.PERSONAL_ADVISER : Role.SOCIAL_WORKER;
            int workers = 8 + random.nextInt(5);
            for (int i = 0; i < workers; i++) {
                users.add(names.staff(worker, team.name(), null, null));
            }
        }
        for (String service : SERVICES) {
            if (!service.equals(CHILDREN_IN_NEED_AND_PROTECTION)) {
                users.add(names.staff(Role.HEAD_OF_SERVICE, null, service, null));
            }
        }
        for (int i = 0; i < Math.max(2, Math.round(teams.size() / 2f)); i++) {
            users.add(names.staff(Role.INDEPENDENT_REVIEWING_OFFICER, null, null, null));
        }
        for (int i = 0; i < Math.max(1, Math.round(teams.size() / 7f)); i++) {
            users.add(names.staff(Role.PERFORMANCE_ANALYST, null, null, null));
        }
        users.add(names.staff(Role.INSPECTOR, null, null, inspectorExpires));
        users.add(names.staff(Role.ADMINISTRATOR, null, null, null));
        return new WorkforcePlan(teams, users);
    }

    private static User demo(String username, String name, Role role, String team, String service, LocalDate expires) {
        return new User(username, name, role, team, service, DEMO_PASSWORD, expires);
    }

    /** Splits the teams between the services by share, every service getting at least one. */
    private static List<Team> teams(int count) {
        int[] perService = new int[SERVICES.size()];
        int assigned = 0;
        for (int s = 0; s < perService.length; s++) {
            perService[s] = Math.max(1, (int) Math.floor(count * TEAM_SHARE_BY_SERVICE[s]));
            assigned += perService[s];
        }
        // Any remainder goes to children in need and protection, the largest service.
        perService[1] += Math.max(0, count - assigned);
        List<Team> teams = new ArrayList<>();
        for (int s = 0; s < perService.length; s++) {
            for (int i = 0; i < perService[s]; i++) {
                teams.add(team(SERVICES.get(s), i, perService[s]));
            }
        }
        return teams;
    }

    /**
     * A large city's children in need and protection service has, beside its area teams, a disabled children's
     * team and a complex safeguarding (exploitation) team: the last two of the service when it has six or more.
     */
    private static Team team(String service, int index, int teamsInService) {
        String area = AREAS.get(index % AREAS.size()) + (index < AREAS.size() ? "" : " " + (index / AREAS.size() + 1));
        return switch (service) {
            case FRONT_DOOR -> index == 0 ? new Team("Multi-agency safeguarding hub", service, TeamKind.FRONT_DOOR)
                    : new Team("Assessment team " + area, service, TeamKind.ASSESSMENT);
            case CHILDREN_IN_NEED_AND_PROTECTION -> teamsInService >= 6 && index == teamsInService - 1
                    ? new Team("Complex safeguarding team", service, TeamKind.COMPLEX_SAFEGUARDING)
                    : teamsInService >= 6 && index == teamsInService - 2
                    ? new Team("Disabled children's team", service, TeamKind.DISABLED_CHILDREN)
                    : new Team("Family safeguarding " + area, service, TeamKind.CHILD_IN_NEED_AND_PROTECTION);
            // a large city's children in care and permanence service has an adoption team: its last team when it has three or more
            case CHILDREN_IN_CARE -> teamsInService >= 3 && index == teamsInService - 1
                    ? new Team(ADOPTION_TEAM, service, TeamKind.ADOPTION)
                    : new Team("Children in care " + area, service, TeamKind.CHILDREN_IN_CARE);
            case CARE_LEAVERS -> new Team("Leaving care " + area, service, TeamKind.CARE_LEAVERS);
            default -> throw new IllegalArgumentException("Unknown service " + service);
        };
    }

    /** Staff names drawn from every heritage (the workforce is diverse) with unique "given.family" usernames. */
    private static final class StaffNames {
        private static final Weighted<Heritage> HERITAGES = Weighted.of(
                Heritage.BRITISH, 70, Heritage.IRISH, 3, Heritage.EASTERN_EUROPEAN, 3, Heritage.CARIBBEAN, 6,
                Heritage.AFRICAN, 8, Heritage.INDIAN, 4, Heritage.PAKISTANI_BANGLADESHI, 4, Heritage.CHINESE, 1,
                Heritage.MIDDLE_EASTERN_AND_CENTRAL_ASIAN, 1);
        private final SplittableRandom random;
        private final Set<String> usernames = new HashSet<>();

        StaffNames(SplittableRandom random) {
            this.random = random;
        }

        User staff(Role role, String team, String service, LocalDate expires) {
            Heritage heritage = HERITAGES.pick(random);
            String given = heritage.givenName(random.nextDouble() < 0.8 ? "F" : "M", random);
            String family = heritage.surname(random);
            String base = ascii(given + "." + family);
            String username = base;
            for (int n = 2; !usernames.add(username); n++) {
                username = base + n;
            }
            return new User(username, given + " " + family, role, team, service, null, expires);
        }

        private static String ascii(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z.]", "").toLowerCase(Locale.ROOT);
        }
    }
}

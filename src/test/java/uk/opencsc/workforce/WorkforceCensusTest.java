package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;
import uk.opencsc.access.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workforce census of a hand-counted small authority, year ending 30 September 2024 (1 October 2023 to 30
 * September 2024). Every figure in the expected return is counted by hand below, not by the code under test.
 */
class WorkforceCensusTest {

    static final UUID TEAM = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID OTHER_TEAM = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final WorkforceCensus.CensusYear YEAR = new WorkforceCensus.CensusYear(2024);

    static WorkerEmployment employment(String swe, String fte, Employment how, LocalDate started, LocalDate left, LeavingReason reason) {
        return new WorkerEmployment(UUID.randomUUID(), new RegistrationNumber(swe), null, null, new BigDecimal(fte), how, started, left, reason,
                0, null, null);
    }

    static Absence absence(AbsenceReason reason, LocalDate first, LocalDate last, String days) {
        return new Absence(UUID.randomUUID(), null, reason, first, last, new BigDecimal(days), 0, null, null);
    }

    static WorkforceCensus.WorkerFacts worker(WorkerEmployment e, Role role, CensusDetails d, List<Absence> absences, int cases, UUID team) {
        return new WorkforceCensus.WorkerFacts(e.userId(), role, e, d, absences, cases, team);
    }

    /**
     * Ann: full time, in post, three children on the census date, two sicknesses in the year (3 + 2 days) and one just
     * before it (not counted), on training on 30 September. Ben: part time (0.6), no details recorded, no children.
     * Cat: agency from 1 April 2024 (183 days = 26.1 weeks). Dan: left on 31 March 2024 (resigned) after 4.5 days' sickness.
     * Eve left before the year, Fay starts after it, Gil has no SWE number: none of them is in the return.
     * Team A is funded for 4 FTE; its permanent staff on the census date are Ann 1.0 + Ben 0.6 = 1.6, so 2.40 vacancies.
     * Team B is funded for 1 FTE and has 1.5 permanent (Hal 1.0, Ivy 0.5): no vacancies, and its surplus fills none of A's.
     */
    static List<WorkforceCensus.WorkerFacts> authority() {
        CensusDetails ann = new CensusDetails(null, LocalDate.of(1980, 3, 2), WorkerGender.FEMALE, WorkerEthnicity.WBRI, "University of Northmoor",
                QualificationLevel.POSTGRADUATE, false, true, null, StartOrigin.OTHER_LA_ENGLAND, null, KssStatus.PRACTITIONER, 0, null, null);
        CensusDetails dan = new CensusDetails(null, null, WorkerGender.MALE, null, null, null, null, null, null, null,
                LeaverDestination.OTHER_LA_ENGLAND, null, 0, null, null);
        CensusDetails hal = new CensusDetails(null, null, null, null, null, null, null, null, OrgRole.SENIOR_PRACTITIONER, null, null, null, 0, null, null);
        return List.of(
                worker(employment("SW100001", "1.00", Employment.PERMANENT, LocalDate.of(2015, 6, 1), null, null), Role.SOCIAL_WORKER, ann,
                        List.of(absence(AbsenceReason.SICKNESS, LocalDate.of(2023, 11, 6), LocalDate.of(2023, 11, 8), "3.00"),
                                absence(AbsenceReason.SICKNESS, LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 13), "2.00"),
                                absence(AbsenceReason.SICKNESS, LocalDate.of(2023, 9, 25), LocalDate.of(2023, 9, 29), "5.00"),
                                absence(AbsenceReason.TRAINING, LocalDate.of(2024, 9, 30), LocalDate.of(2024, 9, 30), "1.00")),
                        3, TEAM),
                worker(employment("SW100002", "0.60", Employment.PERMANENT, LocalDate.of(2020, 1, 6), null, null), Role.SOCIAL_WORKER, null,
                        List.of(), 0, TEAM),
                worker(employment("SW100003", "1.00", Employment.AGENCY, LocalDate.of(2024, 4, 1), null, null), Role.SOCIAL_WORKER, null,
                        List.of(absence(AbsenceReason.SICKNESS, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1), "1.00")), 0, TEAM),
                worker(employment("SW100004", "0.80", Employment.PERMANENT, LocalDate.of(2018, 2, 1), LocalDate.of(2024, 3, 31), LeavingReason.RESIGNED),
                        Role.SOCIAL_WORKER, dan, List.of(absence(AbsenceReason.SICKNESS, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 19), "4.50")),
                        0, null),
                worker(employment("SW100005", "1.00", Employment.PERMANENT, LocalDate.of(2010, 1, 1), LocalDate.of(2023, 9, 29), LeavingReason.RETIRED),
                        Role.SOCIAL_WORKER, null, List.of(), 0, null),
                worker(employment("SW100006", "1.00", Employment.PERMANENT, LocalDate.of(2024, 10, 7), null, null), Role.SOCIAL_WORKER, null,
                        List.of(), 0, TEAM),
                worker(new WorkerEmployment(UUID.randomUUID(), null, null, null, BigDecimal.ONE, Employment.PERMANENT, LocalDate.of(2020, 1, 1),
                        null, null, 0, null, null), Role.SOCIAL_WORKER, null, List.of(), 4, TEAM),
                worker(employment("SW100008", "1.00", Employment.PERMANENT, LocalDate.of(2012, 9, 3), null, null), Role.TEAM_MANAGER, hal,
                        List.of(), 0, OTHER_TEAM),
                worker(employment("SW100009", "0.50", Employment.PERMANENT, LocalDate.of(2016, 9, 5), null, null), Role.TEAM_MANAGER, null,
                        List.of(), 0, OTHER_TEAM));
    }

    static final String EXPECTED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Message>
              <Header>
                <CollectionDetails>
                  <Collection>CSWW</Collection>
                  <Year>2024</Year>
                  <ReferenceDate>2024-09-30</ReferenceDate>
                </CollectionDetails>
                <Source>
                  <SourceLevel>L</SourceLevel>
                  <LEA>999</LEA>
                  <SoftwareCode>OpenCSC</SoftwareCode>
                  <DateTime>2024-11-04T09:30:00Z</DateTime>
                </Source>
              </Header>
              <LALevelVacancies>
                <NumberOfVacancies>2.40</NumberOfVacancies>
                <NoAgencyFTE>1.00</NoAgencyFTE>
                <NoAgencyHeadcount>1</NoAgencyHeadcount>
              </LALevelVacancies>
              <CSWWWorker>
                <AgencyWorker>0</AgencyWorker>
                <SWENo>SW0000100001</SWENo>
                <FTE>1.000000</FTE>
                <PersonBirthDate>1980-03-02</PersonBirthDate>
                <GenderCurrent>2</GenderCurrent>
                <Ethnicity>WBRI</Ethnicity>
                <QualInst>University of Northmoor</QualInst>
                <QualLevel>2</QualLevel>
                <StepUpGrad>0</StepUpGrad>
                <OrgRole>5</OrgRole>
                <RoleStartDate>2015-06-01</RoleStartDate>
                <StartOrigin>2</StartOrigin>
                <FTE30>1.000000</FTE30>
                <Cases30>3</Cases30>
                <WorkingDaysLost>5.00</WorkingDaysLost>
                <FrontlineGrad>1</FrontlineGrad>
                <Absat30Sept>1</Absat30Sept>
                <ReasonAbsence>TRN</ReasonAbsence>
                <CFKSSstatus>2</CFKSSstatus>
              </CSWWWorker>
              <CSWWWorker>
                <AgencyWorker>0</AgencyWorker>
                <SWENo>SW0000100002</SWENo>
                <FTE>0.600000</FTE>
                <OrgRole>6</OrgRole>
                <RoleStartDate>2020-01-06</RoleStartDate>
                <FTE30>0.600000</FTE30>
                <Cases30>0</Cases30>
                <WorkingDaysLost>0.00</WorkingDaysLost>
                <Absat30Sept>0</Absat30Sept>
              </CSWWWorker>
              <CSWWWorker>
                <AgencyWorker>1</AgencyWorker>
                <SWENo>SW0000100003</SWENo>
                <FTE>1.000000</FTE>
                <OrgRole>6</OrgRole>
                <RoleStartDate>2024-04-01</RoleStartDate>
                <FTE30>1.000000</FTE30>
                <Cases30>0</Cases30>
                <ContractWeeks>26.1</ContractWeeks>
                <Absat30Sept>0</Absat30Sept>
              </CSWWWorker>
              <CSWWWorker>
                <AgencyWorker>0</AgencyWorker>
                <SWENo>SW0000100004</SWENo>
                <FTE>0.800000</FTE>
                <GenderCurrent>1</GenderCurrent>
                <OrgRole>5</OrgRole>
                <RoleStartDate>2018-02-01</RoleStartDate>
                <RoleEndDate>2024-03-31</RoleEndDate>
                <LeaverDestination>1</LeaverDestination>
                <ReasonLeave>1</ReasonLeave>
                <WorkingDaysLost>4.50</WorkingDaysLost>
              </CSWWWorker>
              <CSWWWorker>
                <AgencyWorker>0</AgencyWorker>
                <SWENo>SW0000100008</SWENo>
                <FTE>1.000000</FTE>
                <OrgRole>4</OrgRole>
                <RoleStartDate>2012-09-03</RoleStartDate>
                <FTE30>1.000000</FTE30>
                <Cases30>0</Cases30>
                <WorkingDaysLost>0.00</WorkingDaysLost>
                <Absat30Sept>0</Absat30Sept>
              </CSWWWorker>
              <CSWWWorker>
                <AgencyWorker>0</AgencyWorker>
                <SWENo>SW0000100009</SWENo>
                <FTE>0.500000</FTE>
                <OrgRole>3</OrgRole>
                <RoleStartDate>2016-09-05</RoleStartDate>
                <FTE30>0.500000</FTE30>
                <Cases30>0</Cases30>
                <WorkingDaysLost>0.00</WorkingDaysLost>
                <Absat30Sept>0</Absat30Sept>
              </CSWWWorker>
            </Message>
            """;

    static WorkforceCensus.Return theReturn() {
        return WorkforceCensus.build(YEAR, "999", Instant.parse("2024-11-04T09:30:00.123Z"), authority(),
                Map.of(TEAM, new BigDecimal("4.00"), OTHER_TEAM, new BigDecimal("1.00")));
    }

    @Test
    void the_return_of_a_hand_counted_authority_holds_exactly_the_figures_counted_by_hand() {
        assertThat(CensusXml.write(theReturn())).isEqualTo(EXPECTED);
    }

    @Test
    void the_summary_counts_the_same_authority_as_counted_by_hand() {
        // headcount: Ann, Ben, Hal, Ivy (Cat is agency; Dan left); FTE 1 + 0.6 + 1 + 0.5; starters: Cat (1 April 2024);
        // leavers: Dan; sickness: Ann 5 + Dan 4.5 (Cat's is the agency's); cases: Ann's 3; workers: 6 records
        assertThat(WorkforceCensus.summary(theReturn())).isEqualTo(new WorkforceCensus.Summary(4, new BigDecimal("3.10"), 1,
                new BigDecimal("1.00"), 1, 1, new BigDecimal("2.40"), new BigDecimal("9.50"), 3, 6));
    }

    @Test
    void a_registration_number_is_padded_to_the_census_ten_digits() {
        assertThat(WorkforceCensus.sweNo(new RegistrationNumber("SW12345"))).isEqualTo("SW0000012345");
        assertThat(WorkforceCensus.sweNo(new RegistrationNumber("SW1234567890"))).isEqualTo("SW1234567890");
    }

    @Test
    void a_worker_leaving_on_the_census_date_is_a_leaver_and_in_post_that_day() {
        var e = employment("SW100010", "1.00", Employment.PERMANENT, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 9, 30), LeavingReason.RESIGNED);
        var items = WorkforceCensus.items(worker(e, Role.SOCIAL_WORKER, null, List.of(), 2, TEAM), YEAR);
        assertThat(items.roleEndDate()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(items.casesOnCensusDate()).isEqualTo(2);
    }

    @Test
    void a_redundancy_is_reported_as_reason_not_known_because_opencsc_does_not_hold_whether_it_was_voluntary() {
        assertThat(WorkforceCensus.reasonLeave(LeavingReason.REDUNDANCY)).isEqualTo("9");
        assertThat(WorkforceCensus.reasonLeave(LeavingReason.RETIRED)).isEqualTo("5");
        assertThat(WorkforceCensus.reasonLeave(LeavingReason.DISMISSED)).isEqualTo("4");
    }
}

package uk.opencsc.workforce;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The workforce census return as the DfE's CSWW XML: a header, the LA-level vacancies, then one CSWWWorker per
 * worker, each item in the census's order and an unknown item left out.
 */
final class CensusXml {

    static final String SOFTWARE_CODE = "OpenCSC";

    private CensusXml() {
    }

    static String write(WorkforceCensus.Return r) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n");
        x.append("  <Header>\n    <CollectionDetails>\n");
        element(x, 6, "Collection", "CSWW");
        element(x, 6, "Year", r.year().year());
        element(x, 6, "ReferenceDate", r.year().censusDate());
        x.append("    </CollectionDetails>\n    <Source>\n");
        element(x, 6, "SourceLevel", "L");
        element(x, 6, "LEA", r.laCode());
        element(x, 6, "SoftwareCode", SOFTWARE_CODE);
        element(x, 6, "DateTime", DateTimeFormatter.ISO_INSTANT.format(r.generatedAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        x.append("    </Source>\n  </Header>\n  <LALevelVacancies>\n");
        element(x, 4, "NumberOfVacancies", r.vacancies().numberOfVacancies());
        element(x, 4, "NoAgencyFTE", r.vacancies().agencyFte());
        element(x, 4, "NoAgencyHeadcount", r.vacancies().agencyHeadcount());
        x.append("  </LALevelVacancies>\n");
        for (WorkforceCensus.WorkerItems w : r.workers()) {
            x.append("  <CSWWWorker>\n");
            element(x, 4, "AgencyWorker", w.agencyWorker() ? "1" : "0");
            element(x, 4, "SWENo", w.sweNo());
            element(x, 4, "FTE", w.fte());
            element(x, 4, "PersonBirthDate", w.bornOn());
            element(x, 4, "GenderCurrent", w.gender() == null ? null : w.gender().censusCode());
            element(x, 4, "Ethnicity", w.ethnicity() == null ? null : w.ethnicity().censusCode());
            element(x, 4, "QualInst", w.qualificationInstitution());
            element(x, 4, "QualLevel", w.qualificationLevel() == null ? null : w.qualificationLevel().censusCode());
            element(x, 4, "StepUpGrad", yesNo(w.stepUpGraduate()));
            element(x, 4, "OrgRole", w.orgRole() == null ? null : w.orgRole().censusCode());
            element(x, 4, "RoleStartDate", w.roleStartDate());
            element(x, 4, "StartOrigin", w.startOrigin() == null ? null : w.startOrigin().censusCode());
            element(x, 4, "RoleEndDate", w.roleEndDate());
            element(x, 4, "LeaverDestination", w.leaverDestination() == null ? null : w.leaverDestination().censusCode());
            element(x, 4, "ReasonLeave", w.reasonLeave());
            element(x, 4, "FTE30", w.fteOnCensusDate());
            element(x, 4, "Cases30", w.casesOnCensusDate());
            element(x, 4, "WorkingDaysLost", w.workingDaysLost());
            element(x, 4, "ContractWeeks", w.contractWeeks());
            element(x, 4, "FrontlineGrad", yesNo(w.frontlineGraduate()));
            element(x, 4, "Absat30Sept", yesNo(w.absentOnCensusDate()));
            element(x, 4, "ReasonAbsence", w.absenceReason() == null ? null : w.absenceReason().censusCode());
            element(x, 4, "CFKSSstatus", w.kssStatus() == null ? null : w.kssStatus().censusCode());
            x.append("  </CSWWWorker>\n");
        }
        return x.append("</Message>\n").toString();
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }

    private static void element(StringBuilder x, int indent, String name, Object value) {
        if (value == null) return;
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        x.append(" ".repeat(indent)).append('<').append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

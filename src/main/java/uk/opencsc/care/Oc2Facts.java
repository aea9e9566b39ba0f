package uk.opencsc.care;

/**
 * One child's facts for the SSDA903 OC2 table in a collection year, as recorded: each null when the record holds
 * nothing to report (the 903 field left blank).
 *
 * @param lookedAfterTwelveMonths whether the child is in the OC2 cohort: looked after continuously (not short breaks)
 *                                from the year's first day, 1 April, to 31 March
 * @param sdqScore                the latest SDQ of the year's score (SDQ_SCORE)
 * @param sdqReason               or why it was not done (SDQ_REASON)
 * @param convicted               convicted or cautioned in the year (CONVICTED); null for a child under 10 at 31 March
 *                                (903 rule 542)
 * @param healthCheck             HEALTH_CHECK (development checks of children under 5): not recorded yet, always null
 * @param immunisations           the year's latest immunisation check found them up to date (IMMUNISATIONS)
 * @param teethCheck              a dental check in the year (TEETH_CHECK)
 * @param healthAssessment        a health assessment in the year (HEALTH_ASSESSMENT)
 * @param substanceMisuse         a substance misuse problem identified in the year (SUBSTANCE_MISUSE)
 * @param interventionReceived    for the year's latest problem; null without one (INTERVENTION_RECEIVED)
 * @param interventionOffered     null without a problem or when an intervention was received (INTERVENTION_OFFERED)
 */
public record Oc2Facts(boolean lookedAfterTwelveMonths, Integer sdqScore, SdqReason sdqReason, Boolean convicted,
                       Boolean healthCheck, Boolean immunisations, boolean teethCheck, boolean healthAssessment,
                       boolean substanceMisuse, Boolean interventionReceived, Boolean interventionOffered) {
}

package uk.opencsc.careleavers;

import uk.opencsc.platform.web.DateInput;

/** The care leaver forms as typed: what the pages bind to, never the stored rows. */
final class CareLeaverForms {

    private CareLeaverForms() {
    }

    /** @param version the record's version when the form was opened; null when the young person had none */
    record CategoryForm(String category, DateInput categoryFrom, Integer version) {

        CategoryForm withVersion(Integer newVersion) {
            return new CategoryForm(category, categoryFrom, newVersion);
        }
    }

    /** @param version the record's version when the form was opened */
    record PathwayPlanForm(DateInput agreedOn, Integer version) {

        PathwayPlanForm withVersion(int newVersion) {
            return new PathwayPlanForm(agreedOn, newVersion);
        }
    }

    record ReviewForm(DateInput reviewDate, String attended, String views) {
    }

    /** {@code inTouch} and {@code method} are codes of {@link InTouch} and {@link ContactMethod}. */
    record ContactForm(DateInput contactDate, String inTouch, String method, String notes) {
    }

    /** {@code suitable} is "yes" or "no". */
    record AccommodationForm(DateInput fromDate, String accommodation, String suitable) {
    }

    record ActivityForm(DateInput fromDate, String activity) {
    }

    /** Every date may be left blank; @param version the record's version when the form was opened */
    record SupportForm(DateInput stayingPutFrom, DateInput stayingPutTo, DateInput extendedRequestedOn, DateInput supportEndedOn,
                       Integer version) {

        SupportForm withVersion(int newVersion) {
            return new SupportForm(stayingPutFrom, stayingPutTo, extendedRequestedOn, supportEndedOn, newVersion);
        }
    }
}

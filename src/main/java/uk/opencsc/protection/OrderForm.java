package uk.opencsc.protection;

import uk.opencsc.platform.web.DateInput;

/** An emergency protection order or police protection, as typed; the end date is optional. */
record OrderForm(String kind, DateInput startDate, DateInput endDate) {
}

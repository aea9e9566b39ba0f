package uk.opencsc.adoption;

import uk.opencsc.platform.web.DateInput;

/** A special guardianship or child arrangements order, as typed. */
record PermanenceOrderForm(String kind, DateInput orderDate, String madeTo) {
}

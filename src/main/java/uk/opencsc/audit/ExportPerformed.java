package uk.opencsc.audit;

import java.util.Map;

/**
 * Data left OpenCSC as a file: an export, a return, a download or a printed record.
 *
 * @param what       e.g. "cin-census", "annex-a", "audit-log"
 * @param parameters what was asked for (period, list...)
 * @param rows       how many rows or records the file holds
 */
public record ExportPerformed(String what, Map<String, String> parameters, long rows) {
    public ExportPerformed {
        parameters = Map.copyOf(parameters);
    }
}

package uk.opencsc.returns.annexa;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The lists as an xlsx workbook in Ofsted's layout: one sheet per list named as Ofsted's ("List 1"), its headers in
 * the first row (bold, frozen, with a filter), then one row per item. Dates are real dates shown dd/mm/yyyy, counts
 * and ages are numbers, so the workbook sorts and filters in Excel or LibreOffice as Ofsted's template does.
 * Written as a stream (fastexcel), so the largest authority's lists need not sit in memory as a spreadsheet.
 */
final class AnnexAWorkbook {

    private AnnexAWorkbook() {
    }

    /** Writes the lists given, in list order, and leaves {@code out} open. */
    static void write(Map<AnnexAList, List<AnnexARow>> lists, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "OpenCSC", "1.0");
        for (Map.Entry<AnnexAList, List<AnnexARow>> entry : lists.entrySet()) {
            AnnexAList list = entry.getKey();
            Worksheet sheet = workbook.newWorksheet(list.sheetName());
            List<String> headers = list.headers();
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.width(c, Math.min(60, Math.max(12, headers.get(c).length() * 0.9)));
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().wrapText(true).set();
            sheet.freezePane(0, 1);
            int r = 1;
            for (AnnexARow row : entry.getValue()) {
                for (int c = 0; c < row.cells().size(); c++) {
                    Object v = row.cells().get(c);
                    if (v instanceof LocalDate d) {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("dd/mm/yyyy").set();
                    } else if (v instanceof Integer n) {
                        sheet.value(r, c, n);
                    } else if (v != null) {
                        sheet.value(r, c, v.toString());
                    }
                }
                r++;
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            sheet.setAutoFilter(0, 0, Math.max(0, r - 1), headers.size() - 1);
            sheet.finish();
        }
        workbook.finish();
    }
}

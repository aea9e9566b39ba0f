package uk.opencsc.platform.database;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Rows for one table, written with PostgreSQL's COPY (CSV) by a bulk load: far faster than an insert a row. Values
 * are written with {@code toString()}; null is COPY's NULL (an unquoted empty field), every other value is quoted.
 */
public final class CopyRows {

    private final String tableAndColumns;
    private final StringBuilder rows = new StringBuilder();

    /** @param tableAndColumns e.g. {@code "child_in_need_review (id, plan_id, review_date)"} */
    public CopyRows(String tableAndColumns) {
        this.tableAndColumns = tableAndColumns;
    }

    public void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) rows.append(',');
            Object v = values[i];
            if (v != null) {
                rows.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        rows.append('\n');
    }

    /**
     * Copies each table's rows, in order, on the connection of the current transaction (so a failure later in it
     * undoes them).
     *
     * @param what names the load in an error, e.g. "child in need"
     * @throws IllegalStateException when the database refuses a row, with PostgreSQL's message
     */
    public static void copyAll(DataSource dataSource, String what, CopyRows... tables) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (CopyRows table : tables) {
                if (!table.rows.isEmpty()) {
                    copy.copyIn("copy " + table.tableAndColumns + " from stdin with (format csv)", new StringReader(table.rows.toString()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the " + what + " load: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Could not stream the " + what + " load to the database: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}

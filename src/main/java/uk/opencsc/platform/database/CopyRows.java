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
 * Rows for one table, streamed to PostgreSQL with COPY (CSV) by {@link #copyAll}: the bulk loads' way to write tens
 * of thousands of rows in seconds, inside the caller's transaction.
 */
public final class CopyRows {

    private final String tableAndColumns;
    private final StringBuilder rows = new StringBuilder();
    private int count;

    /** @param tableAndColumns "table (column, column, ...)" in the order {@link #add} gives the values */
    public CopyRows(String tableAndColumns) {
        this.tableAndColumns = tableAndColumns;
    }

    /** One row: null is an unquoted empty field (COPY's NULL), every other value is quoted. */
    public void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) rows.append(',');
            Object v = values[i];
            if (v != null) {
                rows.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        rows.append('\n');
        count++;
    }

    public int count() {
        return count;
    }

    /**
     * Copies every table's rows, in the order given, on the connection of the current transaction.
     *
     * @param what names the load in the message of a refusal: "the assessment load"
     * @throws IllegalStateException when the database refuses a row, with PostgreSQL's message
     */
    public static void copyAll(DataSource dataSource, String what, CopyRows... tables) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (CopyRows table : tables) {
                if (table.count > 0) {
                    copy.copyIn("copy " + table.tableAndColumns + " from stdin with (format csv)", new StringReader(table.rows.toString()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused " + what + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Could not stream " + what + " to the database: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}

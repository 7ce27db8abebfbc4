package cn.cppcc.liaison.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Compares a table of kept figures with its live view ({@code <table>_live}) for one committee. */
public final class KeptRows {

    private KeptRows() {
    }

    /**
     * The rows, other than those {@code nonZero} leaves out (all-zero ones, which a subtraction can leave), that only
     * the kept table or only its live view has: empty when the two agree.
     */
    public static List<String> differences(Connection connection, String table, String nonZero, long committee)
            throws SQLException {
        String kept = "select * from " + table + " where committee_id = ? and " + nonZero;
        String live = "select * from " + table + "_live where committee_id = ? and " + nonZero;
        try (PreparedStatement statement = connection.prepareStatement("select 'kept ' || d::text from ((" + kept
                + ") except (" + live + ")) d union all select 'live ' || d::text from ((" + live + ") except ("
                + kept + ")) d order by 1")) {
            for (int i = 1; i <= 4; i++) {
                statement.setLong(i, committee);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(table + ": " + rs.getString(1));
                }
            }
            return rows;
        }
    }
}

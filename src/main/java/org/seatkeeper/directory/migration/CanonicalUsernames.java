package org.seatkeeper.directory.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import org.seatkeeper.directory.Username;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liquibase change 013: puts every stored username into its canonical form (rule 13, {@link Username})
 * before the column starts comparing exactly. It never merges and never drops anyone: a name that
 * breaks the rule, or two current users whose names become one, are left exactly as they are and
 * reported (logged as warnings and in the change's confirmation message), for an administrator to
 * rename. Such an account cannot sign in until renamed, because sign-in looks up the canonical form.
 */
public class CanonicalUsernames implements CustomTaskChange {

    private static final Logger log = LoggerFactory.getLogger(CanonicalUsernames.class);

    private final List<String> report = new ArrayList<>();
    private int changed;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            List<Row> rows = rows(connection);
            Map<String, List<Row>> liveByCanonical = new LinkedHashMap<>();
            for (Row row : rows) {
                if (row.canonical().isEmpty()) {
                    report.add("user #" + row.id() + " '" + Username.printable(row.username())
                            + "' breaks the username rule and was left as it is");
                } else if (row.live()) {
                    liveByCanonical
                            .computeIfAbsent(row.canonical().get(), key -> new ArrayList<>())
                            .add(row);
                }
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE app_user SET username = ? WHERE id = ?")) {
                for (Row row : rows) {
                    if (row.canonical().isEmpty() || row.canonical().get().equals(row.username())) {
                        continue;
                    }
                    List<Row> sameName =
                            row.live() ? liveByCanonical.get(row.canonical().get()) : List.of(row);
                    if (sameName.size() > 1) {
                        continue;
                    }
                    update.setString(1, row.canonical().get());
                    update.setLong(2, row.id());
                    update.executeUpdate();
                    changed++;
                }
            }
            liveByCanonical.forEach((canonical, same) -> {
                if (same.size() > 1) {
                    report.add("users "
                            + same.stream()
                                    .map(r -> "#" + r.id() + " '" + r.username() + "'")
                                    .toList() + " would all become '" + canonical + "' and were left as they are");
                }
            });
        } catch (SQLException failure) {
            throw new CustomChangeException("Could not put the usernames in their canonical form", failure);
        }
        report.forEach(problem -> log.warn("Username to rename by hand: {}", problem));
    }

    private static List<Row> rows(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, username, deleted_at IS NULL AS live FROM app_user WHERE username IS NOT NULL ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String username = rs.getString("username");
                rows.add(new Row(
                        rs.getLong("id"),
                        username,
                        rs.getBoolean("live"),
                        Username.parse(username).map(Username::value)));
            }
        }
        return rows;
    }

    @Override
    public String getConfirmationMessage() {
        return changed + " usernames put in canonical form"
                + (report.isEmpty() ? "" : "; to rename by hand: " + String.join("; ", report));
    }

    @Override
    public void setUp() {}

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {}

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }

    private record Row(long id, String username, boolean live, Optional<String> canonical) {}
}

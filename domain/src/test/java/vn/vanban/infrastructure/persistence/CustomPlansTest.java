package vn.vanban.infrastructure.persistence;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.domain.service.search.SearchQuery;
import vn.vanban.domain.service.search.SearchScope;
import vn.vanban.infrastructure.database.ScratchPostgreSql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan PostgreSQL uses for the search statement once it has run often on a connection: the one for the words
 * given, not the one it made for any word, which joins every entry of two common words and sorts them.
 */
class CustomPlansTest {

    /** More than PostgreSQL's five executions before it considers one plan for any value. */
    private static final int EXECUTIONS = 8;

    @Test
    void postgreSqlPlansEveryExecutionOfTheSearchForItsWords() throws Exception {
        ScratchPostgreSql.run("customplans", url -> {
            try (Connection connection = DriverManager.getConnection(url, ScratchPostgreSql.USER, ScratchPostgreSql.PASSWORD)) {
                fillWithCommonAndRareWords(connection);
                connection.setAutoCommit(false);
                CustomPlans.forThisTransaction(connection);

                String plan = lastPlanOfRepeatedSearch(connection, "Ban Tổ chức Thành ủy");

                assertThat(plan).as(plan).contains("Limit").contains("Index Scan using ix_search_word_recent")
                        .doesNotContain("Hash Join").doesNotContain("Sort");
                connection.commit();
                try (var rows = connection.createStatement().executeQuery("SHOW plan_cache_mode")) {
                    rows.next();
                    assertThat(rows.getString(1)).as("only for that transaction").isEqualTo("auto");
                }
            }
        });
    }

    /**
     * 60,000 items, most with the five words of a committee's name (as every document sent by one is), and 60,000
     * words of one item each: the mix of a real index, whose average word is rare.
     */
    private static void fillWithCommonAndRareWords(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String[][] words = {{"ban", "9"}, {"to", "8"}, {"chuc", "7"}, {"thanh", "17"}, {"uy", "17"}};
            for (String[] word : words) {
                statement.execute("INSERT INTO search_word (kind, term, item_id, item_date, exact, reach)"
                        + " SELECT 'I', '" + word[0] + "', i, TIMESTAMP '2016-01-01' + i * INTERVAL '1 hour', '"
                        + word[0] + "', 1 FROM generate_series(1, 60000) i WHERE i % 20 < " + word[1]);
            }
            statement.execute("INSERT INTO search_word (kind, term, item_id, item_date, exact, reach)"
                    + " SELECT 'I', 'w' || i, i, TIMESTAMP '2016-01-01' + i * INTERVAL '1 hour', 'w', 1"
                    + " FROM generate_series(1, 60000) i");
            statement.execute("ANALYZE search_word");
        }
    }

    /** Runs the search's statement as a prepared statement {@link #EXECUTIONS} times and gives the last plan. */
    private static String lastPlanOfRepeatedSearch(Connection connection, String query) {
        List<String> plans = new ArrayList<>();
        new WordIndexSearch((sql, parameters) -> sql.startsWith("SELECT COUNT(*)")
                ? count(connection, sql, parameters) : explainRepeated(connection, sql, parameters, plans))
                .find(SearchHit.Kind.INCOMING, SearchQuery.parse(query), new SearchScope(true, Set.of()), 20);
        return plans.get(plans.size() - 1);
    }

    private static List<Object[]> count(Connection connection, String sql, List<Object> parameters) {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return List.<Object[]>of(new Object[]{rows.getLong(1)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object[]> explainRepeated(Connection connection, String sql, List<Object> parameters,
                                                  List<String> plans) {
        StringBuilder numbered = new StringBuilder();
        int next = 1;
        for (char c : sql.toCharArray()) {
            numbered.append(c == '?' ? "$" + next++ : String.valueOf(c));
        }
        String values = parameters.stream().map(value -> value instanceof String text ? "'" + text + "'" : value.toString())
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("PREPARE search AS " + numbered);
            for (int i = 0; i < EXECUTIONS; i++) {
                StringBuilder plan = new StringBuilder();
                try (var rows = statement.executeQuery("EXPLAIN EXECUTE search(" + values + ")")) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                plans.add(plan.toString());
            }
            statement.execute("DEALLOCATE search");
            return List.of();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.vanban.infrastructure.persistence;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.domain.service.search.SearchQuery;
import vn.vanban.domain.service.search.SearchScope;
import vn.vanban.infrastructure.database.SchemaMigrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan H2 makes for the search statement: the word's entries must come newest first straight from the index
 * ("index sorted"), so that a search stops at its first page of hits instead of sorting every entry of a common word.
 */
class WordIndexSearchPlanTest {

    @Test
    void h2ReadsAWordsEntriesInTheIndexsOrderForOneWordAndForSeveral() throws SQLException {
        String url = "jdbc:h2:mem:searchplan;DB_CLOSE_DELAY=-1";
        SchemaMigrations.on(url, "sa", "").migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            for (String query : List.of("đường", "phuc dong", "Nghị quyết 09-NQ/TU")) {
                List<String> plans = new ArrayList<>();
                new WordIndexSearch((sql, parameters) -> explain(connection, sql, parameters, plans))
                        .find(SearchHit.Kind.DOCUMENT, SearchQuery.parse(query), new SearchScope(true, Set.of()), 20);

                assertThat(plans).as(query).anySatisfy(plan -> assertThat(plan).contains("FETCH NEXT")
                        .contains("/* index sorted */"));
            }
        }
    }

    /** Runs EXPLAIN of the statement instead of the statement; counts (the drivers' frequencies) run as they are. */
    private static List<Object[]> explain(Connection connection, String sql, List<Object> parameters, List<String> plans) {
        boolean counting = sql.startsWith("SELECT COUNT(*)");
        try (var statement = connection.prepareStatement(counting ? sql : "EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                if (counting) {
                    return List.<Object[]>of(new Object[]{rows.getLong(1)});
                }
                plans.add(rows.getString(1));
                return List.of();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

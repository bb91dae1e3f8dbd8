package vn.vanban.bench.search;

import vn.vanban.domain.service.search.IndexedWords;
import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.domain.service.search.SearchQuery;
import vn.vanban.domain.service.search.SearchScope;
import vn.vanban.domain.service.search.Words;
import vn.vanban.infrastructure.database.SchemaMigrations;
import vn.vanban.infrastructure.persistence.WordIndexSearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Search at 100,000 documents: loads generated documents (Vietnamese summaries and bodies, numbers, audiences,
 * statuses) and their words into a fresh H2 file database and a fresh PostgreSQL database, then times the SQL that
 * the portal runs for a handful of queries and prints p50/p95 per query. Not a test: it asserts nothing.
 * <p>
 * {@code mvn -q -pl bench -am package -DskipTests -Pbench -Dbench.main=vn.vanban.bench.search.SearchBenchmark}
 * (see docs/benchmarks.md); {@code -Dbench.databases=h2}
 * or {@code postgresql} for one, {@code -Dbench.documents=N} for another size.
 */
public final class SearchBenchmark {

    private static final int RUNS = 200;
    private static final int WARM_UP = 30;
    private static final int PAGE = 20;

    private static final String[] TYPES = {"NQ", "QĐ", "CT", "KL", "TB", "BC", "KH", "CTr", "HD", "CV"};
    private static final String[] SUBJECTS = {
            "Thực hiện Nghị quyết {n}-NQ/TU của Thành ủy về phát triển đảng viên trong doanh nghiệp",
            "Kế hoạch tổ chức hội nghị giao ban quý {q} năm {y}",
            "Kết luận của đồng chí Trưởng Ban chỉ đạo tại hội nghị giao ban quý {q} năm {y}",
            "Báo cáo kết quả xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực Nhà nước năm {y}",
            "Phân công nhiệm vụ thành viên Ban chỉ đạo phụ trách phường {w}",
            "Hướng dẫn nâng cao chất lượng sinh hoạt chi bộ trong doanh nghiệp phường {w}",
            "Chương trình công tác trọng tâm quý {q} năm {y}",
            "Quyết định kiện toàn Ban chỉ đạo xây dựng Đảng năm {y}",
            "Tăng cường công tác dân vận trên địa bàn phường {w}",
            "Chỉ thị về mở rộng đường {s} và bảo đảm trật tự an toàn giao thông",
            "Thông báo lịch tiếp công dân của Thường trực Quận ủy tháng {m} năm {y}"};
    private static final String[] WARDS = {"Phúc Đồng", "Phúc Lợi", "Đức Giang", "Gia Thụy", "Ngọc Lâm", "Bồ Đề",
            "Thượng Thanh", "Việt Hưng", "Long Biên", "Thạch Bàn", "Cự Khối", "Sài Đồng", "Ngọc Thụy", "Giang Biên"};
    private static final String[] STREETS = {"Nguyễn Văn Cừ", "Ngô Gia Tự", "Nguyễn Văn Linh", "Dương Quang",
            "Ngọc Lâm", "Hồng Tiến", "Cổ Linh", "Đoàn Khuê"};
    private static final String[] SENTENCES = {
            "Ban chỉ đạo đã khảo sát %d doanh nghiệp có đảng viên đang làm việc.",
            "Vận động thành lập %d chi bộ và %d công đoàn cơ sở trong doanh nghiệp ngoài khu vực Nhà nước.",
            "Đảng ủy các phường phối hợp rà soát, gặp gỡ chủ doanh nghiệp để tuyên truyền chủ trương của Đảng.",
            "Phấn đấu trong quý thành lập từ %d đến %d tổ chức đảng.",
            "Nâng cao chất lượng sinh hoạt chi bộ, chất lượng công tác phát triển đảng viên mới.",
            "Thực hiện Nghị quyết 15-NQ/TU về xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.",
            "Giao Văn phòng Quận ủy tổng hợp, báo cáo Ban Thường vụ trước ngày %d hằng tháng.",
            "Liên đoàn Lao động quận hướng dẫn thủ tục công nhận công đoàn cơ sở.",
            "Quận đoàn chỉ đạo thành lập chi đoàn thanh niên tại các doanh nghiệp có từ 10 đoàn viên trở lên.",
            "Các đồng chí thành viên Ban chỉ đạo theo dõi địa bàn được phân công, kịp thời đề xuất giải pháp.",
            "Kinh phí thực hiện từ nguồn ngân sách quận năm %d.",
            "Ủy ban nhân dân quận chỉ đạo cải tạo, mở rộng đường giao thông và vỉa hè trên địa bàn."};

    private record Query(String text, SearchScope scope, String who) {
    }

    private static final List<Query> QUERIES = List.of(
            new Query("nghi quyet 09", SearchScope.PUBLIC, "public"),
            new Query("Nghị quyết 09-NQ/TU", SearchScope.PUBLIC, "public"),
            new Query("đường", SearchScope.PUBLIC, "public"),
            new Query("giao ban quy", new SearchScope(false, Set.of(1L)), "member"),
            new Query("dang vien doanh nghiep", new SearchScope(false, Set.of(1L)), "member"),
            new Query("phuc dong", new SearchScope(true, Set.of()), "staff"),
            new Query("Số 1234-KH/BCĐ", new SearchScope(true, Set.of()), "staff"),
            new Query("chi bo", new SearchScope(true, Set.of()), "staff"));

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = Integer.getInteger("bench.documents", 100_000);
        List<String> databases = Arrays.asList(System.getProperty("bench.databases", "h2,postgresql").split(","));
        System.out.printf("Search benchmark: %,d documents, %d runs per query after %d warm-up runs, Java %s, %d cores%n",
                documents, RUNS, WARM_UP, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        if (databases.contains("h2")) {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            run("H2 2.2.224 (file)", "jdbc:h2:" + dir.toAbsolutePath().resolve("search"), "sa", "", documents);
        }
        if (databases.contains("postgresql")) {
            String server = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/");
            try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "postgres")) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS vanban_bench");
                admin.createStatement().execute("CREATE DATABASE vanban_bench");
            }
            String version;
            try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", "postgres");
                 ResultSet rs = c.createStatement().executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1);
            }
            run("PostgreSQL " + version, server + "vanban_bench?reWriteBatchedInserts=true", "postgres", "postgres",
                    documents);
        }
    }

    private static void run(String name, String url, String user, String password, int documents) throws SQLException {
        SchemaMigrations.on(url, user, password).migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            long start = System.nanoTime();
            load(connection, documents);
            long words;
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM search_word")) {
                rs.next();
                words = rs.getLong(1);
            }
            connection.createStatement().execute("ANALYZE");
            System.out.printf("%n== %s: loaded %,d documents and %,d index rows in %d s%n", name, documents, words,
                    (System.nanoTime() - start) / 1_000_000_000);
            System.out.printf("%-28s %-7s %8s %8s %8s %8s%n", "query", "who", "hits", "p50 ms", "p95 ms", "max ms");
            for (Query query : QUERIES) {
                time(connection, query);
            }
        }
    }

    private static void load(Connection connection, int documents) throws SQLException {
        connection.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement issuer = connection.prepareStatement("INSERT INTO issuer (id, name, parent_body, symbol,"
                + " place_name, numbering_rule, term_start, created, last_modified, version) VALUES (1, 'BAN CHỈ ĐẠO',"
                + " 'QUẬN ỦY LONG BIÊN', 'BCĐ', 'Long Biên', 'PARTY_PER_TYPE_PER_TERM', ?, ?, ?, 1)");
             PreparedStatement committee = connection.prepareStatement("INSERT INTO committee (id, name, issuer_id,"
                     + " created, last_modified, version) VALUES (?, ?, 1, ?, ?, 1)")) {
            issuer.setDate(1, Date.valueOf(LocalDate.of(2015, 10, 1)));
            issuer.setTimestamp(2, now);
            issuer.setTimestamp(3, now);
            issuer.executeUpdate();
            for (int id = 1; id <= 3; id++) {
                committee.setLong(1, id);
                committee.setString(2, "Ban chỉ đạo " + id);
                committee.setTimestamp(3, now);
                committee.setTimestamp(4, now);
                committee.executeUpdate();
            }
        }
        Random random = new Random(20260321);
        String insertDocument = "INSERT INTO document (id, issuer_id, type_code, summary, body, status, audience,"
                + " current_version, number_seq, number_series, number_text, issue_date, created_by, created,"
                + " last_modified, version) VALUES (?, 1, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 'vanthu', ?, ?, 1)";
        try (PreparedStatement document = connection.prepareStatement(insertDocument);
             PreparedStatement audience = connection.prepareStatement(
                     "INSERT INTO document_audience_committee (document_id, committee_id) VALUES (?, ?)");
             PreparedStatement word = connection.prepareStatement(
                     "INSERT INTO search_word (kind, term, item_id, item_date, exact, reach) VALUES ('D', ?, ?, ?, ?, ?)");
             PreparedStatement item = connection.prepareStatement(
                     "INSERT INTO search_item (kind, item_id, indexed_version) VALUES ('D', ?, 1)")) {
            for (int id = 1; id <= documents; id++) {
                String type = TYPES[random.nextInt(TYPES.length)];
                LocalDate issued = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
                boolean draft = random.nextInt(10) == 0;
                String number = draft ? null : "Số " + String.format("%02d", id % 3000 + 1) + "-" + type + "/BCĐ";
                String summary = subject(random);
                String body = body(random);
                String audienceKind = switch (random.nextInt(10)) {
                    case 0, 1, 2 -> "PUBLIC";
                    case 3, 4, 5, 6 -> "ALL_MEMBERS";
                    default -> "COMMITTEES";
                };
                document.setLong(1, id);
                document.setString(2, type);
                document.setString(3, summary);
                document.setString(4, body);
                document.setString(5, draft ? "DRAFT" : "PUBLISHED");
                document.setString(6, audienceKind);
                document.setObject(7, draft ? null : id, java.sql.Types.INTEGER);
                document.setString(8, draft ? null : type + "-" + id / 3000);
                document.setString(9, number);
                document.setObject(10, draft ? null : Date.valueOf(issued), java.sql.Types.DATE);
                document.setTimestamp(11, now);
                document.setTimestamp(12, now);
                document.addBatch();
                if (audienceKind.equals("COMMITTEES")) {
                    audience.setLong(1, id);
                    audience.setLong(2, 1 + random.nextInt(3));
                    audience.addBatch();
                }
                String text = String.join("\n", number == null ? "" : number, summary, body);
                Timestamp dated = draft ? now : Timestamp.valueOf(issued.atStartOfDay());
                for (var w : IndexedWords.of(Words.of(text)).entrySet()) {
                    word.setString(1, w.getKey());
                    word.setLong(2, id);
                    word.setTimestamp(3, dated);
                    word.setString(4, w.getValue());
                    word.setInt(5, draft ? SearchScope.STAFF
                            : audienceKind.equals("PUBLIC") ? SearchScope.ANYONE : SearchScope.MEMBERS);
                    word.addBatch();
                }
                item.setLong(1, id);
                item.addBatch();
                if (id % 1000 == 0) {
                    document.executeBatch();
                    audience.executeBatch();
                    word.executeBatch();
                    item.executeBatch();
                    connection.commit();
                }
            }
            document.executeBatch();
            audience.executeBatch();
            word.executeBatch();
            item.executeBatch();
            connection.commit();
        }
        connection.setAutoCommit(true);
    }

    private static String subject(Random random) {
        return SUBJECTS[random.nextInt(SUBJECTS.length)]
                .replace("{n}", String.format("%02d", 1 + random.nextInt(40)))
                .replace("{q}", List.of("I", "II", "III", "IV").get(random.nextInt(4)))
                .replace("{y}", String.valueOf(2016 + random.nextInt(10)))
                .replace("{m}", String.valueOf(1 + random.nextInt(12)))
                .replace("{w}", WARDS[random.nextInt(WARDS.length)])
                .replace("{s}", STREETS[random.nextInt(STREETS.length)]);
    }

    private static String body(Random random) {
        StringBuilder body = new StringBuilder();
        int sentences = 3 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
            Object[] numbers = {1 + random.nextInt(60), 1 + random.nextInt(5), 2 + random.nextInt(3)};
            body.append("<p>").append(String.format(sentence, numbers)).append("</p>");
        }
        body.append("<p>Địa bàn: phường ").append(WARDS[random.nextInt(WARDS.length)]).append(".</p>");
        return body.toString();
    }

    private static void time(Connection connection, Query query) {
        SearchQuery parsed = SearchQuery.parse(query.text());
        WordIndexSearch search = new WordIndexSearch((sql, parameters) -> rows(connection, sql, parameters));
        long hits = 0;
        List<Long> nanos = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            hits = 0;
            for (SearchHit.Kind kind : SearchHit.Kind.values()) {
                hits += search.find(kind, parsed, query.scope(), PAGE).total();
            }
            if (run >= WARM_UP) {
                nanos.add(System.nanoTime() - start);
            }
        }
        nanos.sort(Comparator.naturalOrder());
        System.out.printf("%-28s %-7s %8d %8.1f %8.1f %8.1f%n", query.text(), query.who(), hits,
                nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) (nanos.size() * 0.95)) / 1e6,
                nanos.get(nanos.size() - 1) / 1e6);
    }

    private static List<Object[]> rows(Connection connection, String sql, List<Object> parameters) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.vanban.bench.search;

import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.service.search.IndexedWords;
import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.domain.service.search.SearchScope;
import vn.vanban.domain.service.search.Words;
import vn.vanban.infrastructure.persistence.WordIndexSearch;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Loads generated incoming documents into the database of a portal that is stopped (H2 is an embedded file) or
 * running (PostgreSQL): Vietnamese senders, number-symbols, summaries and dates over ten years, received by the demo
 * issuers, mostly not confidential, part of those of the steering committee routed to its members (the demo member
 * {@code lan.nt} among them) with people assisting, all sharing one stored file; and their words in the search index
 * exactly as {@code SearchIndexer} writes them (number and symbol, sender, type, summary), recorded as indexed at the
 * row's version so that the portal's sweep leaves them alone. Used by {@code bench/incoming-search.sh}; not a test.
 * <p>
 * {@code -Dbench.url=JDBC_URL -Dbench.user=U -Dbench.password=P [-Dbench.incoming=100000]}
 */
public final class IncomingSearchData {

    private static final long FIRST_ID = 1_000_000;
    private static final int BATCH = 1000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 4);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);

    /** A sender, the symbol its numbers end with, and whether it numbers the Party way (09-NQ/TU) or the State way. */
    private record Sender(String name, String symbol, boolean party, int weight, String... types) {
    }

    private static final Sender[] SENDERS = {
            new Sender("Thành ủy Hà Nội", "TU", true, 12, "NQ", "CT", "KL", "TB", "QĐ", "HD", "KH"),
            new Sender("Văn phòng Thành ủy Hà Nội", "VPTU", true, 8, "CV", "TB", "CV"),
            new Sender("Ban Tổ chức Thành ủy Hà Nội", "BTCTU", true, 7, "HD", "CV", "KH", "CV"),
            new Sender("Ban Tuyên giáo Thành ủy Hà Nội", "BTGTU", true, 5, "HD", "KH", "CV"),
            new Sender("Ủy ban Kiểm tra Thành ủy Hà Nội", "UBKTTU", true, 3, "TB", "CV", "KL"),
            new Sender("Ban Dân vận Thành ủy Hà Nội", "BDVTU", true, 3, "HD", "CV", "KH"),
            new Sender("Quận ủy Long Biên", "QU", true, 12, "NQ", "CT", "KH", "TB", "QĐ", "CV", "KL"),
            new Sender("Văn phòng Quận ủy Long Biên", "VPQU", true, 6, "CV", "TB"),
            new Sender("Ủy ban nhân dân quận Long Biên", "UBND", false, 10, "CV", "KH", "QĐ", "BC", "CV"),
            new Sender("Liên đoàn Lao động quận Long Biên", "LĐLĐ", false, 4, "CV", "BC", "KH"),
            new Sender("Quận đoàn Long Biên", "QĐTN", true, 3, "KH", "BC", "CV"),
            new Sender("Đảng ủy Khối doanh nghiệp quận Long Biên", "ĐUK", true, 5, "BC", "CV", "KH"),
            new Sender("Ủy ban Mặt trận Tổ quốc Việt Nam quận Long Biên", "MTTQ-BTT", false, 3, "CV", "KH", "BC"),
            new Sender("Sở Nội vụ thành phố Hà Nội", "SNV", false, 3, "CV", "HD"),
            new Sender("Công an quận Long Biên", "CAQ", false, 2, "CV", "BC"),
            new Sender("Hội Cựu chiến binh quận Long Biên", "CCB", false, 1, "CV", "BC"),
            new Sender("Đảng ủy phường {w}", "ĐU", true, 13, "BC", "CV", "TTr", "BC")};

    private static final String[] WARDS = {"Phúc Đồng", "Phúc Lợi", "Đức Giang", "Gia Thụy", "Ngọc Lâm", "Bồ Đề",
            "Thượng Thanh", "Việt Hưng", "Long Biên", "Thạch Bàn", "Cự Khối", "Sài Đồng", "Ngọc Thụy", "Giang Biên"};
    private static final String[] STREETS = {"Nguyễn Văn Cừ", "Ngô Gia Tự", "Nguyễn Văn Linh", "Dương Quang",
            "Hồng Tiến", "Cổ Linh", "Đoàn Khuê", "Lâm Du"};
    private static final String[] TOPICS = {
            "phát triển đảng viên trong doanh nghiệp ngoài khu vực Nhà nước",
            "nâng cao chất lượng sinh hoạt chi bộ",
            "công tác dân vận trên địa bàn phường {w}",
            "phòng, chống tham nhũng, lãng phí, tiêu cực",
            "chuyển đổi số trong các cơ quan đảng, đoàn thể",
            "cải cách hành chính, nâng cao chỉ số hài lòng của người dân",
            "bảo đảm trật tự an toàn giao thông trên tuyến đường {s}",
            "xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh",
            "công tác thi đua, khen thưởng năm {y}",
            "thu, nộp, quản lý và sử dụng đảng phí năm {y}",
            "tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027",
            "phòng cháy, chữa cháy tại khu dân cư phường {w}",
            "chỉnh trang đô thị, mở rộng đường {s}",
            "công tác bảo vệ chính trị nội bộ",
            "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "kỷ niệm {k} năm Ngày thành lập Đảng Cộng sản Việt Nam",
            "công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm {y}",
            "rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030",
            "giải quyết đơn thư khiếu nại, tố cáo của công dân phường {w}",
            "tổ chức Tết Nguyên đán và chăm lo cho gia đình chính sách năm {y}",
            "thành lập tổ chức đảng, công đoàn trong doanh nghiệp phường {w}",
            "giao ban công tác xây dựng Đảng quý {q} năm {y}"};
    private static final Map<String, String[]> PREFIXES = Map.of(
            "CV", new String[]{"V/v triển khai ", "V/v báo cáo kết quả ", "V/v góp ý dự thảo văn bản về ",
                    "V/v đề nghị phối hợp thực hiện ", "V/v rà soát, tổng hợp số liệu về ", "V/v tăng cường "},
            "NQ", new String[]{"Về ", "Về tăng cường sự lãnh đạo của Đảng đối với "},
            "CT", new String[]{"Về tăng cường lãnh đạo ", "Về đẩy mạnh "},
            "KL", new String[]{"Kết luận của Ban Thường vụ về ", "Kết luận về tiếp tục thực hiện "},
            "TB", new String[]{"Ý kiến chỉ đạo của Thường trực về ", "Thông báo kết quả "},
            "QĐ", new String[]{"Về việc thành lập Tổ công tác ", "Về việc kiện toàn Ban chỉ đạo "},
            "HD", new String[]{"Hướng dẫn thực hiện ", "Tổ chức thực hiện "},
            "KH", new String[]{"Triển khai ", "Tổ chức thực hiện "},
            "BC", new String[]{"Kết quả ", "Sơ kết 6 tháng thực hiện "},
            "TTr", new String[]{"Đề nghị xem xét ", "Đề nghị phê duyệt kế hoạch "});

    /** The steering committee's members, as the demo data creates them: whom its documents are routed to. */
    private static final String[][] MEMBERS = {{"hung.tv", "Trần Văn Hưng"}, {"ha.ltt", "Lê Thị Thu Hà"},
            {"duc.pm", "Phạm Minh Đức"}, {"lan.nt", "Nguyễn Thị Lan"}, {"viet.hq", "Hoàng Quốc Việt"},
            {"son.bd", "Bùi Đức Sơn"}, {"tung.dt", "Đỗ Thanh Tùng"}, {"mai.vt", "Vũ Thị Mai"}};

    private static final byte[] FILE = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    private static final String FILE_SHA256 = StoredFile.sha256(FILE);

    private IncomingSearchData() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getProperty("bench.url");
        int count = Integer.getInteger("bench.incoming", 100_000);
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("bench.user"),
                System.getProperty("bench.password"))) {
            connection.setAutoCommit(false);
            Loaded loaded = new IncomingSearchData.Loader(connection).load(count);
            connection.commit();
            try (var analyze = connection.createStatement()) {
                analyze.execute("ANALYZE");
            }
            connection.commit();
            System.out.printf(Locale.ROOT, "loaded %,d incoming documents (%,d confidential; %,d readable by lan.nt,"
                            + " %,d led by her) and %,d index rows in %d s%n", count, loaded.confidential,
                    loaded.readableByMember, loaded.ledByMember, loaded.words, (System.nanoTime() - start) / 1_000_000_000);
        }
    }

    private static final class Loaded {
        long words;
        int confidential;
        int readableByMember;
        int ledByMember;
    }

    private static final class Loader {

        private final Connection connection;
        private final Random random = new Random(20261207);
        private final Map<String, String> typeNames = new LinkedHashMap<>();
        private final Map<String, Integer> registerNumbers = new HashMap<>();
        private long steeringId;
        private long partyId;

        Loader(Connection connection) {
            this.connection = connection;
        }

        Loaded load(int count) throws SQLException {
            readOrganisation();
            storeFile();
            Loaded loaded = new Loaded();
            String document = "INSERT INTO incoming_document (id, receiving_issuer_id, sender, sender_key, number_symbol,"
                    + " number_key, document_date, type_code, summary, urgency, confidentiality, medium, arrived_at,"
                    + " arrival_date, file_sha256, file_name, file_kind, status, register_year, register_number,"
                    + " received_by, registered_by, registered_at, lead_username, lead_name, assisting, instruction,"
                    + " deadline, routed_by, routed_at, finished_by, finished_at, finish_note, created, last_modified,"
                    + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PDF', ?, ?, ?, 'vanthu', ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
            try (PreparedStatement insert = connection.prepareStatement(document);
                 PreparedStatement assistant = connection.prepareStatement("INSERT INTO incoming_assistant"
                         + " (incoming_id, sort_order, username, display_name) VALUES (?, ?, ?, ?)");
                 PreparedStatement word = connection.prepareStatement("INSERT INTO search_word (kind, term, item_id,"
                         + " item_date, exact, reach) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement item = connection.prepareStatement(
                         "INSERT INTO search_item (kind, item_id, indexed_version) VALUES (?, ?, 1)")) {
                String kind = WordIndexSearch.code(SearchHit.Kind.INCOMING);
                for (int i = 0; i < count; i++) {
                    long id = FIRST_ID + i;
                    Generated g = generate();
                    int p = 1;
                    insert.setLong(p++, id);
                    insert.setLong(p++, g.body);
                    insert.setString(p++, g.sender);
                    insert.setString(p++, IncomingDocument.senderKey(g.sender));
                    insert.setString(p++, g.number);
                    insert.setString(p++, IncomingDocument.numberKey(g.number));
                    insert.setDate(p++, Date.valueOf(g.documentDate));
                    insert.setString(p++, g.type);
                    insert.setString(p++, g.summary);
                    insert.setString(p++, g.urgency);
                    insert.setString(p++, g.confidentiality);
                    insert.setString(p++, g.medium);
                    insert.setTimestamp(p++, Timestamp.from(g.arrivedAt));
                    insert.setDate(p++, Date.valueOf(g.arrivedAt.atZone(IncomingDocument.VIETNAM).toLocalDate()));
                    insert.setString(p++, FILE_SHA256);
                    insert.setString(p++, "van-ban-den-" + id + ".pdf");
                    insert.setString(p++, g.status);
                    insert.setObject(p++, g.registerNumber == null ? null : g.registerYear, java.sql.Types.INTEGER);
                    insert.setObject(p++, g.registerNumber, java.sql.Types.INTEGER);
                    insert.setString(p++, g.registerNumber == null ? null : "vanthu");
                    insert.setTimestamp(p++, g.registerNumber == null ? null : Timestamp.from(g.arrivedAt.plusSeconds(900)));
                    insert.setString(p++, g.lead == null ? null : g.lead[0]);
                    insert.setString(p++, g.lead == null ? null : g.lead[1]);
                    insert.setString(p++, g.assistants.isEmpty() ? null
                            : String.join(", ", g.assistants.stream().map(a -> a[1]).toList()));
                    insert.setString(p++, g.lead == null ? null : "Đề nghị đồng chí chủ trì, tham mưu trả lời.");
                    insert.setObject(p++, g.lead == null ? null : Date.valueOf(g.documentDate.plusDays(15)),
                            java.sql.Types.DATE);
                    insert.setString(p++, g.lead == null ? null : "hung.tv");
                    insert.setTimestamp(p++, g.lead == null ? null : Timestamp.from(g.arrivedAt.plusSeconds(86_400)));
                    boolean closed = g.status.equals("CLOSED");
                    insert.setString(p++, closed ? g.lead[0] : null);
                    insert.setTimestamp(p++, closed ? Timestamp.from(g.arrivedAt.plusSeconds(7 * 86_400)) : null);
                    insert.setString(p++, closed ? "Đã tham mưu, báo cáo kết quả thực hiện." : null);
                    insert.setTimestamp(p++, Timestamp.from(g.arrivedAt));
                    insert.setTimestamp(p++, Timestamp.from(g.arrivedAt));
                    insert.addBatch();
                    for (int a = 0; a < g.assistants.size(); a++) {
                        assistant.setLong(1, id);
                        assistant.setInt(2, a);
                        assistant.setString(3, g.assistants.get(a)[0]);
                        assistant.setString(4, g.assistants.get(a)[1]);
                        assistant.addBatch();
                    }
                    // As SearchIndexer.index(IncomingDocument) writes them, the file's text aside.
                    String text = String.join("\n", g.number, g.sender, typeNames.get(g.type), g.summary, "");
                    for (var w : IndexedWords.of(Words.of(text)).entrySet()) {
                        word.setString(1, kind);
                        word.setString(2, w.getKey());
                        word.setLong(3, id);
                        word.setTimestamp(4, Timestamp.from(g.arrivedAt));
                        word.setString(5, w.getValue());
                        word.setInt(6, SearchScope.MEMBERS);
                        word.addBatch();
                        loaded.words++;
                    }
                    item.setString(1, kind);
                    item.setLong(2, id);
                    item.addBatch();
                    if (!g.confidentiality.equals("NONE")) {
                        loaded.confidential++;
                    }
                    if (g.assignedTo("lan.nt")) {
                        loaded.readableByMember++;
                    }
                    if (g.lead != null && g.lead[0].equals("lan.nt")) {
                        loaded.ledByMember++;
                    }
                    if ((i + 1) % BATCH == 0 || i + 1 == count) {
                        insert.executeBatch();
                        assistant.executeBatch();
                        word.executeBatch();
                        item.executeBatch();
                        connection.commit();
                    }
                }
            }
            continueNumbering(count);
            return loaded;
        }

        /** The demo issuers, the document types, and the số đến the demo data gave already (the loaded ones follow). */
        private void readOrganisation() throws SQLException {
            try (var statement = connection.createStatement();
                 ResultSet counters = statement.executeQuery("SELECT issuer_id, series, last_number FROM register_counter"
                         + " WHERE series LIKE 'INCOMING/%'")) {
                while (counters.next()) {
                    registerNumbers.put(counters.getLong(1) + "/" + counters.getString(2).substring("INCOMING/".length()),
                            counters.getInt(3));
                }
            }
            try (var statement = connection.createStatement();
                 ResultSet types = statement.executeQuery("SELECT code, name FROM document_type")) {
                while (types.next()) {
                    typeNames.put(types.getString(1), types.getString(2));
                }
            }
            try (var statement = connection.createStatement();
                 ResultSet issuers = statement.executeQuery("SELECT id, symbol FROM issuer")) {
                while (issuers.next()) {
                    if (issuers.getString(2).equals("BCĐ")) {
                        steeringId = issuers.getLong(1);
                    } else if (issuers.getString(2).equals("QU")) {
                        partyId = issuers.getLong(1);
                    }
                }
            }
            if (steeringId == 0 || partyId == 0) {
                throw new IllegalStateException("The demo issuers BCĐ and QU are missing: was the portal started with"
                        + " its demo data?");
            }
        }

        private void storeFile() throws SQLException {
            try (PreparedStatement file = connection.prepareStatement("INSERT INTO stored_file (sha256, media_type,"
                    + " size_bytes, content, created) VALUES (?, 'application/pdf', ?, ?, ?)")) {
                file.setString(1, FILE_SHA256);
                file.setLong(2, FILE.length);
                file.setBytes(3, FILE);
                file.setTimestamp(4, Timestamp.from(Instant.now()));
                file.executeUpdate();
            }
        }

        /** The portal's next ids and số đến come after the loaded ones. */
        private void continueNumbering(int count) throws SQLException {
            try (var statement = connection.createStatement()) {
                statement.execute("ALTER SEQUENCE incoming_document_seq RESTART WITH " + (FIRST_ID + count + 50));
            }
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM register_counter WHERE issuer_id = ? AND series = ?");
                 PreparedStatement counter = connection.prepareStatement(
                         "INSERT INTO register_counter (issuer_id, series, last_number) VALUES (?, ?, ?)")) {
                for (var entry : registerNumbers.entrySet()) {
                    String[] key = entry.getKey().split("/", 2);
                    String series = IncomingDocument.registerSeries(Integer.parseInt(key[1]));
                    forget.setLong(1, Long.parseLong(key[0]));
                    forget.setString(2, series);
                    forget.executeUpdate();
                    counter.setLong(1, Long.parseLong(key[0]));
                    counter.setString(2, series);
                    counter.setInt(3, entry.getValue());
                    counter.executeUpdate();
                }
            }
        }

        private static final class Generated {
            long body;
            String sender;
            String number;
            String type;
            String summary;
            LocalDate documentDate;
            Instant arrivedAt;
            String urgency;
            String confidentiality;
            String medium;
            String status;
            int registerYear;
            Integer registerNumber;
            String[] lead;
            List<String[]> assistants = new ArrayList<>();

            boolean assignedTo(String username) {
                return lead != null && lead[0].equals(username)
                        || assistants.stream().anyMatch(a -> a[0].equals(username));
            }
        }

        private Generated generate() {
            Generated g = new Generated();
            Sender sender = sender();
            String ward = pick(WARDS);
            g.sender = sender.name().replace("{w}", ward);
            g.type = sender.types()[random.nextInt(sender.types().length)];
            int year;
            g.documentDate = FIRST_DAY.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay())));
            year = g.documentDate.getYear();
            int n = 1 + random.nextInt(g.type.equals("NQ") ? 60 : g.type.equals("CT") ? 40 : 400);
            g.number = sender.party() ? String.format(Locale.ROOT, "%02d-%s/%s", n, g.type, sender.symbol())
                    : g.type.equals("CV") ? n + "/" + sender.symbol() + "-VP" : n + "/" + g.type + "-" + sender.symbol();
            String[] prefixes = PREFIXES.getOrDefault(g.type, PREFIXES.get("CV"));
            g.summary = (prefixes[random.nextInt(prefixes.length)] + pick(TOPICS))
                    .replace("{w}", ward).replace("{s}", pick(STREETS))
                    .replace("{y}", String.valueOf(year)).replace("{q}", pick(new String[]{"I", "II", "III", "IV"}))
                    .replace("{k}", String.valueOf(year - 1930));
            g.arrivedAt = g.documentDate.plusDays(random.nextInt(6))
                    .atTime(LocalTime.of(7, 30).plusMinutes(random.nextInt(570))).atZone(IncomingDocument.VIETNAM)
                    .toInstant();
            int u = random.nextInt(100);
            g.urgency = u < 85 ? "NORMAL" : u < 95 ? "URGENT" : u < 99 ? "VERY_URGENT" : "FLASH";
            g.confidentiality = random.nextInt(100) < 6 ? "CONFIDENTIAL" : "NONE";
            g.medium = random.nextInt(10) < 6 ? "ELECTRONIC" : "PAPER";
            g.body = random.nextInt(10) < 7 ? steeringId : partyId;
            boolean registered = random.nextInt(100) >= 3;
            g.status = registered ? "REGISTERED" : "RECEIVED";
            if (registered) {
                g.registerYear = g.arrivedAt.atZone(IncomingDocument.VIETNAM).getYear();
                g.registerNumber = registerNumbers.merge(g.body + "/" + g.registerYear, 1, Integer::sum);
                if (g.body == steeringId && random.nextInt(100) < 45) {
                    route(g);
                }
            }
            return g;
        }

        private void route(Generated g) {
            g.lead = MEMBERS[random.nextInt(MEMBERS.length)];
            int assisting = random.nextInt(3);
            while (g.assistants.size() < assisting) {
                String[] person = MEMBERS[random.nextInt(MEMBERS.length)];
                if (person != g.lead && !g.assistants.contains(person)) {
                    g.assistants.add(person);
                }
            }
            g.status = g.documentDate.isBefore(LAST_DAY.minusMonths(3)) ? "CLOSED"
                    : random.nextBoolean() ? "ROUTED" : "IN_HANDLING";
        }

        private Sender sender() {
            int total = 0;
            for (Sender s : SENDERS) {
                total += s.weight();
            }
            int r = random.nextInt(total);
            for (Sender s : SENDERS) {
                r -= s.weight();
                if (r < 0) {
                    return s;
                }
            }
            throw new IllegalStateException();
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}

package vn.vanban.it.administration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PortalClient;

import java.io.StringReader;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration on the real EAR: its screens, and its resources for users (created, validated, disabled and
 * enabled, never the administrator's own account), issuers (validated, a unique symbol, their numbering rule) and
 * committees (each member once). Errors are answered with the field and a code, in the client's language. Every test
 * makes its own users, issuers and committees, so the order does not matter.
 */
class AdministrationIT extends DeployedPortal {

    @Test
    void administratorSeesTheAdministrationScreens() {
        var administrator = PortalClient.anonymous(base());
        administrator.formLogin("admin", DEMO_PASSWORD, null);

        assertThat(administrator.get("admin/users.xhtml").body()).contains("hung.tv").contains("Trần Văn Hưng");
        assertThat(administrator.get("admin/issuers.xhtml").body()).contains("Số 09-TB/BCĐ");
        long demoCommittee = Json.createReader(new StringReader(administrator().get("api/admin/committees").body())).readArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").startsWith("Ban chỉ đạo xây dựng"))
                .mapToLong(c -> c.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        // Other suites add committees that may come first in the list: open the demo committee by its address.
        assertThat(administrator.get("admin/committees.xhtml?id=" + demoCommittee).body()).contains("Vũ Thị Mai")
                .contains("Thư ký Ban chỉ đạo");
    }

    @Test
    void administratorCreatesAUserAndADuplicateUsernameIsRefused() {
        String username = uniqueUsername("moi.");
        var created = administrator().post("api/admin/users", """
                {"username":"%s","displayName":"Phạm Thị Hoa","password":"Mat-khau-123","roles":["MEMBER","SECRETARIAT"]}
                """.formatted(username.toUpperCase(Locale.ROOT)));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/admin/users/");
        assertThat(created.json().getString("username")).isEqualTo(username);
        assertThat(PortalClient.as(base(), username, "Mat-khau-123").get("api/me").status()).isEqualTo(200);

        var duplicate = administrator().post("api/admin/users", """
                {"username":"%s","displayName":"Người khác","password":"Mat-khau-123","roles":["MEMBER"]}
                """.formatted(username));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("USERNAME_TAKEN");
        assertThat(duplicate.json().getString("field")).isEqualTo("username");
    }

    @Test
    void badUserInputGetsA400WithTheFieldAndAMessageInTheClientsLanguage() {
        String body = "{\"username\":\"co dau cach\",\"displayName\":\"A\",\"password\":\"Mat-khau-123\",\"roles\":[\"MEMBER\"]}";
        var vietnamese = administrator().post("api/admin/users", body);
        assertThat(vietnamese.status()).isEqualTo(400);
        assertThat(vietnamese.code()).isEqualTo("USERNAME_INVALID");
        assertThat(vietnamese.json().getString("field")).isEqualTo("username");
        assertThat(vietnamese.json().getString("message")).startsWith("Tên đăng nhập");

        var shortPassword = administrator().post("api/admin/users",
                "{\"username\":\"" + uniqueUsername("ngan.") + "\",\"displayName\":\"A\",\"password\":\"123\",\"roles\":[\"MEMBER\"]}");
        assertThat(shortPassword.code()).isEqualTo("PASSWORD_TOO_SHORT");

        var noRoles = administrator().post("api/admin/users",
                "{\"username\":\"" + uniqueUsername("norole.") + "\",\"displayName\":\"A\",\"password\":\"Mat-khau-123\",\"roles\":[]}");
        assertThat(noRoles.code()).isEqualTo("ROLES_EMPTY");
    }

    @Test
    void malformedJsonAndUnknownIdsGetClearErrors() {
        var malformed = administrator().post("api/admin/users", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("MALFORMED_REQUEST");

        var unknown = administrator().get("api/admin/users/987654321");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("USER_NOT_FOUND");

        var notANumber = administrator().get("api/admin/users/abc");
        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(notANumber.json().getString("code")).isNotBlank();
    }

    @Test
    void disabledUserCannotLogInUntilEnabledAgain() {
        String username = uniqueUsername("tat.");
        String id = createUser(username, "Mat-khau-123", "MEMBER");

        var disabled = administrator().post("api/admin/users/" + id + "/disable", "");
        assertThat(disabled.json().getBoolean("enabled")).isFalse();
        assertThat(PortalClient.as(base(), username, "Mat-khau-123").get("api/me").status()).isEqualTo(401);

        administrator().post("api/admin/users/" + id + "/enable", "");
        assertThat(PortalClient.as(base(), username, "Mat-khau-123").get("api/me").status()).isEqualTo(200);
    }

    @Test
    void administratorCannotDisableTheirOwnAccount() {
        String adminId = String.valueOf(userId("admin"));

        var reply = administrator().post("api/admin/users/" + adminId + "/disable", "");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("CANNOT_DISABLE_YOURSELF");
    }

    @Test
    void issuersAreValidatedAndTheirSymbolIsUnique() {
        String symbol = "T" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 10);
        String template = """
                {"name":"%s","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"%s","placeName":"Long Biên",
                 "numberingRule":"%s","termStart":"2025-10-20","termLabel":"2025 - 2030"}
                """;

        var spaced = administrator().post("api/admin/issuers", template.formatted("BAN THỬ", "B CĐ", "PARTY_PER_TYPE_PER_TERM"));
        assertThat(spaced.status()).isEqualTo(400);
        assertThat(spaced.code()).isEqualTo("SYMBOL_INVALID");
        assertThat(spaced.json().getString("field")).isEqualTo("symbol");

        var nameless = administrator().post("api/admin/issuers", template.formatted(" ", symbol, "PARTY_PER_TYPE_PER_TERM"));
        assertThat(nameless.code()).isEqualTo("NAME_REQUIRED");

        var badDate = administrator().post("api/admin/issuers", template.formatted("BAN THỬ", symbol, "PARTY_PER_TYPE_PER_TERM")
                .replace("2025-10-20", "20/10/2025"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().getString("field")).isEqualTo("termStart");

        var created = administrator().post("api/admin/issuers", template.formatted("BAN THỬ", symbol, "PARTY_PER_TYPE_PER_TERM"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().getString("numberExample")).isEqualTo("Số 01-TB/" + symbol);

        var duplicate = administrator().post("api/admin/issuers", template.formatted("BAN KHÁC", symbol, "PARTY_PER_TYPE_PER_TERM"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("SYMBOL_TAKEN");

        int id = created.json().getInt("id");
        var toStateRule = administrator().put("api/admin/issuers/" + id, template.formatted("ỦY BAN THỬ", symbol, "STATE_PER_CALENDAR_YEAR"));
        assertThat(toStateRule.status()).isEqualTo(200);
        assertThat(toStateRule.json().getString("numberExample")).isEqualTo("Số: 01/TB-" + symbol);
    }

    @Test
    void committeesKeepTheirMembersOnceEach() {
        String username = uniqueUsername("tv.");
        String userId = createUser(username, "Mat-khau-123", "MEMBER");
        var committee = administrator().post("api/admin/committees", "{\"name\":\"Tổ công tác thử\",\"description\":\"Thử\"}");
        assertThat(committee.status()).isEqualTo(201);
        int id = committee.json().getInt("id");

        String member = "{\"userId\":" + userId + ",\"positionTitle\":\"Chuyên viên, Thành viên\",\"role\":\"MEMBER\"}";
        var added = administrator().post("api/admin/committees/" + id + "/members", member);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().getJsonArray("members")).hasSize(1);

        var again = administrator().post("api/admin/committees/" + id + "/members", member);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_A_MEMBER");

        var noPosition = administrator().post("api/admin/committees/" + id + "/members",
                "{\"userId\":" + createUser(uniqueUsername("tv."), "Mat-khau-123", "MEMBER") + ",\"positionTitle\":\"\"}");
        assertThat(noPosition.code()).isEqualTo("POSITION_REQUIRED");

        int membershipId = added.json().getJsonArray("members").getJsonObject(0).getInt("id");
        var removed = administrator().delete("api/admin/committees/" + id + "/members/" + membershipId);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().getJsonArray("members")).isEmpty();

        var nameless = administrator().post("api/admin/committees", "{\"name\":\"\"}");
        assertThat(nameless.code()).isEqualTo("NAME_REQUIRED");
    }
}

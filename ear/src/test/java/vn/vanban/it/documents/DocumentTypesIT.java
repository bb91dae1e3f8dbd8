package vn.vanban.it.documents;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.vanban.it.DeployedPortal;
import vn.vanban.it.PdfTools;
import vn.vanban.it.PortalClient;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document types of Quy định 399-QĐ/TW on the real EAR: every issuer starts with all of them, the administrator
 * chooses the ones an issuer drafts, the drafting list and the API follow the choice, and a type with an
 * abbreviation of its own (Quy định, QĐi) is numbered in its own series next to Quyết định (QĐ).
 */
class DocumentTypesIT extends DeployedPortal {

    private PortalClient as(String username) {
        return PortalClient.as(base(), username, DEMO_PASSWORD);
    }

    private long newIssuer() {
        String symbol = "T" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 10);
        var reply = as("admin").post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO THỬ LOẠI","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(symbol));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id");
    }

    private long hung() {
        return as("admin").get("api/admin/users?first=0&max=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("username").equals("hung.tv"))
                .findFirst().orElseThrow().getInt("id");
    }

    private PortalClient.Reply draft(long issuerId, String type) {
        return as("vanthu").post("api/documents", """
                {"issuerId":%d,"typeCode":"%s","summary":"Thử loại văn bản","signerId":%d,
                 "signingCapacity":"T/M BAN CHỈ ĐẠO","signerPosition":"TRƯỞNG BAN",
                 "recipients":"- Lưu VP.","audience":"ALL_MEMBERS"}""".formatted(issuerId, type, hung()));
    }

    private static List<JsonObject> array(String body) {
        return jakarta.json.Json.createReader(new StringReader(body)).readArray().getValuesAs(JsonObject.class);
    }

    @Test
    void everyIssuerStartsWithEveryTypeOf399AndTheAdministratorNarrowsTheChoice() {
        long issuer = newIssuer();
        var admin = as("admin");

        List<JsonObject> all = array(admin.get("api/admin/issuers/" + issuer + "/document-types").body());
        assertThat(all).extracting(t -> t.getString("code")).contains("NQ", "QĐ", "QC", "QĐi", "TT", "ĐA", "PA", "CTr",
                "QH", "DA", "TC", "GM", "GGT", "BB", "CV");
        assertThat(all).allMatch(t -> t.getBoolean("used"));

        var chosen = admin.put("api/admin/issuers/" + issuer + "/document-types", "{\"used\":[\"TB\",\"GM\",\"QĐi\"]}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(array(chosen.body())).filteredOn(t -> t.getBoolean("used")).extracting(t -> t.getString("code"))
                .containsExactlyInAnyOrder("TB", "GM", "QĐi");

        assertThat(array(as("vanthu").get("api/document-types?issuerId=" + issuer).body()))
                .extracting(t -> t.getString("code")).containsExactly("QĐi", "TB", "GM");
        assertThat(array(as("vanthu").get("api/document-types").body())).hasSizeGreaterThanOrEqualTo(22);

        var refused = draft(issuer, "NQ");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("DOCUMENT_TYPE_NOT_USED");
        var invitation = draft(issuer, "GM");
        assertThat(invitation.status()).as(invitation.body()).isEqualTo(201);
        assertThat(invitation.json().getString("body")).contains("trân trọng kính mời");

        var none = admin.put("api/admin/issuers/" + issuer + "/document-types", "{\"used\":[]}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.code()).isEqualTo("DOCUMENT_TYPES_REQUIRED");
        var unknown = admin.put("api/admin/issuers/" + issuer + "/document-types", "{\"used\":[\"TB\",\"XYZ\"]}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("DOCUMENT_TYPE_NOT_FOUND");
        assertThat(admin.get("api/admin/issuers/987654321/document-types").status()).isEqualTo(404);

        var browser = PortalClient.anonymous(base());
        browser.formLogin("admin", DEMO_PASSWORD, null);
        assertThat(browser.get("admin/issuers.xhtml").body()).contains("Loại văn bản dùng").contains("3/22 loại");
    }

    @Test
    void aRegulationIsNumberedQDiInItsOwnSeriesApartFromDecisions() throws Exception {
        long issuer = newIssuer();
        String decision = issued(issuer, "QĐ");
        String regulation = issued(issuer, "QĐi");
        String secondRegulation = issued(issuer, "QĐi");

        assertThat(decision).matches("Số 01-QĐ/T[0-9A-F]{10}");
        assertThat(regulation).matches("Số 01-QĐi/T[0-9A-F]{10}");
        assertThat(secondRegulation).matches("Số 02-QĐi/T[0-9A-F]{10}");
    }

    private String issued(long issuer, String type) throws Exception {
        var created = draft(issuer, type);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getInt("id");
        assertThat(as("vanthu").post("api/documents/" + id + "/submit", "{}").status()).isEqualTo(200);
        assertThat(as("hung.tv").post("api/documents/" + id + "/approve", "{}").status()).isEqualTo(200);
        var issued = as("vanthu").post("api/documents/" + id + "/issue", "{\"issueDate\":\"2026-03-19\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        String number = issued.json().getString("number");
        String text = PdfTools.textInReadingOrder(as("vanthu").getBytes("api/documents/" + id + "/pdf").bytes());
        assertThat(text).contains(number);
        return number;
    }
}

package vn.vanban.it;


import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice taken through the whole chain on one portal (a new issuer and committee of three demo members, drafted,
 * approved, numbered, signed and published), whose publication mails each member. The tests that follow its mail
 * tell it apart by its summary, which ends with a suffix of its own.
 */
public record PublishedNotice(long id, String number, String summary, long committeeId, List<String> recipients) {

    public static final List<String> MEMBERS = List.of("hung.tv", "lan.nt", "son.bd");

    public static PublishedNotice publish(URI portal) {
        var admin = PortalClient.as(portal, "admin", DeployedPortal.DEMO_PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        long issuer = admin.post("api/admin/issuers", """
                {"name":"BAN CHỈ ĐẠO THƯ","parentBody":"QUẬN ỦY LONG BIÊN","symbol":"T%s","placeName":"Long Biên",
                 "numberingRule":"PARTY_PER_TYPE_PER_TERM","termStart":"2025-10-20"}""".formatted(suffix)).json().getInt("id");
        long committee = admin.post("api/admin/committees", """
                {"name":"Tổ công tác thư %s","description":"","issuerId":%d}""".formatted(suffix, issuer)).json().getInt("id");
        for (String member : MEMBERS) {
            admin.post("api/admin/committees/" + committee + "/members", """
                    {"userId":%d,"positionTitle":"Thành viên","role":"MEMBER"}""".formatted(admin.userId(member)));
        }
        var secretariat = PortalClient.as(portal, "vanthu", DeployedPortal.DEMO_PASSWORD);
        var signer = PortalClient.as(portal, "hung.tv", DeployedPortal.DEMO_PASSWORD);
        String summary = "Triệu tập giao ban " + suffix;
        long id = secretariat.post("api/documents", """
                {"issuerId":%d,"typeCode":"TB","summary":"%s","body":"<p>Kính mời</p>","signerId":%d,
                 "signingCapacity":"T/M BAN CHỈ ĐẠO","signerPosition":"TRƯỞNG BAN","audience":"COMMITTEES","committeeIds":[%d]}"""
                .formatted(issuer, summary, admin.userId("hung.tv"), committee)).json().getInt("id");
        secretariat.post("api/documents/" + id + "/submit", "{}");
        signer.post("api/documents/" + id + "/approve", "{}");
        String number = secretariat.post("api/documents/" + id + "/issue", "{}").json().getString("number");
        signer.post("api/documents/" + id + "/sign", "");
        var published = secretariat.post("api/documents/" + id + "/publish", "");
        assertThat(published.json().getString("status")).as(published.body()).isEqualTo("PUBLISHED");
        return new PublishedNotice(id, number, summary, committee,
                MEMBERS.stream().map(member -> member + "@longbien.example.vn").toList());
    }
}

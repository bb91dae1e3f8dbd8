package vn.vanban.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginTest {

    @Test
    void anOriginOrRefererOfThisHostAndPortIsThePortals() {
        assertThat(SameOrigin.sameHost("http://vanban.example:8080", "vanban.example:8080")).isTrue();
        assertThat(SameOrigin.sameHost("http://VanBan.example:8080/member/home.xhtml", "vanban.example:8080")).isTrue();
        assertThat(SameOrigin.sameHost("https://vanban.example", "vanban.example")).as("behind a TLS proxy").isTrue();
    }

    @Test
    void anotherHostAnotherPortOrNoHostIsNot() {
        assertThat(SameOrigin.sameHost("https://evil.example", "vanban.example")).isFalse();
        assertThat(SameOrigin.sameHost("http://vanban.example:9090", "vanban.example:8080")).isFalse();
        assertThat(SameOrigin.sameHost("http://vanban.example.evil.example", "vanban.example")).isFalse();
        assertThat(SameOrigin.sameHost("null", "vanban.example")).as("a sandboxed or privacy-stripped origin").isFalse();
        assertThat(SameOrigin.sameHost("http://vanban.example", null)).isFalse();
    }

    @Test
    void aMalformedOriginIsNotThePortals() {
        assertThat(SameOrigin.sameHost("http://vanban.example:80 80/", "vanban.example")).isFalse();
        assertThat(SameOrigin.sameHost("://", "vanban.example")).isFalse();
        assertThat(SameOrigin.sameHost("", "vanban.example")).isFalse();
    }
}

package vn.vanban.bench;

import java.net.URI;

/** Logs a demo user in through the login page and prints the session cookie, for a load tool to send. */
public final class SessionCookie {

    private SessionCookie() {
    }

    public static void main(String[] args) {
        System.out.println(Portal.loggedIn(URI.create(args[0]), args[1]).sessionCookie());
    }
}

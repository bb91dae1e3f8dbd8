package vn.vanban.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who is logged in to this HTTP session. Serializable, so that sessions survive replication between instances. */
record SessionUser(String username, Set<String> roles) implements Serializable {

    static final String ATTRIBUTE = SessionUser.class.getName();
}

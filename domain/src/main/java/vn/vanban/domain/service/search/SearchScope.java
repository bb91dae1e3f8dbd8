package vn.vanban.domain.service.search;

import java.util.Set;

/**
 * What one searcher may find. Staff: every document and every article. Members: published documents that are
 * public, for all members, or addressed to one of their committees. Everybody else: public published documents.
 * Only staff find unpublished articles.
 */
public record SearchScope(boolean staff, Set<Long> committeeIds) {

    public static final SearchScope PUBLIC = new SearchScope(false, Set.of());

    /** Who may reach an indexed item: anyone, members of some committee, or only staff. */
    public static final int ANYONE = 0;
    public static final int MEMBERS = 1;
    public static final int STAFF = 2;

    public SearchScope {
        committeeIds = Set.copyOf(committeeIds);
    }

    /** The widest reach this searcher may see. */
    public int reach() {
        return staff ? STAFF : committeeIds.isEmpty() ? ANYONE : MEMBERS;
    }
}

package vn.vanban.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.AccountService;
import vn.vanban.application.OrganisationService;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.web.security.CurrentUser;

import java.util.List;

/** The home page after login ({@code home.xhtml}): one panel per role the user holds. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    @Inject
    private OrganisationService organisation;

    private List<Membership> memberships;

    @PostConstruct
    void load() {
        memberships = organisation.membershipsOf(currentUser.getUsername());
    }

    public List<Membership> getMemberships() {
        return memberships;
    }

    public long getUserCount() {
        return accounts.count();
    }

    public long getIssuerCount() {
        return organisation.issuerCount();
    }

    public long getCommitteeCount() {
        return organisation.committeeCount();
    }
}

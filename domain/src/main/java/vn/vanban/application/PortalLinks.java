package vn.vanban.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's public address ({@code vanban.public-url}), for the links that reach readers outside a request: in
 * the mail the portal sends and on the signed PDFs. It may be configured with or without its trailing slash.
 */
@ApplicationScoped
public class PortalLinks {

    @Inject
    @ConfigProperty(name = "vanban.public-url", defaultValue = "http://localhost:8080/")
    private String publicUrl;

    /** The portal's address, ending with a slash. */
    public String base() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** The address of {@code page}: a path with its query, relative to the portal's root. */
    public String to(String page) {
        return base() + page;
    }
}

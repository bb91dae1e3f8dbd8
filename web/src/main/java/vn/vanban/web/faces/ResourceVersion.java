package vn.vanban.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version in the address of the portal's own styles and scripts ({@code /resources}): the start of the SHA-256
 * of their content, so a browser may keep them for a year and still gets a changed file at once, under its new
 * address, and every instance of a cluster running the same build gives the same address. OmniFaces'
 * {@code VersionedResourceHandler} puts it in the address ({@code web.xml}); PrimeFaces' resources carry its own
 * version.
 */
@Named
@ApplicationScoped
public class ResourceVersion {

    private static final String ROOT = "/resources/";

    private volatile String value;

    public String getValue() {
        String known = value;
        if (known == null) {
            known = digest(FacesContext.getCurrentInstance().getExternalContext());
            value = known;
        }
        return known;
    }

    private static String digest(ExternalContext context) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String path : files(context, ROOT)) {
                sha256.update(path.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = context.getResourceAsStream(path)) {
                    sha256.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code folder}, in a fixed order. */
    private static List<String> files(ExternalContext context, String folder) {
        List<String> found = new ArrayList<>();
        Set<String> paths = context.getResourcePaths(folder);
        for (String path : paths == null ? Set.<String>of() : new TreeSet<>(paths)) {
            if (path.endsWith("/")) {
                found.addAll(files(context, path));
            } else {
                found.add(path);
            }
        }
        return found;
    }
}

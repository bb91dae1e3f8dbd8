package vn.vanban.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.renderkit.HeadRenderer;

import java.io.IOException;

/**
 * PrimeFaces' {@code <h:head>}, without PrimeFaces' theme and locale script on a page that has no PrimeFaces
 * component: the news, an article and search are plain HTML, and a phone on a slow network should not fetch and
 * parse what they never use. A page with a component keeps everything (its components' scripts are in the view's
 * head resources before the head is rendered, through their resource dependencies).
 */
public class PortalHeadRenderer extends HeadRenderer {

    private static final String LIBRARY = "primefaces";

    @Override
    protected void encodeCSS(FacesContext context, String library, String resource) throws IOException {
        if ("theme.css".equals(resource) && !usesPrimeFaces(context)) {
            return;
        }
        super.encodeCSS(context, library, resource);
    }

    @Override
    protected void encodeLocaleResources(FacesContext context, PrimeConfiguration configuration) {
        if (usesPrimeFaces(context)) {
            super.encodeLocaleResources(context, configuration);
        }
    }

    /** Whether a component of the page asked for one of PrimeFaces' scripts. */
    static boolean usesPrimeFaces(FacesContext context) {
        for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
            Object name = resource.getAttributes().get("name");
            if (LIBRARY.equals(resource.getAttributes().get("library")) && name != null && name.toString().endsWith(".js")) {
                return true;
            }
        }
        return false;
    }
}

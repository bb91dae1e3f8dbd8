package vn.vanban.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Answers for a page whose subject does not exist, or may not be seen: the 404 page, as for any unknown address. */
public final class Pages {

    private Pages() {
    }

    public static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        context.responseComplete();
    }
}

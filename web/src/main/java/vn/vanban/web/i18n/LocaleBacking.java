package vn.vanban.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** The language of the page being rendered: the one this browser chose ({@link LanguageChoice}). */
@Named
@RequestScoped
public class LocaleBacking {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = LanguageChoice.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * The address of the current page with its query, for the language links to come back to. On an error page, the
     * address that was asked for: the error page itself lies under WEB-INF, where no browser may go.
     */
    public String getCurrentPage() {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String query = request.getQueryString();
        String asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed : request.getRequestURI();
        return asked + (query == null ? "" : "?" + query);
    }
}

package vn.vanban.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The language the visitor chose for this session: Vietnamese until they pick English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void switchTo(String language) throws IOException {
        locale = Texts.supported(Locale.forLanguageTag(language));
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        var request = (jakarta.servlet.http.HttpServletRequest) context.getExternalContext().getRequest();
        String query = request.getQueryString();
        context.getExternalContext().redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}

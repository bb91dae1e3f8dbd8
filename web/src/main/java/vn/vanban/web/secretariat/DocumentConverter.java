package vn.vanban.web.secretariat;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.shared.DomainException;

/** Lets pickers carry a document as its id; a document the user may not read converts to nothing. */
@FacesConverter(forClass = Document.class, managed = true)
public class DocumentConverter implements Converter<Document> {

    @Inject
    private DocumentService documents;

    @Inject
    private Actor actor;

    @Override
    public Document getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return documents.get(actor, Long.parseLong(value));
        } catch (NumberFormatException | DomainException unknown) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Document value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}

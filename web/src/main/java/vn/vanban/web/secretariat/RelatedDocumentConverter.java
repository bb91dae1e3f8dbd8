package vn.vanban.web.secretariat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The document converter by name, for pickers of several documents, where JSF cannot tell the type of the
 * items from the value (a list) and so does not find {@link DocumentConverter} by class.
 */
@Named
@RequestScoped
public class RelatedDocumentConverter extends DocumentConverter {
}

package vn.vanban.reports.render;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.vanban.reports.sign.SignatureBox;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The signature spaces of a document as its layout placed them: the empty block between each signer's position and
 * name, given the width {@link SignatureBlock} gives a box found in the text, centred on the name. The engine
 * reports the blocks in PDF points from the page's lower-left corner, as a signature box is measured.
 */
final class SignatureSpaces {

    private static final Pattern IDS = Pattern.compile("signature-space-.*");

    private SignatureSpaces() {
    }

    static Map<SignerSlot, SignatureBox> of(PdfBoxRenderer renderer, PDDocument document) {
        Map<SignerSlot, SignatureBox> spaces = new EnumMap<>(SignerSlot.class);
        for (PagePosition<Box> space : renderer.findPagePositionsByID(IDS)) {
            for (SignerSlot slot : SignerSlot.values()) {
                if (slot.spaceId().equals(space.getId())) {
                    float pageWidth = document.getPage(space.getPageNo()).getMediaBox().getWidth();
                    spaces.put(slot, box(space, pageWidth));
                }
            }
        }
        return spaces;
    }

    private static SignatureBox box(PagePosition<Box> space, float pageWidth) {
        float centre = space.getX() + space.getWidth() / 2;
        float width = SignatureBlock.width(centre, pageWidth);
        return new SignatureBox(space.getPageNo(), centre - width / 2, space.getY(), width, space.getHeight());
    }
}

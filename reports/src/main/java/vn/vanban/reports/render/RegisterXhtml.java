package vn.vanban.reports.render;

/** Lays a {@link RegisterBook} out as XHTML: landscape A4, the book's title page head, then one table for all rows. */
final class RegisterXhtml {

    private static final String CSS = Templates.css("register.css");

    private RegisterXhtml() {
    }

    static String of(RegisterBook book) {
        StringBuilder x = new StringBuilder(2048 + book.rows().size() * 400);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>").append(Xml.text(book.title())).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(Xml.text(nullToEmpty(book.period()))).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(Xml.text(nullToEmpty(book.keeper()))).append("\"/>")
                .append("<style>").append(CSS).append("</style></head><body>");
        if (book.keeper() != null && !book.keeper().isBlank()) {
            x.append("<div class=\"keeper\">").append(Xml.text(book.keeper())).append("</div>");
        }
        x.append("<div class=\"title\">").append(Xml.text(book.title())).append("</div>");
        if (book.period() != null && !book.period().isBlank()) {
            x.append("<div class=\"period\">").append(Xml.text(book.period())).append("</div>");
        }
        x.append("<div class=\"printed\">In ngày ").append(VietnameseDates.shortForm(book.printedOn()))
                .append(" · ").append(book.rows().size()).append(" văn bản</div>");
        x.append("<table class=\"register\"><thead><tr><th class=\"no\">TT</th>");
        for (int i = 0; i < book.columns().size(); i++) {
            x.append(book.widths().isEmpty() ? "<th>" : "<th style=\"width: " + book.widths().get(i) + "%\">")
                    .append(Xml.text(book.columns().get(i))).append("</th>");
        }
        x.append("</tr></thead><tbody>");
        int row = 1;
        for (var cells : book.rows()) {
            x.append("<tr><td class=\"no\">").append(row++).append("</td>");
            for (String cell : cells) {
                x.append("<td>").append(Xml.text(nullToEmpty(cell))).append("</td>");
            }
            x.append("</tr>");
        }
        if (book.rows().isEmpty()) {
            x.append("<tr><td class=\"empty\" colspan=\"").append(book.columns().size() + 1)
                    .append("\">Không có văn bản nào trong thời gian này.</td></tr>");
        }
        x.append("</tbody></table></body></html>");
        return x.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

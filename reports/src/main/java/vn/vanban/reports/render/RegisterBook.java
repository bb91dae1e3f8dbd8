package vn.vanban.reports.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A register book (sổ đăng ký) as the engine's input: who keeps it, its title, the period it covers, its columns and
 * one row of cells per entry. Printed landscape, the columns repeated at the top of every page.
 *
 * @param keeper    the body that keeps the book, e.g. {@code BAN CHỈ ĐẠO XÂY DỰNG TỔ CHỨC ĐẢNG ...}
 * @param title     e.g. {@code SỔ ĐĂNG KÝ VĂN BẢN ĐI}
 * @param period    what the rows cover, e.g. {@code Từ ngày 01/01/2026 đến ngày 31/03/2026}
 * @param printedOn the day it was printed
 * @param widths    each column's share of the width in percent (the row number takes the rest); empty: even
 */
public record RegisterBook(String keeper, String title, String period, LocalDate printedOn, List<String> columns,
                           List<Integer> widths, List<List<String>> rows) {

    public RegisterBook {
        if (!widths.isEmpty() && widths.size() != columns.size()) {
            throw new IllegalArgumentException(widths.size() + " widths for " + columns.size() + " columns");
        }
        widths = List.copyOf(widths);
        Objects.requireNonNull(title);
        Objects.requireNonNull(printedOn);
        int width = columns.size();
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + width + " columns");
            }
            return List.copyOf(row);
        }).toList();
    }
}

package vn.vanban.domain.model.document;

import java.time.LocalDate;

/** A number reserved in the outgoing register: its place in a series, the series, how it reads, and the date. */
public record RegisterNumber(int sequence, String series, String text, LocalDate issueDate) {
}

-- The document types of Quy định 399-QĐ/TW (09/01/2026) that a committee, a ward or commune Party committee or a
-- chi bộ issues, beyond the twelve shipped in V2, and the choice of types per issuer.
-- The abbreviation printed in the number (Số 01-QĐi/BCĐ) is data of its own, apart from the code that keys the
-- type and its numbering series: correcting an abbreviation later is an UPDATE of this column, and changes neither
-- the documents already issued nor the series their numbers come from.
ALTER TABLE document_type ADD COLUMN abbreviation VARCHAR(8);
UPDATE document_type SET abbreviation = code;
ALTER TABLE document_type ALTER COLUMN abbreviation SET NOT NULL;

INSERT INTO document_type (code, name, title, sort_order, template, abbreviation) VALUES
('QC', 'Quy chế', 'QUY CHẾ', 5,
 '<p class="ql-align-center"><strong>Chương I</strong></p><p class="ql-align-center"><strong>QUY ĐỊNH CHUNG</strong></p><p><strong>Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng</strong></p><p>...</p><p><strong>Điều 2. Nguyên tắc làm việc</strong></p><p>...</p><p class="ql-align-center"><strong>Chương II</strong></p><p class="ql-align-center"><strong>NHIỆM VỤ, QUYỀN HẠN, CHẾ ĐỘ LÀM VIỆC</strong></p><p><strong>Điều 3.</strong> ...</p><p class="ql-align-center"><strong>Chương III</strong></p><p class="ql-align-center"><strong>ĐIỀU KHOẢN THI HÀNH</strong></p><p><strong>Điều 4.</strong> Quy chế này có hiệu lực kể từ ngày ký.</p>',
 'QC'),
('QĐi', 'Quy định', 'QUY ĐỊNH', 6,
 '<p>Căn cứ ...;</p><p>Căn cứ ...,</p><p class="ql-align-center"><strong>Chương I</strong></p><p class="ql-align-center"><strong>QUY ĐỊNH CHUNG</strong></p><p><strong>Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng</strong></p><p>...</p><p class="ql-align-center"><strong>Chương II</strong></p><p class="ql-align-center"><strong>NỘI DUNG</strong></p><p><strong>Điều 2.</strong> ...</p><p class="ql-align-center"><strong>Chương III</strong></p><p class="ql-align-center"><strong>TỔ CHỨC THỰC HIỆN</strong></p><p><strong>Điều 3.</strong> Quy định này có hiệu lực kể từ ngày ký.</p>',
 'QĐi'),
('TT', 'Thông tri', 'THÔNG TRI', 7,
 '<p>Thực hiện ..., Ban chỉ đạo thông tri như sau:</p><p><strong>1.</strong> ...</p><p><strong>2.</strong> ...</p><p><strong>3. Tổ chức thực hiện</strong></p><p>...</p>',
 'TT'),
('TC', 'Thông cáo', 'THÔNG CÁO', 10,
 '<p>Ngày ..., tại ..., ... đã ...</p><p>...</p><p>... trân trọng thông cáo.</p>',
 'TC'),
('QH', 'Quy hoạch', 'QUY HOẠCH', 13,
 '<p>Căn cứ ...,</p><p><strong>I. THỰC TRẠNG</strong></p><p>...</p><p><strong>II. MỤC TIÊU, YÊU CẦU</strong></p><p>...</p><p><strong>III. NỘI DUNG QUY HOẠCH</strong></p><p>...</p><p><strong>IV. TỔ CHỨC THỰC HIỆN</strong></p><p>...</p>',
 'QH'),
('ĐA', 'Đề án', 'ĐỀ ÁN', 15,
 '<p><strong>I. SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN</strong></p><p>...</p><p><strong>II. THỰC TRẠNG</strong></p><p>...</p><p><strong>III. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP</strong></p><p>...</p><p><strong>IV. KINH PHÍ THỰC HIỆN</strong></p><p>...</p><p><strong>V. TỔ CHỨC THỰC HIỆN</strong></p><p>...</p>',
 'ĐA'),
('PA', 'Phương án', 'PHƯƠNG ÁN', 16,
 '<p><strong>I. MỤC ĐÍCH, YÊU CẦU</strong></p><p>...</p><p><strong>II. NỘI DUNG PHƯƠNG ÁN</strong></p><p>...</p><p><strong>III. PHÂN CÔNG THỰC HIỆN</strong></p><p>...</p>',
 'PA'),
('DA', 'Dự án', 'DỰ ÁN', 17,
 '<p><strong>I. SỰ CẦN THIẾT CỦA DỰ ÁN</strong></p><p>...</p><p><strong>II. MỤC TIÊU, QUY MÔ</strong></p><p>...</p><p><strong>III. NỘI DUNG, TIẾN ĐỘ THỰC HIỆN</strong></p><p>...</p><p><strong>IV. KINH PHÍ</strong></p><p>...</p><p><strong>V. TỔ CHỨC THỰC HIỆN</strong></p><p>...</p>',
 'DA'),
('GM', 'Giấy mời', 'GIẤY MỜI', 21,
 '<p>... trân trọng kính mời: đồng chí ...</p><p>Tới dự: ...</p><p>Thời gian: ... giờ ..., ngày ... tháng ... năm ...</p><p>Địa điểm: ...</p><p>Nội dung: ...</p><p>Tài liệu nghiên cứu trước: ...</p><p>Liên hệ: ...</p>',
 'GM'),
('GGT', 'Giấy giới thiệu', 'GIẤY GIỚI THIỆU', 22,
 '<p>... trân trọng giới thiệu: đồng chí ...</p><p>Chức vụ: ...</p><p>Được cử đến: ...</p><p>Về việc: ...</p><p>Đề nghị ... giúp đỡ đồng chí hoàn thành nhiệm vụ.</p><p>Giấy giới thiệu có giá trị đến hết ngày ...</p>',
 'GGT');

-- Register order of 399-QĐ/TW's list: the new types take their places among the old ones.
UPDATE document_type SET sort_order = 1 WHERE code = 'NQ';
UPDATE document_type SET sort_order = 2 WHERE code = 'QĐ';
UPDATE document_type SET sort_order = 3 WHERE code = 'CT';
UPDATE document_type SET sort_order = 4 WHERE code = 'KL';
UPDATE document_type SET sort_order = 8 WHERE code = 'HD';
UPDATE document_type SET sort_order = 9 WHERE code = 'TB';
UPDATE document_type SET sort_order = 11 WHERE code = 'BC';
UPDATE document_type SET sort_order = 12 WHERE code = 'KH';
UPDATE document_type SET sort_order = 14 WHERE code = 'CTr';
UPDATE document_type SET sort_order = 18 WHERE code = 'TTr';
UPDATE document_type SET sort_order = 19 WHERE code = 'CV';
UPDATE document_type SET sort_order = 20 WHERE code = 'BB';

-- The types an issuer does not use. Stored as the exceptions, so every issuer, existing or new, starts with every
-- type enabled, and a type added by a later migration is enabled everywhere until an administrator says otherwise.
CREATE TABLE issuer_disabled_type (
    issuer_id BIGINT     NOT NULL,
    type_code VARCHAR(8) NOT NULL,
    CONSTRAINT pk_issuer_disabled_type PRIMARY KEY (issuer_id, type_code),
    CONSTRAINT fk_issuer_disabled_type_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id),
    CONSTRAINT fk_issuer_disabled_type_type FOREIGN KEY (type_code) REFERENCES document_type (code)
);

-- Meeting invitations (giấy mời): the invitation document drafted from the meeting, the SEQUENCE of the calendar
-- entry the invitees hold (null until the invitation is published), the time and place they were last told (so a
-- move is announced once, when it differs), and the cancellation of a meeting with who, when and why.
ALTER TABLE meeting ADD COLUMN invitation_document_id BIGINT;
ALTER TABLE meeting ADD COLUMN invitation_sequence INTEGER;
ALTER TABLE meeting ADD COLUMN invited_starts_at TIMESTAMP;
ALTER TABLE meeting ADD COLUMN invited_ends_at TIMESTAMP;
ALTER TABLE meeting ADD COLUMN invited_place VARCHAR(300);
ALTER TABLE meeting ADD COLUMN cancelled_at TIMESTAMP;
ALTER TABLE meeting ADD COLUMN cancelled_by VARCHAR(64);
ALTER TABLE meeting ADD COLUMN cancel_reason VARCHAR(500);
ALTER TABLE meeting ADD CONSTRAINT fk_meeting_invitation FOREIGN KEY (invitation_document_id) REFERENCES document (id);
CREATE INDEX ix_meeting_invitation ON meeting (invitation_document_id);

-- Files sent with an outgoing mail: a stored file by its SHA-256 (the signed PDF, kept once for every invitee) or a
-- text written for that mail (the iCalendar file). They go when the sent mail is forgotten.
CREATE TABLE mail_outbox_attachment (
    mail_id            BIGINT           NOT NULL,
    position           INTEGER          NOT NULL,
    file_name          VARCHAR(255)     NOT NULL,
    content_type       VARCHAR(200)     NOT NULL,
    stored_file_sha256 VARCHAR(64),
    text_content       VARCHAR(1000000),
    CONSTRAINT pk_mail_outbox_attachment PRIMARY KEY (mail_id, position),
    CONSTRAINT fk_mail_outbox_attachment_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
);

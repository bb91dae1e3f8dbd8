-- Documents with their versions, history, relations, audience, and the outgoing register's counters.
-- register_counter has no foreign key to issuer: its first row is created in a transaction of its own, which must
-- not wait for (or fail on) an issuer created by the still-open transaction that issues the first document.

CREATE SEQUENCE document_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE document_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE document_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE document_relation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE document_type (
    code       VARCHAR(8)       NOT NULL PRIMARY KEY,
    name       VARCHAR(100)     NOT NULL,
    title      VARCHAR(100)     NOT NULL,
    sort_order INTEGER          NOT NULL,
    template   VARCHAR(1000000) NOT NULL
);

CREATE TABLE document (
    id               BIGINT           NOT NULL PRIMARY KEY,
    issuer_id        BIGINT           NOT NULL,
    type_code        VARCHAR(8)       NOT NULL,
    summary          VARCHAR(1000)    NOT NULL,
    body             VARCHAR(1000000) NOT NULL,
    status           VARCHAR(16)      NOT NULL,
    signer_id        BIGINT,
    signing_capacity VARCHAR(200),
    signer_position  VARCHAR(200),
    recipients       VARCHAR(4000),
    audience         VARCHAR(16)      NOT NULL,
    current_version  INTEGER          NOT NULL,
    number_seq       INTEGER,
    number_series    VARCHAR(64),
    number_text      VARCHAR(100),
    issue_date       DATE,
    file_copy_keeper VARCHAR(200),
    copies           INTEGER,
    date_sent        DATE,
    register_note    VARCHAR(1000),
    replaced_by_id   BIGINT,
    revoked_by_id    BIGINT,
    created_by       VARCHAR(64)      NOT NULL,
    created          TIMESTAMP        NOT NULL,
    last_modified    TIMESTAMP        NOT NULL,
    version          BIGINT           NOT NULL,
    CONSTRAINT uk_document_number UNIQUE (issuer_id, number_series, number_seq),
    CONSTRAINT fk_document_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id),
    CONSTRAINT fk_document_type FOREIGN KEY (type_code) REFERENCES document_type (code),
    CONSTRAINT fk_document_signer FOREIGN KEY (signer_id) REFERENCES user_account (id),
    CONSTRAINT fk_document_replaced_by FOREIGN KEY (replaced_by_id) REFERENCES document (id),
    CONSTRAINT fk_document_revoked_by FOREIGN KEY (revoked_by_id) REFERENCES document (id)
);
CREATE INDEX ix_document_status ON document (status);
CREATE INDEX ix_document_issue_date ON document (issuer_id, issue_date);

CREATE TABLE document_audience_committee (
    document_id  BIGINT NOT NULL,
    committee_id BIGINT NOT NULL,
    CONSTRAINT pk_document_audience_committee PRIMARY KEY (document_id, committee_id),
    CONSTRAINT fk_dac_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_dac_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE document_version (
    id             BIGINT           NOT NULL PRIMARY KEY,
    document_id    BIGINT           NOT NULL,
    version_number INTEGER          NOT NULL,
    summary        VARCHAR(1000)    NOT NULL,
    body           VARCHAR(1000000) NOT NULL,
    saved_by       VARCHAR(64)      NOT NULL,
    saved_at       TIMESTAMP        NOT NULL,
    note           VARCHAR(1000),
    CONSTRAINT uk_document_version UNIQUE (document_id, version_number),
    CONSTRAINT fk_document_version_document FOREIGN KEY (document_id) REFERENCES document (id)
);

CREATE TABLE document_event (
    id             BIGINT      NOT NULL PRIMARY KEY,
    document_id    BIGINT      NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    from_status    VARCHAR(16),
    to_status      VARCHAR(16),
    version_number INTEGER     NOT NULL,
    actor          VARCHAR(64) NOT NULL,
    at             TIMESTAMP   NOT NULL,
    comment_text   VARCHAR(4000),
    CONSTRAINT fk_document_event_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_document_event_document ON document_event (document_id);

CREATE TABLE document_relation (
    id          BIGINT      NOT NULL PRIMARY KEY,
    document_id BIGINT      NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    target_id   BIGINT      NOT NULL,
    CONSTRAINT fk_document_relation_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_document_relation_target FOREIGN KEY (target_id) REFERENCES document (id)
);

CREATE TABLE register_counter (
    issuer_id   BIGINT      NOT NULL,
    series      VARCHAR(64) NOT NULL,
    last_number INTEGER     NOT NULL,
    CONSTRAINT pk_register_counter PRIMARY KEY (issuer_id, series)
);

-- The document types of Hướng dẫn 36-HD/VPTW, each with the body a new draft starts from.
INSERT INTO document_type (code, name, title, sort_order, template) VALUES
('NQ', 'Nghị quyết', 'NGHỊ QUYẾT', 1,
 '<p>Căn cứ ...;</p><p>Căn cứ ...,</p><p><strong>I. TÌNH HÌNH VÀ NGUYÊN NHÂN</strong></p><p>...</p><p><strong>II. QUAN ĐIỂM, MỤC TIÊU</strong></p><p>...</p><p><strong>III. NHIỆM VỤ, GIẢI PHÁP</strong></p><p>...</p><p><strong>IV. TỔ CHỨC THỰC HIỆN</strong></p><p>...</p>'),
('QĐ', 'Quyết định', 'QUYẾT ĐỊNH', 2,
 '<p>Căn cứ ...;</p><p>Xét đề nghị của ...,</p><p class="ql-align-center"><strong>QUYẾT ĐỊNH</strong></p><p><strong>Điều 1.</strong> ...</p><p><strong>Điều 2.</strong> ...</p><p><strong>Điều 3.</strong> ... chịu trách nhiệm thi hành Quyết định này.</p>'),
('CT', 'Chỉ thị', 'CHỈ THỊ', 3,
 '<p>Thời gian qua, ...</p><p>Để ..., Ban chỉ đạo yêu cầu:</p><p><strong>1.</strong> ...</p><p><strong>2.</strong> ...</p>'),
('KL', 'Kết luận', 'KẾT LUẬN', 4,
 '<p>Ngày ..., Ban chỉ đạo đã họp ... Sau khi nghe ..., Ban chỉ đạo kết luận:</p><p><strong>1.</strong> ...</p><p><strong>2.</strong> ...</p>'),
('TB', 'Thông báo', 'THÔNG BÁO', 5,
 '<p>Ngày ..., tại ..., Ban chỉ đạo đã tổ chức ... Chủ trì: đồng chí ... Dự: ...</p><p>Sau khi nghe ..., ý kiến của các đồng chí dự họp, đồng chí ... kết luận:</p><p><strong>1.</strong> ...</p><p><strong>2.</strong> ...</p>'),
('BC', 'Báo cáo', 'BÁO CÁO', 6,
 '<p><strong>I. KẾT QUẢ THỰC HIỆN</strong></p><p>...</p><p><strong>II. HẠN CHẾ, NGUYÊN NHÂN</strong></p><p>...</p><p><strong>III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI</strong></p><p>...</p>'),
('KH', 'Kế hoạch', 'KẾ HOẠCH', 7,
 '<p><strong>I. MỤC ĐÍCH, YÊU CẦU</strong></p><p>...</p><p><strong>II. NỘI DUNG</strong></p><p>...</p><p><strong>III. TỔ CHỨC THỰC HIỆN</strong></p><p>...</p>'),
('CTr', 'Chương trình', 'CHƯƠNG TRÌNH', 8,
 '<p><strong>I. MỤC TIÊU</strong></p><p>...</p><p><strong>II. NỘI DUNG, THỜI GIAN</strong></p><p>...</p><p><strong>III. PHÂN CÔNG THỰC HIỆN</strong></p><p>...</p>'),
('HD', 'Hướng dẫn', 'HƯỚNG DẪN', 9,
 '<p>Thực hiện ..., Ban chỉ đạo hướng dẫn như sau:</p><p><strong>1. Phạm vi, đối tượng</strong></p><p>...</p><p><strong>2. Nội dung</strong></p><p>...</p><p><strong>3. Tổ chức thực hiện</strong></p><p>...</p>'),
('BB', 'Biên bản', 'BIÊN BẢN', 10,
 '<p>Thời gian: ... Địa điểm: ...</p><p>Chủ trì: đồng chí ... Thư ký: đồng chí ...</p><p>Thành phần: ... (có mặt .../... đồng chí; vắng: ...)</p><p><strong>NỘI DUNG</strong></p><p>...</p><p><strong>KẾT LUẬN</strong></p><p>...</p><p>Hội nghị kết thúc lúc ... giờ ... cùng ngày.</p>'),
('TTr', 'Tờ trình', 'TỜ TRÌNH', 11,
 '<p>Kính gửi: ...</p><p>Căn cứ ...,</p><p>... kính trình ... xem xét, quyết định:</p><p>...</p>'),
('CV', 'Công văn', 'CÔNG VĂN', 12,
 '<p>Kính gửi: ...</p><p>...</p>');

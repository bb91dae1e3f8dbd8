-- Accounts, issuers and committees. Written in the SQL that H2 2.x and PostgreSQL 15 both accept unchanged.
-- Sequences start at their increment: EclipseLink reserves the block of ids [value - 49, value] from each call.

CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE issuer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE committee_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE committee_member_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254),
    password_hash VARCHAR(512) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    failed_logins INTEGER      NOT NULL,
    locked_until  TIMESTAMP,
    created       TIMESTAMP    NOT NULL,
    last_modified TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username)
);

CREATE TABLE user_role (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE issuer (
    id             BIGINT       NOT NULL PRIMARY KEY,
    name           VARCHAR(300) NOT NULL,
    parent_body    VARCHAR(300),
    symbol         VARCHAR(32)  NOT NULL,
    place_name     VARCHAR(100) NOT NULL,
    numbering_rule VARCHAR(32)  NOT NULL,
    term_start     DATE         NOT NULL,
    term_label     VARCHAR(50),
    created        TIMESTAMP    NOT NULL,
    last_modified  TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_issuer_symbol UNIQUE (symbol)
);

CREATE TABLE committee (
    id            BIGINT        NOT NULL PRIMARY KEY,
    name          VARCHAR(300)  NOT NULL,
    description   VARCHAR(2000),
    issuer_id     BIGINT,
    created       TIMESTAMP     NOT NULL,
    last_modified TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT fk_committee_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id)
);

CREATE TABLE committee_member (
    id             BIGINT       NOT NULL PRIMARY KEY,
    committee_id   BIGINT       NOT NULL,
    user_id        BIGINT       NOT NULL,
    position_title VARCHAR(300) NOT NULL,
    committee_role VARCHAR(32)  NOT NULL,
    sort_order     INTEGER      NOT NULL,
    CONSTRAINT uk_committee_member UNIQUE (committee_id, user_id),
    CONSTRAINT fk_committee_member_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_committee_member_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

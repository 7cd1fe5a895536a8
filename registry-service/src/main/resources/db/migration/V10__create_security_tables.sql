-- Identities and ownership (security/): users with bcrypt password hashes, teams owning subject prefixes and
-- contexts, API keys (bcrypt hash of the secret, expiry, revocation). Portable SQL (H2 2.x and PostgreSQL 15).

CREATE TABLE security_teams (
    team_name  VARCHAR(255) NOT NULL PRIMARY KEY,
    -- JSON arrays of strings: subject prefixes in their wire form ("orders.", ":.ctx:orders.") and contexts (".payments").
    prefixes   VARCHAR      NOT NULL,
    contexts   VARCHAR      NOT NULL,
    created_at BIGINT       NOT NULL
);

CREATE TABLE security_users (
    user_name     VARCHAR(255) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    role_name     VARCHAR(16)  NOT NULL,
    team_name     VARCHAR(255),
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL
);

CREATE TABLE security_api_keys (
    key_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret_hash VARCHAR(100) NOT NULL,
    role_name   VARCHAR(16)  NOT NULL,
    team_name   VARCHAR(255),
    description VARCHAR(1000),
    created_by  VARCHAR(255) NOT NULL,
    created_at  BIGINT       NOT NULL,
    expires_at  BIGINT,
    revoked_at  BIGINT
);

-- The web app keeps no interview data: only who may sign in, their sessions, calendar secrets and settings.

-- One row per candidate. The id is the subject of every token and never changes; sign_in_email is the address
-- links go to (normalized), contact_email what the interview form suggests as the candidate's address.
CREATE TABLE account (
    id             text PRIMARY KEY,
    sign_in_email  text NOT NULL UNIQUE,
    name           text,
    contact_email  text,
    time_zone      text NOT NULL,
    default_policy text NOT NULL,
    delivery_mode  text NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- Emailed one-time links: only the SHA-256 of the token is kept; used_at makes it single use.
-- client_hash (SHA-256 of the client address) and email serve the rate limits.
CREATE TABLE sign_in_link (
    token_hash  text PRIMARY KEY,
    email       text NOT NULL,
    client_hash text NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX sign_in_link_email ON sign_in_link (email, created_at);
CREATE INDEX sign_in_link_client ON sign_in_link (client_hash, created_at);

-- A signed-in browser: the session cookie's JWT id. Signing out sets revoked_at; a token whose row is missing,
-- revoked or expired opens no page.
CREATE TABLE web_session (
    jti        text PRIMARY KEY,
    account_id text NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX web_session_expiry ON web_session (expires_at);

-- The calendar feed's secret, by its SHA-256 only: at most one live feed per candidate.
CREATE TABLE calendar_feed (
    secret_hash text PRIMARY KEY,
    account_id  text NOT NULL UNIQUE REFERENCES account (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL
);

-- Accounts and API tokens join the audit trail: who was given which role, who reset a password
-- (sessions_valid_from moves), who created or revoked a token. Password hashes, token hashes and
-- the times of mere use stay out.

create table account_aud (
    id                   bigint    not null,
    rev                  bigint    not null references audit_revision (id),
    revtype              smallint  not null,
    username             varchar(50),
    display_name         varchar(50),
    role                 varchar(10),
    committee_id         bigint,
    member_id            bigint,
    group_id             bigint,
    enabled              boolean,
    sessions_valid_from  timestamptz,
    primary key (id, rev)
);
create index account_aud_rev_idx on account_aud (rev);
create index account_aud_committee_idx on account_aud (committee_id, rev);

create table api_token_aud (
    id             bigint    not null,
    rev            bigint    not null references audit_revision (id),
    revtype        smallint  not null,
    name           varchar(50),
    role           varchar(10),
    committee_id   bigint,
    secret_prefix  varchar(12),
    expires_at     timestamptz,
    created_by     varchar(50),
    revoked_at     timestamptz,
    revoked_by     varchar(50),
    primary key (id, rev)
);
create index api_token_aud_rev_idx on api_token_aud (rev);
create index api_token_aud_committee_idx on api_token_aud (committee_id, rev);

-- Reads of personal data name the committee whose records were shown, so a committee's office
-- sees its own; null when one answer spanned several committees.
alter table personal_data_read add column committee_id bigint;
create index personal_data_read_committee_idx on personal_data_read (committee_id, at);

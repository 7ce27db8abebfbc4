-- A duty month recorded as done names the visits the member made in it (接待、走访、恳谈), so the
-- record and the visits it counts are one story.

create table duty_turn_visit (
    duty_turn_id  bigint  not null references duty_turn (id),
    visit_id      bigint  not null references visit (id),
    primary key (duty_turn_id, visit_id)
);
create index duty_turn_visit_visit_idx on duty_turn_visit (visit_id, duty_turn_id);

create table duty_turn_visit_aud (
    rev           bigint    not null references audit_revision (id),
    revtype       smallint  not null,
    duty_turn_id  bigint    not null,
    visit_id      bigint    not null,
    primary key (rev, duty_turn_id, visit_id)
);
create index duty_turn_visit_aud_turn_idx on duty_turn_visit_aud (duty_turn_id, rev);

-- A retried create answers with the first answer's ETag too, so the key keeps the version it created;
-- status now tells a create (201) from a batch that stores several records (200).
alter table idempotency_key add column resource_version integer;

comment on column idempotency_key.status is '0 while the first request runs, then the status it answered (201 or 200)';
comment on column idempotency_key.resource_version is 'version of the record the first request created, for its ETag';

-- 挂牌委员 reads a committee's kept work by span and start and asks each row's work and solved: with both in the
-- index, the rows of a year's months are read from the index alone, not fetched one by one from the table.
drop index member_work_committee_idx;
create index member_work_committee_idx on member_work (committee_id, span, start, member_id) include (work, solved);

-- Rosters are read in name order; an index in that order lets a page of names stop after the
-- page instead of sorting every member (make bench: "members ... by name").
create index member_name_order_idx on member (name, id);

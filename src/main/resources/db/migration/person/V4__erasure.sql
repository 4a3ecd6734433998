-- A person whose last case reached the end of its retention is erased: names, addresses, identifiers,
-- relations and matching keys go; the row stays as an empty tombstone so that references do not dangle.
alter table person.person add column erased_at timestamptz;

-- The matcher reads the names of the records merged into each candidate; without this index that lookup
-- scanned the whole registry on every "already known?" search.
create index person_merged_into_idx on person.person (merged_into) where merged_into is not null;

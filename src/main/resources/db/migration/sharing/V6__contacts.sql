-- A contact of the case team with the person or their family is an item of its own kind: its short note is the item's
-- sealed content, in a data category, so that need to know, disclosures, corrections, subject access and erasure treat
-- it as every other item. What happened — the day, with whom, how, whether it took place — is kept beside it here.
alter table sharing.item drop constraint item_kind_check;
alter table sharing.item add constraint item_kind_check
    check (kind in ('NOTE', 'OBSERVATION', 'SCREENER_RESULT', 'SUMMARY', 'CONTACT'));

create table sharing.contact (
    item_id      uuid primary key references sharing.item (id),
    -- the day it happened (or was to happen), by the calendar of the case's hub: never after that hub's today
    happened_on  date not null,
    with_whom    text not null check (with_whom in ('PERSON', 'PARENT_OR_GUARDIAN', 'OTHER_FAMILY')),
    mode         text not null check (mode in ('IN_PERSON', 'PHONE', 'ONLINE')),
    attended     boolean not null
);

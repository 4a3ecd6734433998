-- The day a disclosure expires, as the discloser chose it, beside the moment access ends: the end of that day in the
-- hub's time zone. Earlier rows ended at the end of the day in UTC; their day is read back from that moment.
alter table sharing.disclosure add column expires_on date;
update sharing.disclosure set expires_on = (expires_at at time zone 'UTC')::date - 1 where expires_at is not null;

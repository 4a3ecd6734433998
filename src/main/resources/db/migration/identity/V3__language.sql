-- The language the account's holder chose in the header's switch (a two-letter code: en, de, da, fr, nl). Empty until
-- they choose: their browser's languages decide, then their agency's country.
alter table identity.account add column language text check (language ~ '^[a-z]{2}$');

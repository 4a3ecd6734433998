-- The language an item is written in, as its author said, so that a screen marks the text with it (lang) for a
-- screen reader and a reader knows what they are reading. Tandem's five languages; none for items recorded before
-- the language was asked.
alter table sharing.item add column language text check (language in ('en', 'de', 'da', 'fr', 'nl'));

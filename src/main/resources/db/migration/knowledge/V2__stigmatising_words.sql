-- Words that label a person instead of describing what they said or did ("a terrorist", "a psychopath"). A note that
-- uses one gets a gentle prompt before it is saved, linking to the paper's lesson on professional boundaries and
-- stigmatisation; it is never refused. Curators keep the list, a list per language; a removed word is kept as removed,
-- with who removed it, so that the list's history can be read.
create table knowledge.stigmatising_word (
    id          uuid primary key,
    language    text not null check (language in ('en', 'de', 'da', 'fr', 'nl')),
    word        text not null check (word = btrim(word) and word <> ''),
    -- SEED: shipped with Tandem; CURATOR: added in Tandem
    origin      text not null check (origin in ('SEED', 'CURATOR')),
    added_by    uuid,
    added_at    timestamptz not null,
    removed_by  uuid,
    removed_at  timestamptz
);
create unique index stigmatising_word_listed_once on knowledge.stigmatising_word (language, lower(word)) where removed_at is null;

insert into knowledge.stigmatising_word (id, language, word, origin, added_at)
select gen_random_uuid(), language, word, 'SEED', now()
  from (values
    ('en', 'terrorist'), ('en', 'psychopath'), ('en', 'extremist'), ('en', 'jihadist'), ('en', 'radical'), ('en', 'fanatic'),
    ('en', 'lunatic'),
    ('de', 'Terrorist'), ('de', 'Psychopath'), ('de', 'Extremist'), ('de', 'Dschihadist'), ('de', 'Radikaler'), ('de', 'Fanatiker'),
    ('de', 'Irrer'),
    ('da', 'terrorist'), ('da', 'psykopat'), ('da', 'ekstremist'), ('da', 'jihadist'), ('da', 'radikal'), ('da', 'fanatiker'),
    ('da', 'galning'),
    ('fr', 'terroriste'), ('fr', 'psychopathe'), ('fr', 'extrémiste'), ('fr', 'djihadiste'), ('fr', 'radical'), ('fr', 'fanatique'),
    ('fr', 'fou furieux'),
    ('nl', 'terrorist'), ('nl', 'psychopaat'), ('nl', 'extremist'), ('nl', 'jihadist'), ('nl', 'radicaal'), ('nl', 'fanaticus'),
    ('nl', 'gestoorde')
  ) as seed (language, word);

-- Reviews of a case under support and follow-ups after its closure, and each hub's schedule for both. Owned by the
-- review module. The case and the hub are casework's and the hub module's: referred to by id only; a case's reviews
-- and follow-ups are erased with it (CaseErasureDue). What a goal measured is copied into the review, so that a review
-- reads as it was recorded whatever the plan became later.
create schema if not exists review;

create table review.hub_schedule (
    hub_id               uuid primary key,
    review_every_months  int not null check (review_every_months between 1 and 24),
    follow_up_months     int[] not null check (cardinality(follow_up_months) between 1 and 4),
    changed_by           uuid not null,
    changed_at           timestamptz not null
);

create table review.review (
    id              uuid primary key,
    case_id         uuid not null,
    recorded_by     uuid not null,
    recorded_at     timestamptz not null,
    what_worked     text,
    what_did_not    text,
    decision        text not null check (decision in ('CONTINUE', 'CHANGE_PLAN', 'CLOSE')),
    close_reason    text,
    outcome         text check (outcome in ('GOALS_MET', 'DISENGAGED', 'MOVED_AWAY', 'TRANSFERRED', 'OTHER')),
    outcome_words   text,
    -- a closing review says why and with what outcome; the others neither
    check ((decision = 'CLOSE') = (outcome is not null) and (decision = 'CLOSE') = (close_reason is not null))
);
create index review_case_idx on review.review (case_id, recorded_at);

create table review.goal_progress (
    review_id   uuid not null references review.review (id) on delete cascade,
    position    int not null,
    statement   text not null,
    indicator   text not null,
    baseline    text not null,
    target      text not null,
    value_now   text not null,
    note        text,
    primary key (review_id, position)
);

create table review.follow_up (
    id                   uuid primary key,
    case_id              uuid not null,
    -- how Tandem finds the case's state without a user: casework answers by referral
    referral_id          uuid not null,
    hub_id               uuid not null,
    closed_at            timestamptz not null,
    months               int not null check (months >= 1),
    due_on               date not null,
    due_at               timestamptz not null,
    -- PLANNED until it falls due; STARTED once Tandem moved the case into follow-up for it; RECORDED by the owner;
    -- CANCELLED when the case was reopened first
    status               text not null check (status in ('PLANNED', 'STARTED', 'RECORDED', 'CANCELLED')),
    started_at           timestamptz,
    recorded_by          uuid,
    recorded_at          timestamptz,
    note                 text,
    new_referral_needed  boolean,
    -- one check per closure and interval, however often the closing event is delivered
    unique (case_id, closed_at, months),
    check ((status = 'RECORDED') = (recorded_at is not null))
);
create index follow_up_due_idx on review.follow_up (due_at) where status = 'PLANNED';
create index follow_up_case_idx on review.follow_up (case_id);

create table review.follow_up_measure (
    follow_up_id  uuid not null references review.follow_up (id) on delete cascade,
    position      int not null,
    indicator     text not null,
    baseline      text not null,
    target        text not null,
    how_now       text not null,
    primary key (follow_up_id, position)
);

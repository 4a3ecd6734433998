-- What applies to a case (a child, a returnee, in prison, online activity …), marked by its team, so that the case
-- screens show the lessons and practices of the network's knowledge that speak to it. Erased with the case.
create table casework.case_attribute (
    case_id    uuid not null references casework.case_file (id),
    attribute  text not null,
    marked_by  uuid not null,
    marked_at  timestamptz not null,
    primary key (case_id, attribute)
);

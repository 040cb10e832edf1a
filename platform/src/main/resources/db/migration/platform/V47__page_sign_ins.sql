-- Page sessions' sign-ins. In a cluster an instance may still hold its own copy of a session that another instance has
-- ended (signed out), so a session's sign-in is trusted only while its row is here: signing out deletes the row, and
-- every instance sees that at the user's next request. The id is a random value kept in the session, not the session's
-- id, so this table holds nothing a client could present. A centre table: no tenant, no row-level security.
create table page_sign_in (
    id           text primary key,
    username     text not null,
    signed_in_at timestamptz not null default now()
);

create index page_sign_in_age on page_sign_in (signed_in_at);

grant select, insert, delete on page_sign_in to ${appRole};

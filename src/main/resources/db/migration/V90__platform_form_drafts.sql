-- Server-side drafts of long forms (uk.opencsc.platform.drafts.FormDrafts): one per user and form key, e.g.
-- 'assessment:<id>' or 'case-note:<childId>', the form as typed as JSON. Replaces case_note_draft, whose drafts move
-- over unchanged (the same form record as JSON).
create table form_draft (
    username  text not null,
    form_key  text not null,
    form      text not null,
    saved_at  timestamptz not null,
    primary key (username, form_key)
);

insert into form_draft (username, form_key, form, saved_at)
select username, 'case-note:' || person_id, form, saved_at from case_note_draft;

drop table case_note_draft;

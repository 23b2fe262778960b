#include "RecordSchema.h"

using namespace Qt::StringLiterals;

QStringList RecordSchema::statements()
{
    return {
        uR"(CREATE TABLE entries (
    id TEXT PRIMARY KEY NOT NULL
        CHECK (length(id) BETWEEN 1 AND 64 AND id NOT GLOB '*[^A-Za-z0-9._-]*'),
    recorded_at TEXT NOT NULL,
    organisation TEXT NOT NULL,
    organisation_key TEXT NOT NULL,
    route TEXT NOT NULL CHECK (route IN ('letter', 'onlineForm', 'both')),
    sent_on TEXT NOT NULL,
    sent_by TEXT NOT NULL,
    admin_login TEXT NOT NULL,
    form_reference TEXT NOT NULL,
    letter_language TEXT NOT NULL,
    sent_text TEXT NOT NULL,
    sent_profile TEXT,
    follow_up_sent_on TEXT,
    authority_informed_on TEXT,
    authority_informed TEXT NOT NULL CHECK (authority_informed IN ('', 'dpc', 'hmbbfdi', 'own')),
    closed_on TEXT))"_s,
        u"CREATE INDEX entries_by_organisation ON entries (organisation_key, sent_on)"_s,
        uR"(CREATE TABLE accounts (
    entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    account_key TEXT NOT NULL,
    platform TEXT NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    login_email TEXT NOT NULL,
    confirmed_on TEXT,
    confirmation_reference TEXT NOT NULL DEFAULT '',
    confirmation_note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, position)))"_s,
        uR"(CREATE TABLE attachments (
    entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    stored_name TEXT NOT NULL,
    original_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    mail_date TEXT,
    mail_from TEXT NOT NULL DEFAULT '',
    mail_subject TEXT NOT NULL DEFAULT '',
    mail_text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, position),
    UNIQUE (entry_id, stored_name),
    UNIQUE (entry_id, sha256)))"_s,
        // An entry imported beside another one with the same id keeps its old
        // id here: the id printed on notices and reminders still finds it.
        uR"(CREATE TABLE former_ids (
    former_id TEXT NOT NULL,
    entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    PRIMARY KEY (former_id, entry_id)))"_s,
        // Case-folded organisation, ids and references of each entry: one
        // narrow table the record window's search scans.
        uR"(CREATE TABLE entry_search (
    entry_id TEXT PRIMARY KEY NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    text TEXT NOT NULL))"_s,
        // Each account's name and address once, however many entries name it
        // (an organisation writes about the same accounts again and again).
        uR"(CREATE TABLE account_search (
    account_key TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (account_key, text)) WITHOUT ROWID)"_s,
        u"CREATE INDEX accounts_by_key ON accounts (account_key)"_s,
    };
}

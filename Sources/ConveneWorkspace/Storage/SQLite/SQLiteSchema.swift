import GRDB

/// The versioned schema of a workspace's SQLite file. Each migration is named `vN`; the newest N is
/// ``SQLiteSchema/version``. A database whose applied migrations include one this tool does not know was written
/// by a newer Convene and is refused.
///
/// Design: model values are stored twice — a few indexed columns for queries, and the full value as JSON so
/// nothing is lost when the model grows. Source records keep their raw cells (`raw_json`), so the normalized
/// model can be rebuilt when rules improve; decisions and manual corrections live in their own append-only
/// table and are never deleted.
enum SQLiteSchema {
    /// The newest migration's N, also kept in the file's `user_version`.
    static let version = 7

    /// Every migration, oldest first; GRDB applies those a file has not had yet.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
            CREATE TABLE id_counter (name TEXT PRIMARY KEY, next INTEGER NOT NULL);

            CREATE TABLE meeting (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                date TEXT,
                kind TEXT NOT NULL,
                is_virtual INTEGER NOT NULL DEFAULT 0,
                location TEXT,
                start_time TEXT,
                end_time TEXT
            );
            CREATE INDEX meeting_name ON meeting(name COLLATE NOCASE, date);

            -- One row per imported file; the content hash makes a re-import of the same bytes a no-op.
            CREATE TABLE source_file (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL,
                sha256 TEXT NOT NULL UNIQUE,
                source_kind TEXT NOT NULL,
                role TEXT NOT NULL,
                meeting_id TEXT REFERENCES meeting(id),
                record_count INTEGER NOT NULL,
                imported_at TEXT NOT NULL
            );

            CREATE TABLE person (
                id TEXT PRIMARY KEY,
                sort_name TEXT NOT NULL,
                display_name TEXT NOT NULL,
                email TEXT,
                phone TEXT,
                organization TEXT,
                organization_id TEXT,
                golden_json TEXT NOT NULL
            );
            CREATE INDEX person_sort ON person(sort_name COLLATE NOCASE);

            -- Blocking keys of each person (email, phone, name keys): the candidates for a new record are the
            -- people sharing a key, found through this index without loading every person.
            CREATE TABLE person_key (
                key TEXT NOT NULL,
                person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                PRIMARY KEY (key, person_id)
            ) WITHOUT ROWID;
            CREATE INDEX person_key_person ON person_key(person_id);

            CREATE TABLE source_record (
                id INTEGER PRIMARY KEY,
                file_id INTEGER NOT NULL REFERENCES source_file(id),
                record_no INTEGER NOT NULL,
                line INTEGER,
                raw_json TEXT NOT NULL,
                contact_json TEXT,
                organization_json TEXT,
                person_id TEXT REFERENCES person(id),
                UNIQUE (file_id, record_no)
            );
            CREATE INDEX source_record_person ON source_record(person_id);

            CREATE TABLE organization (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                key TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                kind_overridden INTEGER NOT NULL DEFAULT 0,
                json TEXT NOT NULL
            );

            CREATE TABLE participation (
                id INTEGER PRIMARY KEY,
                meeting_id TEXT NOT NULL REFERENCES meeting(id),
                source_record_id INTEGER NOT NULL REFERENCES source_record(id),
                status TEXT NOT NULL,
                join_time TEXT,
                leave_time TEXT,
                minutes REAL,
                role TEXT
            );
            CREATE INDEX participation_meeting ON participation(meeting_id);
            CREATE INDEX participation_record ON participation(source_record_id);

            -- Pairs the matcher was unsure about: a new record against an existing person.
            CREATE TABLE review_pair (
                id INTEGER PRIMARY KEY,
                record_id INTEGER NOT NULL REFERENCES source_record(id),
                candidate_record_id INTEGER NOT NULL REFERENCES source_record(id),
                score REAL NOT NULL,
                explanation TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'open',
                UNIQUE (record_id, candidate_record_id)
            );

            -- Every decision and manual correction, append-only: review answers, merges and splits.
            -- Kept at record level (source record IDs never change), so they survive any relinking.
            CREATE TABLE decision (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,          -- same | not-same | split
                record_a INTEGER NOT NULL REFERENCES source_record(id),
                record_b INTEGER REFERENCES source_record(id),
                origin TEXT NOT NULL,        -- review | merge-people | split
                note TEXT,
                decided_at TEXT NOT NULL
            );
            CREATE INDEX decision_a ON decision(record_a);
            CREATE INDEX decision_b ON decision(record_b);

            -- People who volunteered as champions (a form's "Interested in being a champion?"), by record.
            CREATE TABLE volunteer (
                source_record_id INTEGER PRIMARY KEY REFERENCES source_record(id)
            );

            CREATE TABLE action_item (
                id TEXT PRIMARY KEY,
                json TEXT NOT NULL
            );
            """)
        }
        // v2: the match engine's settings with the parameters estimated from this workspace's records (one row),
        // and how many contact records there were when they were estimated (re-estimated as the workspace grows).
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
            CREATE TABLE match_settings (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                json TEXT NOT NULL,
                estimated_from INTEGER NOT NULL,   -- contact records the parameters were estimated from (0 = defaults)
                updated_at TEXT NOT NULL
            );
            """)
        }
        // v3: the mapping a person gave (`import --mapping FILE`) per source shape — the normalized header row — so
        // next month's export of the same shape is read the same way without the flag.
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
            CREATE TABLE source_mapping (
                signature TEXT PRIMARY KEY,        -- SHA-256 of the normalized headers, one per line
                headers_json TEXT NOT NULL,        -- those headers, compared exactly when a file is read
                mapping_json TEXT NOT NULL,        -- the MappingFile
                mapping_name TEXT NOT NULL,        -- the mapping file as the user named it
                source_file_id INTEGER REFERENCES source_file(id),   -- the import that gave it
                updated_at TEXT NOT NULL
            );
            """)
        }
        // v4: where person IDs went in `convene rebuild` (a merge keeps the older ID, a split gets new ones), so
        // `convene person OLD-ID` can say.
        migrator.registerMigration("v4") { db in
            try db.execute(sql: """
            CREATE TABLE person_redirect (
                old_id TEXT NOT NULL,
                new_id TEXT NOT NULL,
                reason TEXT NOT NULL,             -- merged-into | split-into
                rebuilt_at TEXT NOT NULL
            );
            CREATE INDEX person_redirect_old ON person_redirect(old_id);
            """)
        }
        // v5: the engine's structured explanation kept with every review question (JSON: terms, weights, reason).
        migrator.registerMigration("v5") { db in
            try db.execute(sql: "ALTER TABLE review_pair ADD COLUMN evidence_json TEXT")
        }
        migrator.registerMigration("v6") { db in
            // How each file's columns were read (ColumnReading), so a rebuild reads the raw cells again.
            try db.execute(sql: "ALTER TABLE source_file ADD COLUMN reading_json TEXT")
        }
        migrator.registerMigration("v7") { db in
            // What retired an ID: a rebuild, or an import that doubled the workspace and matched it at once
            // ("convene import of rsvp.csv"). NULL on the rows before: only a rebuild retired IDs then.
            try db.execute(sql: "ALTER TABLE person_redirect ADD COLUMN retired_by TEXT")
            // An import that doubles the workspace since it was last matched as a whole matches it again at once;
            // a rebuild before v7 noted 0 when it kept the engine's defaults, which would have the first import
            // after the upgrade — a sign-in sheet as well — match every record again. It ran at today's count.
            try db.execute(sql: """
                UPDATE match_settings SET estimated_from = (SELECT COUNT(*) FROM source_record WHERE contact_json IS NOT NULL)
                WHERE estimated_from = 0 AND (SELECT COUNT(*) FROM source_record WHERE contact_json IS NOT NULL) >= 200
                """)
        }
        return migrator
    }
}

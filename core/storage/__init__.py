"""The database on disk or on a server: opening, locking, checking, backups, migrations."""

#!/usr/bin/env bash
# make restore: load a backup made by deploy/backup.sh into DATABASE_URL (an empty or
# existing database: objects are replaced) and unpack its media into MEDIA_ROOT.
# BACKUP picks the folder (default: $BACKUP_DIR/latest).
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database to restore into}"
BACKUP_DIR="${BACKUP_DIR:-backups}"
BACKUP="${BACKUP:-$BACKUP_DIR/latest}"
MEDIA_ROOT="${MEDIA_ROOT:-media}"
if [ ! -f "$BACKUP/db.dump" ]; then
    echo "No backup at $BACKUP (expected $BACKUP/db.dump)" >&2
    exit 1
fi
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error \
    --dbname="$DATABASE_URL" "$BACKUP/db.dump"
if [ -f "$BACKUP/media.tar.gz" ]; then
    mkdir -p "$MEDIA_ROOT"
    tar -C "$MEDIA_ROOT" -xzf "$BACKUP/media.tar.gz"
fi
echo "Restored $BACKUP"

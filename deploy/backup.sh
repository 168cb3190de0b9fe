#!/usr/bin/env bash
# make backup: the database (pg_dump custom format) and the media folder, into
# $BACKUP_DIR/<UTC timestamp>/, with $BACKUP_DIR/latest pointing at it.
# Needs DATABASE_URL (PostgreSQL). Media on S3 is backed up by bucket versioning instead.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database to back up}"
BACKUP_DIR="${BACKUP_DIR:-backups}"
MEDIA_ROOT="${MEDIA_ROOT:-media}"
target="$BACKUP_DIR/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"
pg_dump --format=custom --no-owner --no-privileges --file="$target/db.dump" "$DATABASE_URL"
if [ -d "$MEDIA_ROOT" ]; then
    tar -C "$MEDIA_ROOT" -czf "$target/media.tar.gz" .
fi
ln -sfn "$(basename "$target")" "$BACKUP_DIR/latest"
echo "Backup written to $target"

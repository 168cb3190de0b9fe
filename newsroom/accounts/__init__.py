"""Editor accounts: optional TOTP two-factor (settings.EDITOR_TWO_FACTOR) for the admin."""

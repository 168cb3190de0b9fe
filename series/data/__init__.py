"""The series' numbers as data: one table, charts drawn on the server, downloads."""

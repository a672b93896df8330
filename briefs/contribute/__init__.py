"""The contributor's commands: add, check, fix, replace, export, schemas."""

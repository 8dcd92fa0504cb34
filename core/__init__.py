"""BienBan core: data model, storage, services, search and export (no Qt here)."""

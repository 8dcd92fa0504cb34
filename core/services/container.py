"""The service container built once at start and handed to the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import resources
from core.export.profile_store import ProfileStore
from core.importers.meeting_io import MeetingImporter
from core.importers.roster_import import RosterService
from core.search.query import SearchService
from core.services.actions import ActionService
from core.services.agenda import AgendaService
from core.services.attendance import AttendanceService
from core.services.drafts import DraftService
from core.services.entries import EntryService
from core.services.meetings import MeetingService
from core.services.people import OrganisationService, PersonService
from core.services.revisions import RevisionService
from core.storage.database import Database

RESOURCES = resources.ROOT
SAMPLE_FILE = resources.SAMPLE


@dataclass(frozen=True)
class Services:
    db: Database
    organisations: OrganisationService
    people: PersonService
    meetings: MeetingService
    attendance: AttendanceService
    agenda: AgendaService
    entries: EntryService
    actions: ActionService
    drafts: DraftService
    importer: MeetingImporter
    search: SearchService
    roster: RosterService
    revisions: RevisionService
    profiles: ProfileStore

    @classmethod
    def build(cls, db: Database) -> Services:
        return cls(
            db=db,
            organisations=OrganisationService(db),
            people=PersonService(db),
            meetings=MeetingService(db),
            attendance=AttendanceService(db),
            agenda=AgendaService(db),
            entries=EntryService(db),
            actions=ActionService(db),
            drafts=DraftService(db),
            importer=MeetingImporter(db),
            search=SearchService(db),
            roster=RosterService(db),
            revisions=RevisionService(db),
            profiles=ProfileStore.beside(db),
        )

    def add_sample(self) -> int:
        """Add the shipped sample meeting; returns its id."""
        return self.importer.import_file(SAMPLE_FILE)


def open_services(db_arg: str | Path | None) -> Services:
    """Open (creating if needed) and migrate the database named by --db / $BIENBAN_DB."""
    from core.storage.locations import resolve_url
    from core.storage.migrate import migrate

    db = Database(resolve_url(db_arg))
    migrate(db)
    return Services.build(db)

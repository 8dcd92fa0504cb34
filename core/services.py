"""The service container built once at start and handed to the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.actions import ActionService
from core.agenda import AgendaService
from core.attendance import AttendanceService
from core.database import Database
from core.drafts import DraftService
from core.entries import EntryService
from core.meeting_io import MeetingImporter
from core.meetings import MeetingService
from core.people import OrganisationService, PersonService
from core.profile_store import ProfileStore
from core.revisions import RevisionService
from core.roster_import import RosterService
from core.search import SearchService

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLE_FILE = RESOURCES / "sample" / "working-session-vi.json"


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


def open_services(db_arg: str | None) -> Services:
    """Open (creating if needed) and migrate the database named by --db / $BIENBAN_DB."""
    from core.locations import resolve_url
    from core.migrate import migrate

    db = Database(resolve_url(db_arg))
    migrate(db)
    return Services.build(db)

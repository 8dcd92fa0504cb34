"""The services: the only way to read or change meetings; one call, one transaction."""

from core.services.container import RESOURCES, SAMPLE_FILE, Services, open_services

__all__ = ["RESOURCES", "SAMPLE_FILE", "Services", "open_services"]

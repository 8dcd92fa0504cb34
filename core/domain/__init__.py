"""What a meeting is: ORM models, frozen DTOs, enums and text rules."""

"""BienBan's Qt interface: windows, dialogs, widgets and item models over core DTOs."""

"""Reusable input widgets: fields the tabs and dialogs drop in."""

from gui.widgets.date_delegate import DateFieldDelegate
from gui.widgets.datetime_field import DateField, DateTimeField

__all__ = ["DateField", "DateFieldDelegate", "DateTimeField"]

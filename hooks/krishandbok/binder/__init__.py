"""The crisis binder: a printable A4 binder and A6 pocket cards, built from the handbook's model.

No MkDocs here: `document` renders HTML (pure), `pdf` lays it out with
WeasyPrint, `edition` says which version is printed and when.
"""

from .document import binder_html, cards_html, site_html
from .edition import Edition, edition, printed_date, version_of
from .extensions import change_log, contacts_section
from .pdf import BINDER_FILE, CARDS_FILE, Result, write_binder

__all__ = [
    "BINDER_FILE", "CARDS_FILE", "Edition", "Result", "binder_html", "cards_html", "change_log",
    "contacts_section", "edition", "printed_date", "site_html", "version_of", "write_binder",
]

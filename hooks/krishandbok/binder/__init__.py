"""The crisis binder: a printable A4 binder and A6 pocket cards (one per A6 sheet and
four per A4 sheet), built from the handbook's model with Typst.

No MkDocs here: `content` turns the model into plain data (pure), `pdf` hands that
data to the Typst layouts in `layout/` and writes the PDF files.
"""

from .content import binder_data, cards_data, first_hour
from .pdf import Result, Written, write_binder

__all__ = ["Result", "Written", "binder_data", "cards_data", "first_hour", "write_binder"]

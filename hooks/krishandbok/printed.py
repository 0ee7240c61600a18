"""The names of the printed files the build writes beside the site's pages.

Shared by the binder, which writes them, and the site's pages, which link to them.
"""

BINDER_FILE = "krishandbok.pdf"  # the A4 crisis binder
CARDS_FILE = "kriskort.pdf"  # pocket cards, one A6 page per side
CARDS_SHEET_FILE = "kriskort-a4.pdf"  # the same cards, four to an A4 sheet with cut marks
PRINTED_FILES = (BINDER_FILE, CARDS_FILE, CARDS_SHEET_FILE)

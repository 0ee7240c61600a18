"""The exercise kit: drafts generated from the handbook, the printed pack, MSEL
spreadsheets and findings (contract: `exercises/<id>.yaml`)."""

"""Editor and maintainer tools around the pipeline (not part of a site build).

`changes` (what an edit does to the plan), `scaffold` (new entries from
`skeletons`), `reviews` (overdue reviews), `export` (a plain MkDocs project) and
`schemas` (JSON Schemas from the models). Each is a command of `python -m krishandbok`.
"""

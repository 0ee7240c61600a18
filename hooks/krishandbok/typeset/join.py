"""One tagged PDF from the parts Typst laid out one at a time (a large binder, see
`binder.pdf`), with pikepdf (qpdf).

The join keeps what PDF/UA needs: the first part's catalog (language, metadata,
title shown), every part's structure tree under one Document element, the parent
tree renumbered so that each page's marked content still finds its elements, the
role map, the bookmarks given, and each part's page labels (i, ii, ... or 1, 2, ... as
its footers print them) from its first page on. qpdf holds every element of every part while it
joins them, so `join` runs in a worker process (`worker.py` imports this file
without its package: no relative imports here).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Bookmark:
    level: int  # 1 for a section, 2 for an entry under it, 3 for a part of an entry
    title: str
    page: int  # 0-based index in the joined document


def bookmarks_of(pdf: Path, first_page: int = 0) -> list[Bookmark]:
    """The bookmarks of one part, their pages moved on by `first_page`."""
    import pikepdf

    found: list[Bookmark] = []
    with pikepdf.open(pdf) as document, document.open_outline() as outline:
        pages = {page.objgen: index for index, page in enumerate(document.pages)}

        def walk(items, level: int) -> None:
            for item in items:
                destination = item.destination
                if isinstance(destination, pikepdf.Array) and len(destination) and destination[0].objgen in pages:
                    found.append(Bookmark(level, str(item.title), first_page + pages[destination[0].objgen]))
                walk(item.children, level + 1)

        walk(outline.root, 1)
    return found


def page_count(pdf: Path) -> int:
    import pikepdf

    with pikepdf.open(pdf) as document:
        return len(document.pages)


def join(parts: list[Path], bookmarks: list[Bookmark], output: Path) -> None:
    """Write the parts one after the other into `output`, as one tagged PDF with `bookmarks`."""
    import pikepdf

    joined = pikepdf.open(parts[0])
    tree = joined.Root.StructTreeRoot
    document = _document_element(tree)
    nums = list(_parent_tree_nums(tree.ParentTree))
    next_key = int(tree.get("/ParentTreeNextKey", _next_key(nums)))
    labels = _PageLabels()
    labels.add(joined, 0)
    for part in parts[1:]:
        source = pikepdf.open(part)  # open until the save: qpdf copies stream data then
        source_tree = source.Root.StructTreeRoot
        labels.add(source, len(joined.pages))
        # Each part numbers its pages' marked content from 0: move them on past ours.
        for page in source.pages:
            if "/StructParents" in page.obj:
                page.obj.StructParents = int(page.obj.StructParents) + next_key
            for annotation in page.obj.get("/Annots", []):
                if "/StructParent" in annotation:
                    annotation.StructParent = int(annotation.StructParent) + next_key
        joined.pages.extend(source.pages)
        for kid in _kids(_document_element(source_tree)):
            if "/P" in kid:  # the part's own Document element stays behind
                del kid["/P"]
            copied = joined.copy_foreign(kid)
            copied.P = document
            document.K.append(copied)
        source_nums = list(_parent_tree_nums(source_tree.ParentTree))
        for key, value in zip(source_nums[::2], source_nums[1::2], strict=True):
            nums += [int(key) + next_key, _copied(joined, value)]
        next_key += int(source_tree.get("/ParentTreeNextKey", _next_key(source_nums)))
        for role, standard in source_tree.get("/RoleMap", {}).items():
            if "/RoleMap" in tree and role not in tree.RoleMap:
                tree.RoleMap[role] = standard
    tree.ParentTree = joined.make_indirect(pikepdf.Dictionary(Nums=pikepdf.Array(nums)))
    tree.ParentTreeNextKey = next_key
    _set_bookmarks(joined, bookmarks)
    if labels.nums:
        joined.Root.PageLabels = pikepdf.Dictionary(Nums=pikepdf.Array(labels.nums))
    joined.save(output)


class _PageLabels:
    """The joined document's page labels: each part's own (Typst writes one per page), moved on
    by the part's first page, a label that only counts on from the one before left out. Without
    this the joined file keeps the first part's labels alone, and a viewer numbers the pages after
    them on in that style (roman to the last page) whatever their footers print."""

    def __init__(self) -> None:
        self.nums: list = []
        self._last: tuple | None = None  # (page index, style, prefix, start) of the last label kept

    def add(self, part, first_index: int) -> None:
        import pikepdf

        tree = part.Root.get("/PageLabels")
        found = list(_parent_tree_nums(tree)) if tree is not None else []
        for key, label in zip(found[::2], found[1::2], strict=True):
            index = first_index + int(key)
            style, prefix, start = label.get("/S"), label.get("/P"), int(label.get("/St", 1))
            last = self._last
            if last and (last[1], last[2]) == (style, prefix) and last[3] + index - last[0] == start:
                continue
            kept = pikepdf.Dictionary(St=start)
            if style is not None:
                kept.S = style
            if prefix is not None:
                kept.P = prefix
            self.nums += [index, kept]
            self._last = (index, style, prefix, start)


def _document_element(tree):
    """The part's root element: Typst writes one Document element as the tree's only kid."""
    import pikepdf

    kids = tree.K
    if isinstance(kids, pikepdf.Array):
        if len(kids) != 1:
            raise ValueError("a part's structure tree should have one Document element")
        kids = kids[0]
    if not isinstance(kids.get("/K"), pikepdf.Array):
        kids.K = pikepdf.Array([kids.K]) if "/K" in kids else pikepdf.Array()
    return kids


def _kids(element) -> list:
    return list(element.K)


def _parent_tree_nums(node):
    """The (key, value) pairs of a number tree, flattened, in order."""
    if "/Nums" in node:
        yield from node.Nums
    for kid in node.get("/Kids", []):
        yield from _parent_tree_nums(kid)


def _next_key(nums: list) -> int:
    return max((int(key) for key in nums[::2]), default=-1) + 1


def _copied(joined, value):
    """A parent-tree value from another part: an element, or an array of them, copied over."""
    import pikepdf

    if value.is_indirect:
        return joined.copy_foreign(value)
    if isinstance(value, pikepdf.Array):
        return pikepdf.Array([joined.copy_foreign(item) if item.is_indirect else item for item in value])
    return value


def _set_bookmarks(joined, bookmarks: list[Bookmark]) -> None:
    """The joined document's bookmarks: each one under the last one of a lower level before it."""
    import pikepdf

    with joined.open_outline() as outline:
        outline.root.clear()
        open_items: list[tuple[int, object]] = []  # (level, item): the chain a new bookmark may nest in
        for mark in bookmarks:
            item = pikepdf.OutlineItem(mark.title, mark.page)
            while open_items and open_items[-1][0] >= mark.level:
                open_items.pop()
            (open_items[-1][1].children if open_items else outline.root).append(item)
            open_items.append((mark.level, item))

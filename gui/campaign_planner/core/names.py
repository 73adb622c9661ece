"""The known mini-program categories and flags, with their English display names.

Files keep the ids (``public_welfare``, ``whitelisted``): the formats do not change. A person
sees a display name, in the window's language: qt/texts.py lists the same English names for
Qt's translation tools (a test keeps the two lists equal). An id that is not listed here (a
plan made elsewhere may use its own) is shown as it is, marked as the plan's own.

``Name`` and ``Names`` are ids inside a message (core.messages.Msg) or a rule problem: their
text is the id, as it has always been written (the command line prints it), and the window
shows the display name instead.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Mini-program categories the sources name (DOMAIN.md), in the order they are offered:
#: what phases admit and a mini program is.
CATEGORY_NAMES: dict[str, str] = {
    "government": "Government affairs",
    "livelihood": "Livelihood",
    "public_welfare": "Public welfare",
    "campus": "Campus",
    "smart_retail": "Smart retail",
    "commercial_brand": "Commercial brands",
    "government_institution": "Government institutions",
    "influencer_agency": "Influencer agencies",
    "content": "Content",
    "entertainment": "Entertainment",
    "social": "Social",
    "life_services": "Life services",
    "e_commerce": "E-commerce",
}

#: What a phase's ``admits`` holds to admit every category.
ALL_CATEGORIES = "all"
ALL_CATEGORIES_NAME = "All categories"

#: What a mini program may have that entry slots require (DOMAIN.md, "Entry slots"): the
#: account homepage entry wants a whitelisted big-V account, the feed a whitelisted
#: service-type mini program; during preparation Weibo admits by directed invitation only.
FLAG_NAMES: dict[str, str] = {
    "whitelisted": "Whitelisted",
    "service_type": "Service-type mini program",
    "big_v": "Big-V account",
    "invited": "Invited",
}

#: How an id that is not in the lists above is shown: as it is, marked.
CUSTOM = "custom: {id}"

#: Kinds of ids a Name refers to.
CATEGORY, FLAG = "category", "flag"


def category_name(category_id: str) -> str:
    """The English display name of a category id (``all`` too); unknown ids marked."""
    if category_id == ALL_CATEGORIES:
        return ALL_CATEGORIES_NAME
    return CATEGORY_NAMES.get(category_id) or CUSTOM.format(id=category_id)


def flag_name(flag_id: str) -> str:
    """The English display name of a flag id; unknown ids marked."""
    return FLAG_NAMES.get(flag_id) or CUSTOM.format(id=flag_id)


def is_known(kind: str, ident: str) -> bool:
    if kind == CATEGORY:
        return ident in CATEGORY_NAMES or ident == ALL_CATEGORIES
    return ident in FLAG_NAMES


class Name(str):
    """An id of a category or a flag inside a sentence: ``str`` is the id, ``kind`` says
    which list gives its display name."""

    kind: str
    id: str

    def __new__(cls, kind: str, ident: str) -> Name:
        self = super().__new__(cls, ident)
        self.kind, self.id = kind, ident
        return self

    def __reduce__(self):
        return (Name, (self.kind, self.id))


class Names(str):
    """Several ids of one kind inside a sentence: ``str`` is the ids joined by ", "."""

    kind: str
    ids: tuple[str, ...]

    def __new__(cls, kind: str, ids: Iterable[str]) -> Names:
        ids = tuple(ids)
        self = super().__new__(cls, ", ".join(ids))
        self.kind, self.ids = kind, ids
        return self

    def __reduce__(self):
        return (Names, (self.kind, self.ids))


def display_name(ref: Name | str) -> str:
    """The English display name of a Name (a plain string is returned as it is)."""
    if isinstance(ref, Name):
        return category_name(ref.id) if ref.kind == CATEGORY else flag_name(ref.id)
    return str(ref)

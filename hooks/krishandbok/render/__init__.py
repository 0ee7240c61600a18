"""Rendering: pure functions from a validated handbook to Markdown pages."""

from .site import Page, Site, navigation, render_site, unlisted

__all__ = ["Page", "Site", "navigation", "render_site", "unlisted"]

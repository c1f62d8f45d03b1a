"""An interactive career explorer for notebooks (needs ipywidgets: ``careermap[notebook]``).

:func:`explore` returns an :class:`Explorer`: a person types or pastes skills
(one a line, ``CBT:4`` for a level), moves a skill's level, picks sectors to
include or leave out, and the ranking follows; choosing a role shows its
explanation, the entry requirements the taxonomy gives, the best path there
through bridge roles and the skills that would open most doors, or, once the
roles the person wants are chosen ("Want"), the skills towards those roles. An
export button writes what was explored to CSV and JSON.

Every view is computed by the public API (:func:`rank_careers`,
:func:`career_paths`, :func:`upskilling`) and shown with the same HTML as
their results, so what the explorer shows is what the API returns. Where
widgets cannot be drawn (ipywidgets missing, a static render on GitHub or in
nbconvert) the explorer shows itself as static HTML of the same views.
"""

from __future__ import annotations

import csv as _csv
import json as _json
import typing as _typing
from pathlib import Path as _Path

from careermap.base import html as _html
from careermap.base.errors import CareermapError as _CareermapError
from careermap.base.optional import available as _available
from careermap.base.optional import require as _require
from careermap.exploration import display as _paths_display
from careermap.exploration.paths import career_paths as _career_paths
from careermap.exploration.targets import find_targets as _find_targets
from careermap.exploration.upskilling import upskilling as _upskilling
from careermap.resolve import display as _profile_display
from careermap.resolve.profile import DEFAULT_PERSON_LEVEL as _DEFAULT_LEVEL
from careermap.resolve.profile import Profile as _Profile
from careermap.resolve.profile import build_profile as _build_profile
from careermap.resolve.profile import parse_skill_spec as _parse_skill_spec
from careermap.resolve.semantic import installed_extra as _semantic_installed
from careermap.scoring.match import rank_careers as _rank_careers
from careermap.taxonomy import display as _taxonomy_display
from careermap.taxonomy.load import default_taxonomy as _default_taxonomy

if _typing.TYPE_CHECKING:
    from careermap.exploration.paths import CareerPaths
    from careermap.exploration.upskilling import Upskilling
    from careermap.resolve.profile import ProfileInput
    from careermap.results.matches import Ranking, RoleMatch
    from careermap.taxonomy.models import Taxonomy

__all__ = ["Explorer", "explore"]


def __dir__() -> list[str]:  # tab completion offers the public names only
    return sorted(__all__)


_MAX_LEVEL = 5


def _lines(profile: ProfileInput | None, taxonomy: Taxonomy) -> list[tuple[str, int]]:
    """Return the starting profile as ``(text, level)`` pairs, one per entry."""
    if profile is None:
        return []
    built = profile if isinstance(profile, _Profile) else _build_profile(profile, taxonomy=taxonomy)
    # The entries of a text naming several skills share its text and level: one line.
    return list(dict.fromkeys((entry.text, entry.effective_level) for entry in built.entries))


def _parse(text: str) -> list[tuple[str, int | None]]:
    """Split the skills box into ``(text, level)`` pairs; a bad level is left to the slider."""
    found: dict[str, int | None] = {}
    for raw in text.replace(";", "\n").splitlines():
        line = raw.strip().lstrip("-*\u2022 ").strip()
        if not line:
            continue
        skill, level = _parse_skill_spec(line)
        found[skill] = level if isinstance(level, int) and 1 <= level <= _MAX_LEVEL else None
    return list(found.items())


class Explorer:
    """The explorer :func:`explore` returns; see there.

    The widgets are attributes, so a test (or a person in a script) can drive
    them from Python: ``skills`` (a Textarea, one skill a line), ``levels``
    (one IntSlider per skill, by its text), ``text`` (a narrative, with the
    semantic extra), ``sectors`` and ``exclude`` (SelectMultiple of sector
    ids), ``targets`` (SelectMultiple of the role ids the person wants, for
    :func:`upskilling`'s ``targets=``), ``limit``, ``roles`` (the ranking, a
    Select of role ids), and the
    views ``profile_view``, ``ranking_view`` and ``details`` (HTML);
    ``export_name`` and ``export_button`` write the exploration.
    """

    def __init__(
        self,
        profile: ProfileInput | None = None,
        *,
        taxonomy: Taxonomy | None = None,
        targets: _typing.Iterable[str] | None = None,
    ) -> None:
        self.taxonomy = taxonomy or _default_taxonomy()
        self._start = _lines(profile, self.taxonomy)
        # Named as upskilling reads them (id, title, alias or job title), kept as ids.
        wanted = [] if targets is None else _find_targets(targets, self.taxonomy)
        self._targets = [role.id for _, role in wanted]
        self._background = profile.background if isinstance(profile, _Profile) else None
        self._error = ""
        self._ranking: Ranking | None = None
        self._upskilling: Upskilling | None = None
        self._paths: dict[str, CareerPaths] = {}
        self.widget: _typing.Any = None
        if _available("ipywidgets"):
            self._build()

    # -- what is being explored -------------------------------------------------

    def entries(self) -> list[tuple[str, int]]:
        """Return the skills being explored, as ``(text, level)`` pairs."""
        if self.widget is None:
            return list(self._start)
        return [(text, slider.value) for text, slider in self.levels.items()]

    def wanted(self) -> list[str]:
        """Return the ids of the roles the person wants (``targets=`` of :func:`upskilling`)."""
        if self.widget is None:
            return list(self._targets)
        return list(self.targets.value)

    def options(self) -> dict[str, _typing.Any]:
        """Return the options of :func:`rank_careers` the explorer uses now."""
        if self.widget is None:
            return {"limit": 10, "sectors": None, "exclude_sectors": None, "text": None}
        narrative = self.text.value.strip() if self.text is not None else ""
        return {
            "limit": self.limit.value,
            "sectors": list(self.sectors.value) or None,
            "exclude_sectors": list(self.exclude.value) or None,
            "text": narrative or None,
        }

    @property
    def ranking(self) -> Ranking | None:
        """The ranking shown now (``None`` before any skill is given)."""
        return self._ranking

    @property
    def selected(self) -> RoleMatch | None:
        """The match of the role chosen now, if any."""
        if self._ranking is None or not len(self._ranking):
            return None
        chosen = self.roles.value if self.widget is not None else self._ranking[0].role_id
        return next((m for m in self._ranking if m.role_id == chosen), None)

    def pathway(self, role_id: str) -> CareerPaths:
        """Return the best path into *role_id* from the skills being explored (cached)."""
        if role_id not in self._paths:
            if self._ranking is None:
                msg = "nothing to explore yet: give some skills first"
                raise ValueError(msg)
            self._paths[role_id] = _career_paths(
                self._ranking.profile, role_id, taxonomy=self.taxonomy, limit=1
            )
        return self._paths[role_id]

    def suggestions(self) -> Upskilling | None:
        """Return the skills whose addition opens most doors, or towards the roles wanted.

        With roles chosen as wanted (:meth:`wanted`), those roles order the skills and
        the sector choices do not apply: the person named where they want to go.
        """
        if self._upskilling is None and self._ranking is not None:
            options = self.options()
            wanted = self.wanted()
            self._upskilling = _upskilling(
                self._ranking.profile,
                taxonomy=self.taxonomy,
                limit=5,
                sectors=None if wanted else options["sectors"],
                exclude_sectors=None if wanted else options["exclude_sectors"],
                targets=wanted or None,
            )
        return self._upskilling

    def refresh(self) -> None:
        """Rank again for the skills and options shown, and redraw every view."""
        entries = self.entries()
        options = self.options()
        self._paths = {}
        self._upskilling = None
        self._ranking, self._error = None, ""
        if entries or options["text"]:
            try:
                self._ranking = _rank_careers(
                    entries or None, taxonomy=self.taxonomy, background=self._background, **options
                )
            except _CareermapError as error:  # shown where the ranking goes, not raised
                self._error = str(error)
        if self.widget is not None:
            self._show()

    # -- views -------------------------------------------------------------------

    def details_html(self, match: RoleMatch) -> str:
        """Return the HTML shown for a chosen role: explanation, entry, path, suggestions."""
        role = self.taxonomy.role_index[match.role_id]
        parts = [match._repr_html_()]
        if role.entry is not None:
            parts.append(_taxonomy_display.entry_html(role))
        parts.append(_paths_display.paths_html(self.pathway(match.role_id)))
        found = self.suggestions()
        if found is not None and len(found):
            parts.append(_paths_display.upskilling_html(found))
        return "".join(parts)

    def static_html(self) -> str:
        """Return the views as one static HTML block: the profile, the ranking, the best role."""
        if self._ranking is None:
            self.refresh()
        if self._ranking is None:
            message = _html.escape(self._error or "Give some skills to explore careers.")
            return _html.box("explorer", f"<p>{message}</p>")
        parts = [_profile_display.profile_html(self._ranking.profile), self._ranking._repr_html_()]
        match = self.selected
        if match is not None:
            parts.append(self.details_html(match))
        return _html.box("explorer", *parts)

    def _repr_html_(self) -> str:
        return self.static_html()

    def _repr_mimebundle_(self, **kwargs: _typing.Any) -> dict[str, _typing.Any]:
        # The widget where widgets are drawn, the static views wherever they are not.
        bundle: dict[str, _typing.Any] = {
            "text/plain": repr(self),
            "text/html": self.static_html(),
        }
        if self.widget is not None:
            bundle.update(self.widget._repr_mimebundle_(**kwargs) or {})
            bundle["text/html"] = self.static_html()
        return bundle

    def __repr__(self) -> str:
        best = self.selected
        chosen = f"; showing {best.title} ({best.score:.3f})" if best is not None else ""
        return f"<Explorer: {len(self.entries())} skills{chosen}>"

    # -- export ------------------------------------------------------------------

    def export(self, stem: str | _Path) -> tuple[_Path, _Path]:
        """Write the exploration to ``<stem>.csv`` (the ranking) and ``<stem>.json`` (all).

        The JSON holds the skills and levels, the options, the ranking, and
        for the chosen role its explanation, best path and the upskilling
        suggestions. Returns the two paths written.
        """
        if self._ranking is None:
            self.refresh()
        stem = _Path(stem)
        csv_path, json_path = stem.with_suffix(".csv"), stem.with_suffix(".json")
        ranking = self._ranking
        matches = list(ranking) if ranking is not None else []
        with csv_path.open("w", encoding="utf-8", newline="") as out:
            writer = _csv.writer(out, lineterminator="\n")
            header = ["rank", "role_id", "title", "sector", "score", "coverage", "utilisation"]
            writer.writerow([*header, "band", "first_gaps"])
            for m in matches:
                gaps = "; ".join(g.label for g in m.gaps[:3])
                writer.writerow(
                    [
                        m.rank,
                        m.role_id,
                        m.title,
                        m.sector_label,
                        f"{m.score:.6f}",
                        f"{m.coverage:.6f}",
                        f"{m.utilisation:.6f}",
                        m.band,
                        gaps,
                    ]
                )
        chosen = self.selected
        record: dict[str, _typing.Any] = {
            "skills": [{"text": t, "level": level} for t, level in self.entries()],
            "options": self.options(),
            "targets": self.wanted(),
            "ranking": [
                {
                    "rank": m.rank,
                    "role_id": m.role_id,
                    "title": m.title,
                    "score": round(m.score, 6),
                    "first_gaps": [g.label for g in m.gaps[:3]],
                }
                for m in matches
            ],
            "chosen": None,
        }
        if chosen is not None:
            paths = self.pathway(chosen.role_id)
            found = self.suggestions()
            record["chosen"] = {
                "role_id": chosen.role_id,
                "title": chosen.title,
                "explanation": chosen.explain(),
                "best_path": paths[0].explain() if len(paths) else None,
                "upskilling": [
                    {
                        "skill_id": s.skill_id,
                        "label": s.label,
                        "net_roles": s.net_roles,
                        "gain": round(s.gain, 6),
                        "serves": [c.role_id for c in s.serves],
                    }
                    for s in (found or ())
                ],
            }
        json_path.write_text(
            _json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        return csv_path, json_path

    # -- widgets -----------------------------------------------------------------

    def _build(self) -> None:
        w = _require("ipywidgets", "careermap.explore()")
        wide = w.Layout(width="98%")
        self.skills = w.Textarea(
            value="\n".join(f"{t}:{level}" for t, level in self._start),
            placeholder="One skill a line, e.g.\nCBT:4\nactive listening",
            description="Skills",
            rows=8,
            layout=wide,
        )
        self.text = (
            w.Textarea(
                placeholder="A few sentences about your work",
                description="About",
                rows=4,
                layout=wide,
            )
            if _semantic_installed()
            else None
        )
        self.levels: dict[str, _typing.Any] = {}
        self.level_box = w.VBox()
        sectors = [(s.label, s.id) for s in self.taxonomy.sectors]
        self.sectors = w.SelectMultiple(options=sectors, description="Only", rows=5)
        self.exclude = w.SelectMultiple(options=sectors, description="Leave out", rows=5)
        self.targets = w.SelectMultiple(
            options=[(r.title, r.id) for r in sorted(self.taxonomy.roles, key=lambda r: r.title)],
            value=self._targets,
            description="Want",
            rows=5,
        )
        self.limit = w.IntSlider(value=10, min=1, max=30, description="Roles")
        self.roles = w.Select(options=[], description="Role", rows=10, layout=wide)
        self.profile_view = w.HTML()
        self.ranking_view = w.HTML()
        self.details = w.HTML()
        self.export_name = w.Text(value="careermap-exploration", description="Export to")
        self.export_button = w.Button(description="Export CSV + JSON", icon="download")
        self.export_status = w.HTML()
        inputs = [
            self.skills,
            *([self.text] if self.text is not None else []),
            w.HTML("<b>Levels</b> (1 novice to 5 expert)"),
            self.level_box,
            self.sectors,
            self.exclude,
            self.targets,
            self.limit,
            w.HBox([self.export_name, self.export_button]),
            self.export_status,
        ]
        self.widget = w.VBox(
            [
                w.HBox(
                    [
                        w.VBox(inputs, layout=w.Layout(width="40%")),
                        w.VBox(
                            [self.profile_view, self.ranking_view], layout=w.Layout(width="60%")
                        ),
                    ]
                ),
                self.roles,
                self.details,
            ]
        )
        self._sliders()
        self.skills.observe(self._on_skills, names="value")
        if self.text is not None:
            self.text.observe(self._on_change, names="value")
        for control in (self.sectors, self.exclude, self.targets, self.limit):
            control.observe(self._on_change, names="value")
        self.roles.observe(self._on_role, names="value")
        self.export_button.on_click(self._on_export)
        self.refresh()

    def _sliders(self) -> None:
        """Make one level slider per skill line, keeping the levels already set."""
        w = _require("ipywidgets", "careermap.explore()")
        levels: dict[str, _typing.Any] = {}
        for text, level in _parse(self.skills.value):
            slider = self.levels.get(text)
            if slider is None:
                slider = w.IntSlider(
                    value=level or _DEFAULT_LEVEL,
                    min=1,
                    max=_MAX_LEVEL,
                    description=text[:24],
                    style={"description_width": "40%"},
                )
                slider.observe(self._on_change, names="value")
            elif level is not None:
                slider.value = level
            levels[text] = slider
        self.levels = levels
        self.level_box.children = tuple(levels.values())

    def _on_skills(self, _change: object) -> None:
        self._sliders()
        self.refresh()

    def _on_change(self, _change: object) -> None:
        self.refresh()

    def _on_role(self, _change: object) -> None:
        match = self.selected
        self.details.value = self.details_html(match) if match is not None else ""

    def _on_export(self, _button: object) -> None:
        written = self.export(self.export_name.value or "careermap-exploration")
        self.export_status.value = "Wrote " + " and ".join(
            f"<code>{_html.escape(p)}</code>" for p in written
        )

    def _show(self) -> None:
        ranking = self._ranking
        if ranking is None:
            self.profile_view.value = ""
            self.ranking_view.value = (
                f'<p style="color:{_html.KIND_COLOURS["gap"]}">{_html.escape(self._error)}</p>'
                if self._error
                else "<p>Type some skills to see careers.</p>"
            )
            self.roles.options = []
            self.details.value = ""
            return
        self.profile_view.value = _profile_display.profile_html(ranking.profile)
        self.ranking_view.value = ranking._repr_html_()
        previous = self.roles.value
        self.roles.options = [(_option(m), m.role_id) for m in ranking]
        ids = [m.role_id for m in ranking]
        chosen = previous if previous in ids else (ids[0] if ids else None)
        if self.roles.value != chosen:
            self.roles.value = chosen  # redraws the details
        else:
            self._on_role(None)


def _option(match: RoleMatch) -> str:
    return f"{match.rank}. {match.title} [{match.sector_label}]  {match.score:.2f}"


def explore(
    profile: ProfileInput | None = None,
    *,
    taxonomy: Taxonomy | None = None,
    targets: _typing.Iterable[str] | None = None,
) -> Explorer:
    """Explore careers interactively: change a skill, see the careers move.

    A widget (JupyterLab and classic Notebook, with ``careermap[notebook]``):
    type or paste skills, one a line (``CBT:4`` sets a level; each skill also
    gets a level slider), and with ``careermap[semantic]`` a paragraph about
    the work; choose sectors to keep or leave out. The ranking updates as you
    go; choose a role to see its explanation (matched, transferred with the
    reason, the gaps), its readiness and entry requirements when the taxonomy
    has them, the best path there through bridge roles and the skills that
    would open most doors, or, with roles chosen under "Want" (or given as
    *targets*), the skills towards the roles the person wants, each target with
    what stands between them and it. "Export" writes the ranking to CSV and
    everything explored to JSON. Without ipywidgets (or where widgets are not
    drawn) the same views show as static HTML.

    Parameters
    ----------
    profile : profile, optional
        Skills to start from (anything :func:`rank_careers` accepts).
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    targets : iterable of str, optional
        The roles the person wants to move into, as :func:`upskilling` takes them
        (ids, titles, aliases); the suggestions are then towards these roles.

    Returns
    -------
    Explorer
        Leave it as a cell's last value to show it.

    Examples
    --------
    >>> import careermap
    >>> explorer = careermap.explore(["CBT:4", "active listening"])
    >>> best = careermap.rank_careers(["CBT:4", "active listening"])[0]
    >>> explorer.selected.title == best.title
    True
    """
    explorer = Explorer(profile, taxonomy=taxonomy, targets=targets)
    if explorer.widget is None:
        explorer.refresh()
    return explorer

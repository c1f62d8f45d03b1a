"""careermap: map transferable skills from mental health care to careers.

Load a skills taxonomy, resolve what a person types into skills, and rank
careers with an explanation of every score.

Examples
--------
>>> import careermap
>>> ranking = careermap.rank_careers(["active listening", "CBT:4", "crisis intervention"])
>>> best = ranking[0]
>>> 0.0 < best.score <= 1.0
True
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING

from careermap._version import __version__
from careermap.base.errors import (
    CareermapError,
    MissingExtraError,
    NotFoundError,
    OptionError,
    Problem,
    ProfileError,
    RoleNotFoundError,
    SectorNotFoundError,
    SkillNotFoundError,
    TaxonomyError,
)

if TYPE_CHECKING:
    from careermap.contract.requests import MatchRequest
    from careermap.exploration.compare import RoleComparison, compare_roles
    from careermap.exploration.paths import CareerPath, CareerPaths, PathStep, career_paths
    from careermap.exploration.upskilling import (
        RoleChange,
        SkillSuggestion,
        TargetRole,
        Upskilling,
        upskilling,
    )
    from careermap.explorer import explore
    from careermap.resolve.extract import ExtractedSkill, extract_skills
    from careermap.resolve.profile import (
        DEFAULT_PERSON_LEVEL,
        Background,
        Profile,
        ProfileEntry,
        SkillInput,
        SkillMerge,
        build_profile,
    )
    from careermap.resolve.resolver import (
        DEFAULT_MIN_SIMILARITY,
        SkillCandidate,
        SkillMatch,
        resolve_skill,
        search_skills,
    )
    from careermap.results.bands import BANDS, score_band
    from careermap.results.matches import (
        ContextResult,
        ContextTerm,
        Ranking,
        RequirementResult,
        RoleMatch,
        TransferStep,
    )
    from careermap.results.readiness import Readiness
    from careermap.scoring.batch import rank_many
    from careermap.scoring.context import CONTEXT_WEIGHTS, PersonContext
    from careermap.scoring.match import rank_careers, similar_roles
    from careermap.scoring.model import (
        BROADER_CREDIT,
        COVERAGE_EXPONENT,
        ESSENTIAL_FACTOR,
        NARROWER_CREDIT,
    )
    from careermap.scoring.rows import RowError
    from careermap.scoring.similarity import similarity_matrix
    from careermap.taxonomy.compiled import save_compiled
    from careermap.taxonomy.conditions import Condition
    from careermap.taxonomy.dump import dump_taxonomy
    from careermap.taxonomy.export import export_graph
    from careermap.taxonomy.files import TaxonomyFile
    from careermap.taxonomy.graph import build_graph, node_id
    from careermap.taxonomy.identity import TaxonomyIdentity, taxonomy_identity
    from careermap.taxonomy.lived import LivedKind
    from careermap.taxonomy.load import load_taxonomy
    from careermap.taxonomy.lookup import (
        get_role,
        get_sector,
        get_skill,
        lookup_role,
        lookup_sector,
        lookup_skill,
    )
    from careermap.taxonomy.models import (
        Credential,
        CredentialDefinition,
        CredentialReference,
        Entry,
        Importance,
        Requirement,
        Role,
        RoleContext,
        Sector,
        Skill,
        SkillRelation,
        Taxonomy,
    )

__all__ = [
    "BANDS",
    "BROADER_CREDIT",
    "Background",
    "CONTEXT_WEIGHTS",
    "COVERAGE_EXPONENT",
    "CareerPath",
    "CareerPaths",
    "CareermapError",
    "Condition",
    "ContextResult",
    "ContextTerm",
    "Credential",
    "CredentialDefinition",
    "CredentialReference",
    "DEFAULT_MIN_SIMILARITY",
    "DEFAULT_PERSON_LEVEL",
    "ESSENTIAL_FACTOR",
    "Entry",
    "ExtractedSkill",
    "Importance",
    "LivedKind",
    "MatchRequest",
    "MissingExtraError",
    "NARROWER_CREDIT",
    "NotFoundError",
    "OptionError",
    "PathStep",
    "PersonContext",
    "Problem",
    "Profile",
    "ProfileEntry",
    "ProfileError",
    "Ranking",
    "Readiness",
    "Requirement",
    "RequirementResult",
    "Role",
    "RoleChange",
    "RoleComparison",
    "RoleContext",
    "RoleMatch",
    "RoleNotFoundError",
    "RowError",
    "Sector",
    "SectorNotFoundError",
    "Skill",
    "SkillCandidate",
    "SkillInput",
    "SkillMatch",
    "SkillMerge",
    "SkillNotFoundError",
    "SkillRelation",
    "SkillSuggestion",
    "TargetRole",
    "Taxonomy",
    "TaxonomyError",
    "TaxonomyFile",
    "TaxonomyIdentity",
    "TransferStep",
    "Upskilling",
    "__version__",
    "build_graph",
    "build_profile",
    "career_paths",
    "compare_roles",
    "dump_taxonomy",
    "explore",
    "export_graph",
    "extract_skills",
    "get_role",
    "get_sector",
    "get_skill",
    "load_taxonomy",
    "lookup_role",
    "lookup_sector",
    "lookup_skill",
    "node_id",
    "rank_careers",
    "rank_many",
    "resolve_skill",
    "save_compiled",
    "score_band",
    "search_skills",
    "similar_roles",
    "similarity_matrix",
    "taxonomy_identity",
    "upskilling",
]

#: Where each public name lives, imported on first use (``careermap match`` and
#: ``import careermap`` stay fast: numpy, rapidfuzz and the models load when needed).
_LAZY: dict[str, str] = {
    "BANDS": "careermap.results.bands",
    "BROADER_CREDIT": "careermap.scoring.model",
    "Background": "careermap.resolve.profile",
    "CONTEXT_WEIGHTS": "careermap.scoring.context",
    "COVERAGE_EXPONENT": "careermap.scoring.model",
    "CareerPath": "careermap.exploration.paths",
    "CareerPaths": "careermap.exploration.paths",
    "Condition": "careermap.taxonomy.conditions",
    "ContextResult": "careermap.results.matches",
    "ContextTerm": "careermap.results.matches",
    "Credential": "careermap.taxonomy.models",
    "CredentialDefinition": "careermap.taxonomy.models",
    "CredentialReference": "careermap.taxonomy.models",
    "DEFAULT_MIN_SIMILARITY": "careermap.resolve.resolver",
    "DEFAULT_PERSON_LEVEL": "careermap.resolve.profile",
    "ESSENTIAL_FACTOR": "careermap.scoring.model",
    "Entry": "careermap.taxonomy.models",
    "ExtractedSkill": "careermap.resolve.extract",
    "Importance": "careermap.taxonomy.models",
    "LivedKind": "careermap.taxonomy.lived",
    "MatchRequest": "careermap.contract.requests",
    "NARROWER_CREDIT": "careermap.scoring.model",
    "PathStep": "careermap.exploration.paths",
    "PersonContext": "careermap.scoring.context",
    "Profile": "careermap.resolve.profile",
    "ProfileEntry": "careermap.resolve.profile",
    "Ranking": "careermap.results.matches",
    "Readiness": "careermap.results.readiness",
    "Requirement": "careermap.taxonomy.models",
    "RequirementResult": "careermap.results.matches",
    "Role": "careermap.taxonomy.models",
    "RoleChange": "careermap.exploration.upskilling",
    "RoleComparison": "careermap.exploration.compare",
    "RoleContext": "careermap.taxonomy.models",
    "RoleMatch": "careermap.results.matches",
    "RowError": "careermap.scoring.rows",
    "Sector": "careermap.taxonomy.models",
    "Skill": "careermap.taxonomy.models",
    "SkillCandidate": "careermap.resolve.resolver",
    "SkillInput": "careermap.resolve.profile",
    "SkillMatch": "careermap.resolve.resolver",
    "SkillMerge": "careermap.resolve.levels",
    "SkillRelation": "careermap.taxonomy.models",
    "SkillSuggestion": "careermap.exploration.upskilling",
    "TargetRole": "careermap.exploration.upskilling",
    "Taxonomy": "careermap.taxonomy.models",
    "TaxonomyFile": "careermap.taxonomy.files",
    "TaxonomyIdentity": "careermap.taxonomy.identity",
    "TransferStep": "careermap.results.matches",
    "Upskilling": "careermap.exploration.upskilling",
    "build_graph": "careermap.taxonomy.graph",
    "build_profile": "careermap.resolve.profile",
    "career_paths": "careermap.exploration.paths",
    "compare_roles": "careermap.exploration.compare",
    "dump_taxonomy": "careermap.taxonomy.dump",
    "explore": "careermap.explorer",
    "export_graph": "careermap.taxonomy.export",
    "extract_skills": "careermap.resolve.extract",
    "get_role": "careermap.taxonomy.lookup",
    "get_sector": "careermap.taxonomy.lookup",
    "get_skill": "careermap.taxonomy.lookup",
    "load_taxonomy": "careermap.taxonomy.load",
    "lookup_role": "careermap.taxonomy.lookup",
    "lookup_sector": "careermap.taxonomy.lookup",
    "lookup_skill": "careermap.taxonomy.lookup",
    "node_id": "careermap.taxonomy.graph",
    "rank_careers": "careermap.scoring.match",
    "rank_many": "careermap.scoring.batch",
    "resolve_skill": "careermap.resolve.resolver",
    "save_compiled": "careermap.taxonomy.compiled",
    "score_band": "careermap.results.bands",
    "search_skills": "careermap.resolve.resolver",
    "similar_roles": "careermap.scoring.match",
    "similarity_matrix": "careermap.scoring.similarity",
    "taxonomy_identity": "careermap.taxonomy.identity",
    "upskilling": "careermap.exploration.upskilling",
}


def _public(value: object) -> object:
    # As httpx does: public names report `careermap.X` in reprs and tracebacks,
    # not the internal module they happen to live in.
    if (isinstance(value, type) or callable(value)) and getattr(value, "__module__", "").startswith(
        "careermap."
    ):
        value.__module__ = "careermap"
    return value


for _name in __all__:
    if _name in globals():
        _public(globals()[_name])
del _name

#: The public modules besides ``careermap`` itself, imported when first used.
_MODULES = ("dask", "importers", "plot")


def __getattr__(name: str) -> object:
    # Public names are imported on first use, so ``import careermap`` (and the
    # command line) load numpy, rapidfuzz and the models only when needed;
    # ``careermap.plot`` works without loading matplotlib before a plot is drawn.
    module = _LAZY.get(name)
    if module is not None:
        loaded = _importlib.import_module(module)
        # Every public name of that module at once: an error or class met
        # before it is read through ``careermap`` still shows ``careermap.X``.
        for other, where in _LAZY.items():
            if where == module:
                globals()[other] = _public(getattr(loaded, other))
        return globals()[name]
    if name in _MODULES:
        return _importlib.import_module(f"careermap.{name}")
    msg = f"module 'careermap' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    # Tab completion offers the documented names, not the internal subpackages.
    return sorted([*__all__, "__version__", *_MODULES])

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

import importlib as _importlib

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
from careermap.contract.requests import MatchRequest
from careermap.exploration.compare import RoleComparison, compare_roles
from careermap.exploration.paths import CareerPath, CareerPaths, PathStep, career_paths
from careermap.exploration.upskilling import RoleChange, SkillSuggestion, Upskilling, upskilling
from careermap.explorer import explore
from careermap.resolve.extract import ExtractedSkill, extract_skills
from careermap.resolve.profile import (
    DEFAULT_PERSON_LEVEL,
    Background,
    Profile,
    ProfileEntry,
    SkillInput,
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
from careermap.taxonomy.graph import build_graph, node_id
from careermap.taxonomy.identity import TaxonomyIdentity, taxonomy_identity
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
    Entry,
    Importance,
    Requirement,
    Role,
    RoleContext,
    Sector,
    Skill,
    SkillRelation,
    Taxonomy,
    TaxonomyFile,
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
    "DEFAULT_MIN_SIMILARITY",
    "DEFAULT_PERSON_LEVEL",
    "ESSENTIAL_FACTOR",
    "Entry",
    "ExtractedSkill",
    "Importance",
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
    "SkillNotFoundError",
    "SkillRelation",
    "SkillSuggestion",
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


def _public_module_names() -> None:
    # As httpx does: public names report `careermap.X` in reprs and tracebacks,
    # not the internal module they happen to live in.
    for name in __all__:
        value = globals()[name]
        if (isinstance(value, type) or callable(value)) and getattr(
            value, "__module__", ""
        ).startswith("careermap."):
            value.__module__ = "careermap"


_public_module_names()

#: The public modules besides ``careermap`` itself, imported when first used.
_MODULES = ("dask", "importers", "plot")


def __getattr__(name: str) -> object:
    # ``careermap.plot`` works after ``import careermap``, without loading
    # matplotlib (or the other extras) before a plot is drawn.
    if name in _MODULES:
        return _importlib.import_module(f"careermap.{name}")
    msg = f"module 'careermap' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    # Tab completion offers the documented names, not the internal subpackages.
    return sorted([*__all__, "__version__", *_MODULES])

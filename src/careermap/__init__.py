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

from careermap._bands import BANDS, score_band
from careermap._batch import rank_many
from careermap._compiled import save_compiled
from careermap._context import CONTEXT_WEIGHTS, PersonContext
from careermap._dump import dump_taxonomy
from careermap._errors import (
    CareermapError,
    NotFoundError,
    OptionError,
    Problem,
    ProfileError,
    RoleNotFoundError,
    SectorNotFoundError,
    SkillNotFoundError,
    TaxonomyError,
)
from careermap._explore import (
    RoleChange,
    RoleComparison,
    SkillSuggestion,
    Upskilling,
    compare_roles,
    upskilling,
)
from careermap._export import export_graph
from careermap._frames import similarity_matrix
from careermap._graph import build_graph, node_id
from careermap._identity import TaxonomyIdentity, taxonomy_identity
from careermap._load import load_taxonomy
from careermap._lookup import (
    get_role,
    get_sector,
    get_skill,
    lookup_role,
    lookup_sector,
    lookup_skill,
)
from careermap._match import rank_careers, similar_roles
from careermap._models import (
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
from careermap._paths import CareerPath, CareerPaths, PathStep, career_paths
from careermap._profile import DEFAULT_PERSON_LEVEL, Profile, ProfileEntry, build_profile
from careermap._requests import MatchRequest, SkillInput
from careermap._resolve import (
    DEFAULT_SCORE_CUTOFF,
    SkillCandidate,
    SkillMatch,
    resolve_skill,
    search_skills,
)
from careermap._results import (
    ContextResult,
    ContextTerm,
    Ranking,
    RequirementResult,
    RoleMatch,
    TransferStep,
)
from careermap._scoring import (
    BROADER_CREDIT,
    COVERAGE_EXPONENT,
    ESSENTIAL_FACTOR,
    NARROWER_CREDIT,
)
from careermap._version import __version__

__all__ = [
    "BANDS",
    "BROADER_CREDIT",
    "CONTEXT_WEIGHTS",
    "COVERAGE_EXPONENT",
    "CareerPath",
    "CareerPaths",
    "CareermapError",
    "ContextResult",
    "ContextTerm",
    "DEFAULT_PERSON_LEVEL",
    "DEFAULT_SCORE_CUTOFF",
    "ESSENTIAL_FACTOR",
    "Importance",
    "MatchRequest",
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
    "Requirement",
    "RequirementResult",
    "Role",
    "RoleChange",
    "RoleComparison",
    "RoleContext",
    "RoleMatch",
    "RoleNotFoundError",
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
    "export_graph",
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

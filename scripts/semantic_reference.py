"""Write tests/data/semantic/reference-wordllama.json: WordLlama's own vectors for a few texts.

The vectors come from the wordllama package's own inference code
(``WordLlama.load(config="l2_supercat", dim=256, cache_dir=<the package folder>,
disable_download=True).embed(texts, norm=True)``), so tests/test_semantic.py can
check that careermap's numpy encoder computes the same thing (cosine > 0.999).
Nothing is downloaded: the weights and tokenizer are the package's own files.

    HF_HUB_OFFLINE=1 python scripts/semantic_reference.py
"""

import json
from pathlib import Path

import wordllama
from wordllama import WordLlama

TEXTS = [
    "talked a caller down from a panic attack",
    "wrote treatment plans",
    "ran a peer support group",
    "forklift driving",
]

model = WordLlama.load(
    config="l2_supercat",
    dim=256,
    cache_dir=Path(wordllama.__file__).parent,
    disable_download=True,
)
vectors = model.embed(TEXTS, norm=True)
target = Path(__file__).resolve().parents[1] / "tests" / "data" / "semantic"
payload = {
    "computed_by": "scripts/semantic_reference.py",
    "package": f"wordllama {wordllama.__version__}",
    "texts": TEXTS,
    "vectors": [[round(float(x), 6) for x in row] for row in vectors],
}
(target / "reference-wordllama.json").write_text(json.dumps(payload) + "\n", encoding="utf-8")
print(f"wrote {len(TEXTS)} vectors of {len(vectors[0])} dimensions")

"""Importers that read the official public taxonomies into careermap's model.

* :func:`import_esco` reads the ESCO classification from its CSV download;
* :func:`import_onet` reads the O*NET database from its tab-separated text files.

Both return a :class:`careermap.Taxonomy` checked like one loaded from YAML, and
raise :class:`careermap.TaxonomyError` naming the file, line and column of every
problem (a missing file or column, a malformed row). ``docs/importers.md`` gives
every rule they apply. For example, with the two downloads unpacked side by side::

    from careermap.importers import import_esco, import_onet

    esco = import_esco("esco-1.2.0")  # about 1.5 s
    esco.role_index["0b1d8dcb-d941-4d79-99bf-fc10c1806c43"].codes["isco"]  # '0110'
    onet = import_onet("onet-29.3")
    onet.role_index["soc.21-1014.00"].title  # 'Mental Health Counselors'
"""

from careermap.importers._esco import import_esco
from careermap.importers._onet import import_onet

__all__ = ["import_esco", "import_onet"]

"""The version of careermap, read by the build backend."""

__version__ = "0.1.0"

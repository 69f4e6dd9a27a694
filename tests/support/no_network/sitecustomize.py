"""Loaded by every Python started with this folder on PYTHONPATH: no network for it."""

import os
import sys

# This folder is on the path; the repository (where ``tests`` lives) is three levels up.
sys.path.append(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__)))))

from tests.support.network_guard import install

install()

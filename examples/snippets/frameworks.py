#!/usr/bin/python3
# frameworks.py: the review example of doc/frameworks.md, as a program the
# tests run on the example registry
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   frameworks.py examples/data/coprod-example.json
import sys

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod  # noqa: E402

registry = Coprod.Registry.load(sys.argv[1])

result = registry.review_as_of("prj-flse-leaflet", "flse", "2024-12-31")
print(result.get_score(), result.get_band())
for score in result.get_practices():
    print(score.get_practice().get_id(), score.get_source().value_nick,
          score.get_score(), score.get_disagreement())

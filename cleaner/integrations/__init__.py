"""scrapeclean as one step of other tools' pipelines.

Each module needs its tool, installed through an extra
(``pip install 'scrapeclean[datatrove]'``); importing this package needs none.
"""

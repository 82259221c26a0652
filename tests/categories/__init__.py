"""Tables of named debris lines and trap sentences, one module per rule round and group of languages
(see ``tests/test_named_categories.py``)."""

"""The rule engine: YAML rule packs, their kinds, selection and examples."""

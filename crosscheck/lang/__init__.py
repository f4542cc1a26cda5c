"""Language knowledge: script-based language identification (``script``) and,
as data files per language, the resources the stages read."""

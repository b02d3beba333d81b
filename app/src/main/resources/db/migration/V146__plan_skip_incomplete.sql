-- Whether a plan's runs leave out a unit that lacks a figure (with a note naming it and what it lacks) instead of
-- refusing the run (docs/evaluation.md "Units without figures"): a national plan over every county of a code list,
-- some of which report nothing. Existing plans keep refusing, as before.
ALTER TABLE eval_plan ADD COLUMN skip_incomplete BOOLEAN DEFAULT FALSE NOT NULL;

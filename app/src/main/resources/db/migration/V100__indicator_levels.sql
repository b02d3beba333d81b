-- hardening (issue 9, item 10): an indicator may declare the levels of the units it is reported for
-- (comma-separated lower-case level names: township,village); NULL: every level. A value for a unit of another
-- level is refused on entry and import (docs/indicators.md, docs/security.md).
ALTER TABLE indicator ADD COLUMN levels VARCHAR(100);

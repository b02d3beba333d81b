-- On which boundaries a plan evaluates a period (PlanBoundaries): the towns as reported in that period,
-- or today's towns with comparable series. Existing plans keep the behaviour they had.
ALTER TABLE eval_plan ADD COLUMN boundaries VARCHAR(16) DEFAULT 'AS_REPORTED' NOT NULL;

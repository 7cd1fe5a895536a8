-- Lineage tables live at V100+; this is the first-hour slot (V60-V69) moved past them: V160.
-- Whether a run's observation of a dataset was compared with its contract (schema facet and contract version both
-- known). A compared observation without findings leaves no lineage_drift row; this column is how GET /api/v1/drift
-- tells "a later run checked and the finding was gone" (resolved) from "no later run checked" (still open).
ALTER TABLE lineage_run_io ADD COLUMN drift_checked BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE lineage_run_io SET drift_checked = TRUE WHERE EXISTS (SELECT 1 FROM lineage_drift f
    WHERE f.run_id = lineage_run_io.run_id AND f.dataset_key = lineage_run_io.dataset_key
    AND f.direction = lineage_run_io.direction);

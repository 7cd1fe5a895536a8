-- PostgreSQL only. Ids come from one sequence per context instead of the registry_contexts counter row: under many
-- concurrent registrations every reservation updated that one row, whose versions piled up faster than they were
-- pruned, so each reservation got slower the longer the load ran. nextval neither locks a row nor leaves a row version.
-- A sequence never hands out a number twice, on any instance; numbers of rolled-back registrations stay unused (gaps).
-- registry_contexts.next_id is no longer read on PostgreSQL; a context's sequence starts past it and past every id
-- already stored, so a database upgraded from V1_1 never reuses an id.

CREATE OR REPLACE FUNCTION registry_reserve_id(ctx VARCHAR) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    seq TEXT := 'registry_ids_' || md5(ctx);
BEGIN
    IF to_regclass(seq) IS NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext(seq));
        IF to_regclass(seq) IS NULL THEN
            EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I AS INTEGER MINVALUE 1 START WITH %s', seq, GREATEST(
                (SELECT COALESCE(MAX(next_id), 1) FROM registry_contexts WHERE context_name = ctx),
                (SELECT COALESCE(MAX(schema_id), 0) + 1 FROM registry_schemas WHERE context_name = ctx)));
        END IF;
    END IF;
    RETURN nextval(seq);
END
$$;

-- After an import with explicit ids: the context's next reservation answers at least next_free.
CREATE FUNCTION registry_advance_ids(ctx VARCHAR, next_free INTEGER) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    seq TEXT := 'registry_ids_' || md5(ctx);
    reserved INTEGER := registry_reserve_id(ctx);
BEGIN
    IF reserved < next_free - 1 THEN
        PERFORM setval(seq, next_free - 1);
    END IF;
END
$$;

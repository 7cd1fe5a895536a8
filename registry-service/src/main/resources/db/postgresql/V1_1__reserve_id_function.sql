-- PostgreSQL only (Flyway location db/postgresql beside db/migration): reserves the next schema id of a context in
-- one statement, so the counter's row is locked for the upsert alone and never across a round trip to the client.
-- The reservation's commit does not wait for the WAL flush: the registration that uses the id commits durably later,
-- which flushes this commit first; lost in a crash, the id was used by nothing durable (a gap, never a duplicate).
CREATE FUNCTION registry_reserve_id(ctx VARCHAR) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    reserved INTEGER;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    INSERT INTO registry_contexts AS c (context_name, next_id) VALUES (ctx, 2)
        ON CONFLICT (context_name) DO UPDATE SET next_id = c.next_id + 1
        RETURNING c.next_id - 1 INTO reserved;
    RETURN reserved;
END
$$;

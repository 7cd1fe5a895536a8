-- GET /schemas/guids/{guid} looks a schema up by its content hash in every context at once. The unique key on content
-- led with context_name, so no index served that lookup. Leading with content_hash, the same key serves it (the guid is
-- the hash's first 32 digits: one range of the key) and still serves the lookup within a context that registration
-- makes (both columns given), with no second index to maintain on each new schema.
ALTER TABLE registry_schemas DROP CONSTRAINT uq_registry_schemas_content;
ALTER TABLE registry_schemas ADD CONSTRAINT uq_registry_schemas_content UNIQUE (content_hash, context_name);
